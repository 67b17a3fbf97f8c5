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
        TenantView tenant = new TenantView("acme", "Acme", DUTCH, seller(), new TenantView.Branding("#0b5394", "#f1c232", null),
                "https://portal.example/t/acme");
        return new ExportContext(tenant, DUTCH, Clock.fixed(Instant.parse("2025-03-14T10:00:00Z"), ZoneId.of("Europe/Amsterdam")));
    }

    static InvoiceView invoice() {
        PartyView buyerParty = new PartyView("Bakkerij Ruiz B.V.", new PartyView.AddressView("Dorpsstraat 5", "3512 AB", "Utrecht", "NL"),
                "NL001234567B01", null, null, null);
        CustomerView buyer = new CustomerView("00123", buyerParty, "inkoop@ruiz.example", "M. Ruiz", null, DUTCH, "ruiz");
        List<InvoiceView.Line> lines = List.of(
                new InvoiceView.Line("1", "Koffie", new BigDecimal("1.5"), "KGM", new BigDecimal("12.50"), "S",
                        new BigDecimal("21"), new BigDecimal("18.75")),
                new InvoiceView.Line("2", "Boeken", new BigDecimal("4"), "C62", new BigDecimal("10.00"), "S",
                        new BigDecimal("9"), new BigDecimal("40.00")));
        List<InvoiceView.VatBreakdown> vat = List.of(
                new InvoiceView.VatBreakdown("S", new BigDecimal("21"), new BigDecimal("18.75"), new BigDecimal("3.94")),
                new InvoiceView.VatBreakdown("S", new BigDecimal("9"), new BigDecimal("40.00"), new BigDecimal("3.60")));
        InvoiceView.Totals totals = new InvoiceView.Totals(new BigDecimal("58.75"), new BigDecimal("58.75"),
                new BigDecimal("7.54"), new BigDecimal("66.29"), new BigDecimal("66.29"));
        return new InvoiceView("2025-0042", LocalDate.of(2025, 3, 14), LocalDate.of(2025, 4, 13), null, "EUR",
                "PO 7781", null, seller(), buyer, lines, vat, totals,
                new InvoiceView.Payment("58", "NL91ABNA0417164300", "RF18 5390 0754 7034"));
    }

    private static PartyView seller() {
        return new PartyView("Acme Diensten B.V.", new PartyView.AddressView("Keizersgracht 1", "1015 AA", "Amsterdam", "NL"),
                "NL999999999B01", "0106", "12345678", "NL91ABNA0417164300");
    }
}
