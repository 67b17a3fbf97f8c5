package com.example.webhook;

import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.Notification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON body of one event. {@code id} is the notification's id, the same on every attempt;
 * {@code type} is {@code invoice.created}, {@code account.activation} or
 * {@code account.password_reset}.
 *
 * <pre>{"id": "...", "type": "invoice.created", "tenant": "acme",
 *  "customer": {"number": "C-1", "email": "...", "language": "nl"},
 *  "invoice": {"number": "2026-0001", "issueDate": "2026-11-01", "currency": "EUR",
 *              "payableAmount": "1210.00", "url": "https://portal.example/t/acme/invoices/2026-0001"}}</pre>
 */
final class WebhookEvent {

    private WebhookEvent() {}

    /** The event, or empty for a kind of notification this plugin does not know. */
    static Optional<String> json(Notification notification, DeliveryContext context) {
        Optional<String> type = type(notification);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", notification.id());
        event.put("type", type.get());
        event.put("tenant", context.tenant().slug());
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("number", notification.customer().customerNumber());
        customer.put("email", notification.customer().email());
        customer.put("language", notification.customer().locale().getLanguage());
        event.put("customer", customer);
        if (notification instanceof Notification.NewInvoice created) {
            InvoiceView invoice = created.invoice();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("number", invoice.invoiceNumber());
            fields.put("issueDate", invoice.issueDate().toString());
            fields.put("currency", invoice.currency());
            fields.put("payableAmount", invoice.totals().payable().toPlainString());
            fields.put("url", created.invoiceUrl());
            event.put("invoice", fields);
        } else if (notification instanceof Notification.Activation activation) {
            event.put("activationUrl", activation.activationUrl());
        } else if (notification instanceof Notification.PasswordReset reset) {
            event.put("resetUrl", reset.resetUrl());
        }
        return Optional.of(Json.write(event));
    }

    private static Optional<String> type(Notification notification) {
        if (notification instanceof Notification.NewInvoice) {
            return Optional.of("invoice.created");
        }
        if (notification instanceof Notification.Activation) {
            return Optional.of("account.activation");
        }
        return notification instanceof Notification.PasswordReset ? Optional.of("account.password_reset") : Optional.empty();
    }
}
