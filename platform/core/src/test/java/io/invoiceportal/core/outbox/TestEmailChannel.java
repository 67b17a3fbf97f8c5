package io.invoiceportal.core.outbox;

import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.DeliveryException;
import io.invoiceportal.plugin.api.DeliveryResult;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.MailSender;
import io.invoiceportal.plugin.api.Notification;
import java.util.List;
import java.util.Locale;

/**
 * A minimal real e-mail channel for core tests (the e-mail plugins live in their own modules):
 * the link of the notification as a one-line mail through the context's mail sender, with the
 * invoice's PDF attached for a new invoice.
 */
class TestEmailChannel implements DeliveryChannel {

    @Override
    public String id() {
        return "email";
    }

    @Override
    public String displayName(Locale locale) {
        return "E-mail";
    }

    @Override
    public DeliveryResult deliver(Notification n, DeliveryContext context) {
        String link = switch (n) {
            case Notification.Activation a -> a.activationUrl();
            case Notification.PasswordReset r -> r.resetUrl();
            case Notification.NewInvoice i -> i.invoiceUrl();
            default -> throw new IllegalArgumentException("unknown notification " + n);
        };
        try {
            List<MailSender.Attachment> pdf = n instanceof Notification.NewInvoice i
                    ? List.of(MailSender.Attachment.of("invoice.pdf", "application/pdf", i.pdf().render())) : List.of();
            context.mailer().send(MailSender.Mail.builder()
                    .messageId(n.id())
                    .to(n.customer().email())
                    .subject(n.getClass().getSimpleName())
                    .text(link + "\r\n")
                    .attachments(pdf)
                    .build());
            return DeliveryResult.sent();
        } catch (ExportException e) {
            return DeliveryResult.fail(e.getMessage());
        } catch (DeliveryException e) {
            return DeliveryResult.from(e);
        }
    }
}
