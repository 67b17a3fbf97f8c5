package io.invoiceportal.plugins.email;

import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.DeliveryException;
import io.invoiceportal.plugin.api.DeliveryResult;
import io.invoiceportal.plugin.api.Notification;
import java.util.Locale;
import org.pf4j.Extension;

/**
 * The channel {@code email}: every notification as an e-mail with links (activation, password
 * reset, the invoice PDF, the portal), sent through the portal's {@link DeliveryContext#mailer()}.
 * Stateless, so concurrent deliveries are safe.
 */
@Extension
public class EmailChannel implements DeliveryChannel {

    private final MailComposer composer = new MailComposer();

    @Override
    public String id() {
        return "email";
    }

    @Override
    public String displayName(Locale locale) {
        return MailTexts.of(locale).get("channel.name");
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
            context.mailer().send(composer.compose(notification, context));
            return DeliveryResult.sent();
        } catch (DeliveryException e) {
            return DeliveryResult.from(e);
        } catch (RuntimeException e) {
            return DeliveryResult.retry(reason(e));
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
