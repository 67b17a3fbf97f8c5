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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the portal's notification e-mails: subject, plain text and HTML, in the customer's
 * language ({@link DeliveryContext#locale()}: Dutch, else English), under a header bar with the
 * tenant's name and primary colour. The Message-ID is the notification's id, so a retried
 * delivery sends the same message; the recipient is the customer's e-mail address.
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
        facts.add(new MailBody.Fact(texts.get("newInvoice.amount"), texts.money(invoice.totals().taxInclusive(), invoice.currency())));
        if (invoice.dueDate() != null) {
            facts.add(new MailBody.Fact(texts.get("newInvoice.dueDate"), texts.date(invoice.dueDate())));
        }
        MailBody body = new MailBody()
                .paragraph(greeting(notification.customer(), texts))
                .paragraph(texts.get("newInvoice.intro", tenant))
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
        MailBody body = new MailBody()
                .paragraph(greeting(notification.customer(), texts))
                .paragraph(texts.get("activation.intro", tenant))
                .paragraph(texts.get("activation.portal", tenant))
                .paragraph(texts.get("activation.action"))
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

    private static String greeting(CustomerView customer, MailTexts texts) {
        String contact = customer.contactName();
        return contact == null || contact.isBlank() ? texts.get("greeting.anonymous") : texts.get("greeting.named", contact.strip());
    }

    private static Mail mail(Notification notification, DeliveryContext context, MailTexts texts, String subject,
            MailBody body, List<Attachment> attachments) {
        MailStyle style = MailStyle.of(context.tenant());
        String header = context.tenant().name() + " – Invoice Portal";
        String footer = texts.get("mail.footer", context.tenant().name());
        return Mail.builder()
                .messageId(notification.id())
                .to(notification.customer().email())
                .subject(subject)
                .text(body.text(header, footer))
                .html(body.html(style, texts.language(), subject, texts.get("mail.linkFallback"), footer))
                .attachments(attachments == null ? List.of() : List.copyOf(attachments))
                .build();
    }
}
