package io.invoiceportal.plugin.testkit;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.MailSender;
import io.invoiceportal.plugin.api.Notification;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.TenantView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Builders for the plugin API's views, filled with a valid, consistent example: tenant Acme
 * ({@code acme}, Dutch) invoices Bakkerij Ruiz B.V. (customer {@code 00123}) with invoice
 * {@code 2025-0042} of 14 March 2025: 1.5 kg coffee at 12.50 (21 % VAT) and 4 books at 10.00 (9 %),
 * 58.75 net, 7.54 VAT, 66.29 payable. Change what a test is about and keep the rest:
 * {@code TestViews.invoice().currency("USD").build()}.
 */
public final class TestViews {

    /** Dutch (the Netherlands), the example tenant's language. */
    public static final Locale DUTCH = Locale.of("nl", "NL");

    /** The example's fixed clock: 14 March 2025, 11:00 in Amsterdam. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    private TestViews() {}

    /** The seller, Acme Diensten B.V. in Amsterdam, with VAT id, electronic address and IBAN. */
    public static PartyView.Builder seller() {
        return PartyView.builder()
                .legalName("Acme Diensten B.V.")
                .address(PartyView.AddressView.of("Keizersgracht 1", "1015 AA", "Amsterdam", "NL"))
                .vatId("NL999999999B01")
                .endpointScheme("0106")
                .endpointId("12345678")
                .iban("NL91ABNA0417164300");
    }

    /** The tenant {@code acme}, Dutch, with the seller, its colours and its portal URL. */
    public static TenantView.Builder tenant() {
        return TenantView.builder()
                .slug("acme")
                .name("Acme")
                .defaultLocale(DUTCH)
                .seller(seller().build())
                .branding(TenantView.Branding.of("#0b5394", "#f1c232", null))
                .portalUrl("https://portal.example/t/acme");
    }

    /** The customer 00123, Bakkerij Ruiz B.V. in Utrecht, Dutch, {@code inkoop@ruiz.example}. */
    public static CustomerView.Builder customer() {
        return CustomerView.builder()
                .customerNumber("00123")
                .party(PartyView.builder()
                        .legalName("Bakkerij Ruiz B.V.")
                        .address(PartyView.AddressView.of("Dorpsstraat 5", "3512 AB", "Utrecht", "NL"))
                        .vatId("NL001234567B01")
                        .build())
                .email("inkoop@ruiz.example")
                .contactName("M. Ruiz")
                .locale(DUTCH)
                .login("ruiz");
    }

    /** Line 1: 1.5 kg coffee at 12.50, 21 % VAT, 18.75. */
    public static InvoiceView.LineBuilder coffee() {
        return InvoiceView.Line.builder().id("1").name("Koffie").quantity(new BigDecimal("1.5")).unitCode("KGM")
                .unitPrice(new BigDecimal("12.50")).vatCategory("S").vatRate(new BigDecimal("21"))
                .lineAmount(new BigDecimal("18.75"));
    }

    /** Line 2: 4 books at 10.00, 9 % VAT, 40.00. */
    public static InvoiceView.LineBuilder books() {
        return InvoiceView.Line.builder().id("2").name("Boeken").quantity(new BigDecimal("4")).unitCode("C62")
                .unitPrice(new BigDecimal("10.00")).vatCategory("S").vatRate(new BigDecimal("9"))
                .lineAmount(new BigDecimal("40.00"));
    }

    /** Invoice 2025-0042 with the two lines, its VAT breakdown, totals and payment instructions. */
    public static InvoiceView.Builder invoice() {
        return InvoiceView.builder()
                .invoiceNumber("2025-0042")
                .issueDate(LocalDate.of(2025, 3, 14))
                .dueDate(LocalDate.of(2025, 4, 13))
                .currency("EUR")
                .buyerReference("PO 7781")
                .seller(seller().build())
                .buyer(customer().build())
                .lines(List.of(coffee().build(), books().build()))
                .vatBreakdown(List.of(
                        InvoiceView.VatBreakdown.of("S", new BigDecimal("21"), new BigDecimal("18.75"), new BigDecimal("3.94")),
                        InvoiceView.VatBreakdown.of("S", new BigDecimal("9"), new BigDecimal("40.00"), new BigDecimal("3.60"))))
                .totals(InvoiceView.Totals.builder()
                        .lineTotal(new BigDecimal("58.75"))
                        .taxExclusive(new BigDecimal("58.75"))
                        .taxTotal(new BigDecimal("7.54"))
                        .taxInclusive(new BigDecimal("66.29"))
                        .payable(new BigDecimal("66.29"))
                        .build())
                .payment(InvoiceView.Payment.of("58", "NL91ABNA0417164300", "RF18 5390 0754 7034"));
    }

    /**
     * The invoice with one line instead of the two: one piece ({@code C62}) of {@code name} at
     * {@code net}, 21 % VAT rounded half up to cents, with the VAT breakdown and totals that go with
     * it. For amounts of the size a test needs, such as thousands in a mail or a PDF.
     */
    public static InvoiceView.Builder invoiceOfOneLine(String name, BigDecimal net) {
        BigDecimal rate = new BigDecimal("21");
        BigDecimal vat = net.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal gross = net.add(vat);
        return invoice()
                .lines(List.of(InvoiceView.Line.builder().id("1").name(name).quantity(BigDecimal.ONE).unitCode("C62")
                        .unitPrice(net).vatCategory("S").vatRate(rate).lineAmount(net).build()))
                .vatBreakdown(List.of(InvoiceView.VatBreakdown.of("S", rate, net, vat)))
                .totals(InvoiceView.Totals.builder().lineTotal(net).taxExclusive(net).taxTotal(vat)
                        .taxInclusive(gross).payable(gross).build());
    }

    /** The export context: the tenant, read in Dutch, at the fixed {@link #CLOCK}. */
    public static ExportContext.Builder exportContext() {
        return ExportContext.builder().tenant(tenant().build()).locale(DUTCH).clock(CLOCK);
    }

    /** The delivery context: the tenant, Dutch, no settings, the fixed {@link #CLOCK}, and this mailer. */
    public static DeliveryContext.Builder deliveryContext(MailSender mailer) {
        return DeliveryContext.builder().tenant(tenant().build()).locale(DUTCH).mailer(mailer).clock(CLOCK);
    }

    /** A new invoice for the customer, with a link and a small PDF ({@code %PDF-1.7 ...}). */
    public static Notification.NewInvoice newInvoice(String id) {
        InvoiceView invoice = invoice().build();
        return Notification.NewInvoice.of(id, invoice.buyer(), invoice,
                "https://portal.example/t/acme/invoices/" + invoice.invoiceNumber(),
                () -> "%PDF-1.7\n%test\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** An activation for the customer. */
    public static Notification.Activation activation(String id) {
        return Notification.Activation.of(id, customer().build(), "https://portal.example/t/acme/activate?token=abc");
    }

    /** A password reset for the customer. */
    public static Notification.PasswordReset passwordReset(String id) {
        return Notification.PasswordReset.of(id, customer().build(), "https://portal.example/t/acme/reset-password?token=def");
    }
}
