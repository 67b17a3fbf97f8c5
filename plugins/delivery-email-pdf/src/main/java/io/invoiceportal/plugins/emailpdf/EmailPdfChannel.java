package io.invoiceportal.plugins.emailpdf;

import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.DeliveryException;
import io.invoiceportal.plugin.api.DeliveryResult;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.MailSender.Attachment;
import io.invoiceportal.plugin.api.MailSender.Mail;
import io.invoiceportal.plugin.api.Notification;
import io.invoiceportal.plugin.api.Notification.NewInvoice;
import io.invoiceportal.plugin.api.SettingDefinition;
import io.invoiceportal.plugin.api.SettingType;
import io.invoiceportal.plugins.email.MailComposer;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/**
 * The channel {@code email-pdf}: the mails of the {@code email} channel (same {@link MailComposer}),
 * with the invoice PDF attached to the new-invoice mail when it is at most
 * {@code maxAttachmentBytes} (a setting each tenant may change, default 5 MB). A larger PDF, or one that cannot be
 * rendered, leaves the link alone, with a note saying why. Stateless, so concurrent deliveries are safe.
 */
@Extension
public class EmailPdfChannel implements DeliveryChannel {

    static final String MAX_ATTACHMENT_BYTES = "maxAttachmentBytes";
    static final long DEFAULT_MAX_ATTACHMENT_BYTES = 5L * 1024 * 1024;
    private static final List<SettingDefinition> SETTINGS = List.of(
            SettingDefinition.builder(MAX_ATTACHMENT_BYTES, SettingType.INTEGER)
                    .defaultValue(String.valueOf(DEFAULT_MAX_ATTACHMENT_BYTES)).minimum(1)
                    .description("Largest PDF, in bytes, attached to the new-invoice e-mail; a larger one is sent as a link")
                    .build());

    private final MailComposer composer = new MailComposer();

    @Override
    public String id() {
        return "email-pdf";
    }

    @Override
    public String displayName(Locale locale) {
        return PdfTexts.of(locale).get("channel.name");
    }

    @Override
    public List<SettingDefinition> settings() {
        return SETTINGS;
    }

    @Override
    public DeliveryResult deliver(Notification notification, DeliveryContext context) {
        String to = notification.customer().email();
        if (to == null || to.isBlank()) {
            return DeliveryResult.fail("Customer " + notification.customer().customerNumber() + " has no e-mail address");
        }
        if (!MailComposer.knows(notification)) {
            return DeliveryResult.fail("The %s channel cannot deliver %s".formatted(id(), notification.getClass().getName()));
        }
        try {
            Mail mail = notification instanceof NewInvoice invoice
                    ? invoiceMail(invoice, context)
                    : composer.compose(notification, context);
            context.mailer().send(mail);
            return DeliveryResult.sent();
        } catch (DeliveryException e) {
            return DeliveryResult.from(e);
        } catch (RuntimeException e) {
            return DeliveryResult.retry(reason(e));
        }
    }

    private Mail invoiceMail(NewInvoice notification, DeliveryContext context) {
        Locale locale = context.locale();
        byte[] pdf;
        try {
            pdf = notification.pdf().render();
        } catch (ExportException e) {
            pdf = null;
        }
        if (pdf == null) {
            return composer.compose(notification, context, PdfTexts.of(locale).get("note.notAttached"), List.of());
        }
        if (pdf.length > maxAttachmentBytes(context)) {
            return composer.compose(notification, context, composer.pdfTooLargeNote(locale, pdf.length), List.of());
        }
        Attachment attachment = Attachment.of(notification.invoice().invoiceNumber() + ".pdf", "application/pdf", pdf);
        return composer.compose(notification, context, composer.pdfAttachedNote(locale), List.of(attachment));
    }

    /** The tenant's limit (the declaration gives the default). */
    static long maxAttachmentBytes(DeliveryContext context) {
        return context.settings().integer(MAX_ATTACHMENT_BYTES).orElseThrow();
    }

    private static String reason(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
