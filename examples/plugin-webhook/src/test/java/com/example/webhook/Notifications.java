package com.example.webhook;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.DeliveryResult;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.Notification;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.PluginSettings;
import io.invoiceportal.plugin.api.TenantView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/** Notifications and contexts for the tests. */
final class Notifications {
    static final Instant NOW = Instant.parse("2026-11-03T09:00:00Z");
    static final PartyView PARTY = PartyView.builder().legalName("Bakkerij De Korenschoof B.V.").build();
    static final CustomerView CUSTOMER = CustomerView.builder().customerNumber("C-1").party(PARTY)
            .email("inkoop@korenschoof.example").locale(Locale.of("nl")).login("korenschoof").build();

    private Notifications() {}

    static Notification.NewInvoice newInvoice(String id) {
        BigDecimal amount = new BigDecimal("1210.00");
        InvoiceView invoice = InvoiceView.builder().invoiceNumber("2026-0001").issueDate(LocalDate.of(2026, 11, 1))
                .currency("EUR").seller(PARTY).buyer(CUSTOMER)
                .totals(InvoiceView.Totals.builder().lineTotal(amount).taxExclusive(amount).taxTotal(BigDecimal.ZERO)
                        .taxInclusive(amount).payable(amount).build())
                .build();
        return Notification.NewInvoice.of(id, CUSTOMER, invoice, "https://portal.example/t/acme/invoices/2026-0001",
                () -> new byte[0]);
    }

    static Notification.PasswordReset reset(String id) {
        return Notification.PasswordReset.of(id, CUSTOMER, "https://portal.example/t/acme/reset-password?token=x");
    }

    static DeliveryContext context(WebhookChannel channel, Map<String, String> settings) {
        TenantView tenant = TenantView.builder().slug("acme").name("Acme").defaultLocale(Locale.of("nl")).seller(PARTY)
                .branding(TenantView.Branding.of("#0b5394", "#f1c232", null)).portalUrl("https://portal.example/t/acme")
                .build();
        return DeliveryContext.builder().tenant(tenant).locale(Locale.of("nl"))
                .mailer(mail -> {
                    throw new AssertionError("the webhook channel sends no mail");
                })
                .settings(PluginSettings.of(channel.settings(), settings)).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    /** "sent", "retry" or "fail". */
    static String kind(DeliveryResult result) {
        return switch (result.outcome()) {
            case SENT -> "sent";
            case RETRY -> "retry";
            case FAILED -> "fail";
        };
    }
}
