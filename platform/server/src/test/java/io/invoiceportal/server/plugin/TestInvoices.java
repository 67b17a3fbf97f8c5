package io.invoiceportal.server.plugin;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.TenantView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** A small invoice with two lines at 21 % and 9 % VAT, as the portal hands it to a plugin. */
final class TestInvoices {

    static final Locale DUTCH = Locale.of("nl", "NL");

    private TestInvoices() {}

    static ExportContext context() {
        TenantView tenant = TenantView.builder()
                .slug("acme")
                .name("Acme")
                .defaultLocale(DUTCH)
                .seller(seller())
                .branding(TenantView.Branding.of("#0b5394", "#f1c232", null))
                .portalUrl("https://portal.example/t/acme")
                .build();
        return ExportContext.builder()
                .tenant(tenant)
                .locale(DUTCH)
                .clock(Clock.fixed(Instant.parse("2025-03-14T10:00:00Z"), ZoneId.of("Europe/Amsterdam")))
                .build();
    }

    static InvoiceView invoice() {
        PartyView buyerParty = PartyView.builder()
                .legalName("Bakkerij Ruiz B.V.")
                .address(PartyView.AddressView.of("Dorpsstraat 5", "3512 AB", "Utrecht", "NL"))
                .vatId("NL001234567B01")
                .build();
        CustomerView buyer = CustomerView.builder()
                .customerNumber("00123")
                .party(buyerParty)
                .email("inkoop@ruiz.example")
                .contactName("M. Ruiz")
                .locale(DUTCH)
                .login("ruiz")
                .build();
        List<InvoiceView.Line> lines = List.of(
                InvoiceView.Line.builder()
                        .id("1")
                        .name("Koffie")
                        .quantity(new BigDecimal("1.5"))
                        .unitCode("KGM")
                        .unitPrice(new BigDecimal("12.50"))
                        .vatCategory("S")
                        .vatRate(new BigDecimal("21"))
                        .lineAmount(new BigDecimal("18.75"))
                        .build(),
                InvoiceView.Line.builder()
                        .id("2")
                        .name("Boeken")
                        .quantity(new BigDecimal("4"))
                        .unitCode("C62")
                        .unitPrice(new BigDecimal("10.00"))
                        .vatCategory("S")
                        .vatRate(new BigDecimal("9"))
                        .lineAmount(new BigDecimal("40.00"))
                        .build());
        List<InvoiceView.VatBreakdown> vat = List.of(
                InvoiceView.VatBreakdown.of("S", new BigDecimal("21"), new BigDecimal("18.75"), new BigDecimal("3.94")),
                InvoiceView.VatBreakdown.of("S", new BigDecimal("9"), new BigDecimal("40.00"), new BigDecimal("3.60")));
        InvoiceView.Totals totals = InvoiceView.Totals.builder()
                .lineTotal(new BigDecimal("58.75"))
                .taxExclusive(new BigDecimal("58.75"))
                .taxTotal(new BigDecimal("7.54"))
                .taxInclusive(new BigDecimal("66.29"))
                .payable(new BigDecimal("66.29"))
                .build();
        return InvoiceView.builder()
                .invoiceNumber("2025-0042")
                .issueDate(LocalDate.of(2025, 3, 14))
                .dueDate(LocalDate.of(2025, 4, 13))
                .currency("EUR")
                .buyerReference("PO 7781")
                .seller(seller())
                .buyer(buyer)
                .lines(lines)
                .vatBreakdown(vat)
                .totals(totals)
                .payment(InvoiceView.Payment.of("58", "NL91ABNA0417164300", "RF18 5390 0754 7034"))
                .build();
    }

    private static PartyView seller() {
        return PartyView.builder()
                .legalName("Acme Diensten B.V.")
                .address(PartyView.AddressView.of("Keizersgracht 1", "1015 AA", "Amsterdam", "NL"))
                .vatId("NL999999999B01")
                .endpointScheme("0106")
                .endpointId("12345678")
                .iban("NL91ABNA0417164300")
                .build();
    }
}
