package io.invoiceportal.plugins.email;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.MailSender.Attachment;
import io.invoiceportal.plugin.api.MailSender.Mail;
import io.invoiceportal.plugin.api.Notification;
import io.invoiceportal.plugin.api.Notification.Activation;
import io.invoiceportal.plugin.api.Notification.NewInvoice;
import io.invoiceportal.plugin.api.Notification.PasswordReset;
import io.invoiceportal.plugin.api.TenantView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the portal's notification e-mails: subject, plain text and HTML, in the customer's
 * language ({@link DeliveryContext#locale()}: Dutch, else English), in the tenant's branding: its
 * logo inline, its colours and font, its footer, its own welcome and new-invoice texts when it set
 * them, sent under its mail sender name (else its name). The Message-ID is the notification's id,
 * so a retried delivery sends the same message; the recipient is the customer's e-mail address.
 *
 * <p>Public so that other e-mail channels (such as one that attaches the PDF) send the very same
 * mails. Stateless and thread-safe.
 */
public final class MailComposer {

    /** Whether {@link #compose(Notification, DeliveryContext)} knows this kind of notification. */
    public static boolean knows(Notification notification) {
        return notification instanceof Activation || notification instanceof PasswordReset
                || notification instanceof NewInvoice;
    }

    /**
     * The mail for a notification, without attachments.
     *
     * @throws IllegalArgumentException for a kind of notification it does not {@link #knows know}
     */
    public Mail compose(Notification notification, DeliveryContext context) {
        return switch (notification) {
            case Activation activation -> activation(activation, context);
            case PasswordReset reset -> passwordReset(reset, context);
            case NewInvoice invoice -> compose(invoice, context, null, List.of());
            default -> throw new IllegalArgumentException("Unknown kind of notification: " + notification);
        };
    }

    /**
     * The new-invoice mail with a note above the link (plain text, such as {@link #pdfAttachedNote})
     * and the given attachments.
     *
     * @param note shown as its own paragraph, or {@code null} for none
     * @param attachments attached as they are, may be empty
     */
    public Mail compose(NewInvoice notification, DeliveryContext context, String note, List<Attachment> attachments) {
        MailTexts texts = MailTexts.of(context.locale());
        String tenant = context.tenant().name();
        InvoiceView invoice = notification.invoice();
        List<MailBody.Fact> facts = new ArrayList<>();
        facts.add(new MailBody.Fact(texts.get("newInvoice.number"), invoice.invoiceNumber()));
        facts.add(new MailBody.Fact(texts.get("newInvoice.date"), texts.date(invoice.issueDate())));
        String amount = texts.money(invoice.totals().taxInclusive(), invoice.currency());
        facts.add(new MailBody.Fact(texts.get("newInvoice.amount"), amount));
        if (invoice.dueDate() != null) {
            facts.add(new MailBody.Fact(texts.get("newInvoice.dueDate"), texts.date(invoice.dueDate())));
        }
        String custom = ownText(context, TenantView.Branding.NEW_INVOICE, Map.of(
                "customerName", customerName(notification.customer()), "portalName", tenant,
                "invoiceNumber", invoice.invoiceNumber(), "amount", amount,
                "dueDate", invoice.dueDate() == null ? "" : texts.date(invoice.dueDate())));
        MailBody body = new MailBody()
                .paragraph(greeting(notification.customer(), texts))
                .paragraph(custom != null ? custom : texts.get("newInvoice.intro", tenant))
                .facts(facts);
        if (note != null && !note.isBlank()) {
            body.paragraph(note);
        }
        body.button(texts.get("newInvoice.button"), notification.invoiceUrl())
                .paragraph(texts.get("newInvoice.login"))
                .link(texts.get("newInvoice.portalLink"), context.tenant().portalUrl());
        String subject = texts.get("newInvoice.subject", invoice.invoiceNumber(), tenant);
        return mail(notification, context, texts, subject, body, attachments);
    }

    /** "The invoice is attached to this e-mail as a PDF.", in the reader's language. */
    public String pdfAttachedNote(Locale locale) {
        return MailTexts.of(locale).get("newInvoice.note.attached");
    }

    /** "The PDF (12.5 MB) is too large to attach to this e-mail; use the link below to open it." */
    public String pdfTooLargeNote(Locale locale, long pdfBytes) {
        MailTexts texts = MailTexts.of(locale);
        return texts.get("newInvoice.note.tooLarge", texts.megabytes(pdfBytes));
    }

    private Mail activation(Activation notification, DeliveryContext context) {
        MailTexts texts = MailTexts.of(context.locale());
        String tenant = context.tenant().name();
        String custom = ownText(context, TenantView.Branding.WELCOME,
                Map.of("customerName", customerName(notification.customer()), "portalName", tenant));
        MailBody body = new MailBody().paragraph(greeting(notification.customer(), texts));
        if (custom != null) {
            body.paragraph(custom);
        } else {
            body.paragraph(texts.get("activation.intro", tenant)).paragraph(texts.get("activation.portal", tenant));
        }
        body.paragraph(texts.get("activation.action"))
                .button(texts.get("activation.button"), notification.activationUrl())
                .facts(List.of(new MailBody.Fact(texts.get("activation.login"), notification.customer().login())))
                .link(texts.get("activation.portalLink"), context.tenant().portalUrl());
        return mail(notification, context, texts, texts.get("activation.subject", tenant), body, List.of());
    }

    private Mail passwordReset(PasswordReset notification, DeliveryContext context) {
        MailTexts texts = MailTexts.of(context.locale());
        MailBody body = new MailBody()
                .paragraph(greeting(notification.customer(), texts))
                .paragraph(texts.get("passwordReset.intro", context.tenant().name()))
                .paragraph(texts.get("passwordReset.action"))
                .button(texts.get("passwordReset.button"), notification.resetUrl())
                .facts(List.of(new MailBody.Fact(texts.get("passwordReset.login"), notification.customer().login())))
                .paragraph(texts.get("passwordReset.ignore"));
        return mail(notification, context, texts, texts.get("passwordReset.subject"), body, List.of());
    }

    /** The tenant's own text for {@code key}, filled in, or {@code null} for the default. */
    private static String ownText(DeliveryContext context, String key, Map<String, String> values) {
        TenantView.Branding branding = context.tenant().branding();
        String text = branding == null ? null : branding.text(key, context.locale(), values);
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The contact's name, else the company's: what {@code {customerName}} stands for. */
    private static String customerName(CustomerView customer) {
        String contact = customer.contactName();
        return contact == null || contact.isBlank() ? customer.party().legalName() : contact.strip();
    }

    private static String greeting(CustomerView customer, MailTexts texts) {
        String contact = customer.contactName();
        return contact == null || contact.isBlank() ? texts.get("greeting.anonymous") : texts.get("greeting.named", contact.strip());
    }

    private static Mail mail(Notification notification, DeliveryContext context, MailTexts texts, String subject,
            MailBody body, List<Attachment> attachments) {
        TenantView tenant = context.tenant();
        MailStyle style = MailStyle.of(tenant);
        String header = tenant.name() + " – Invoice Portal";
        MailFooter footer = MailFooter.of(tenant, context.locale(), texts.get("mail.footer", tenant.name()));
        List<Attachment> all = new ArrayList<>(attachments == null ? List.of() : attachments);
        if (style.logo() != null) {
            all.add(style.logo().attachment());
        }
        String senderName = tenant.branding() == null ? null : tenant.branding().mailSenderName();
        return Mail.builder()
                .messageId(notification.id())
                .to(notification.customer().email())
                .subject(subject)
                .text(body.text(header, footer))
                .html(body.html(style, texts.language(), subject, texts.get("mail.linkFallback"), footer))
                .attachments(all)
                .fromName(senderName == null || senderName.isBlank() ? tenant.name() : senderName.strip())
                .build();
    }
}
