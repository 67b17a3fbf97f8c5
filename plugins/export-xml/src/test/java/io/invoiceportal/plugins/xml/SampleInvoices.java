package io.invoiceportal.plugins.xml;

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

/** Invoices as the portal hands them to an exporter: amounts computed and rounded. */
final class SampleInvoices {

    static final Locale DUTCH = Locale.of("nl", "NL");

    static final PartyView SELLER = new PartyView(
            "Installatiebedrijf Ariëns B.V.",
            new PartyView.AddressView("Coöperatieweg 7", "6811 AA", "Arnhem", "NL"),
            "NL859123456B01", "0106", "09123456", "NL91ABNA0417164300");

    private SampleInvoices() {}

    /**
     * Three lines at 21% and 9% VAT: 2 h × 65.00 = 130.00 (21%), 1.5 kg × 12.50 = 18.75 and
     * 4 × 10.00 = 40.00 (9%); VAT 27.30 + 5.29 = 32.59; 188.75 + 32.59 = 221.34.
     */
    static InvoiceView full() {
        return full(SELLER, buyer("Café Daniëlle B.V."));
    }

    static InvoiceView full(PartyView seller, CustomerView buyer) {
        return new InvoiceView(
                "2026-000123", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1),
                "Algemene doorbelastingen", "EUR", "PO-7781", "Onderhoud en levering oktober",
                seller, buyer,
                List.of(
                        new InvoiceView.Line("1", "Onderhoud cv-ketel", amount("2"), "HUR", amount("65.00"),
                                "S", amount("21.00"), amount("130.00")),
                        new InvoiceView.Line("2", "Koffiebonen", amount("1.500"), "KGM", amount("12.50"),
                                "S", amount("9"), amount("18.75")),
                        new InvoiceView.Line("3", "Boeken", amount("4"), "C62", amount("10.00"),
                                "S", amount("9"), amount("40.00"))),
                List.of(
                        new InvoiceView.VatBreakdown("S", amount("21"), amount("130.00"), amount("27.30")),
                        new InvoiceView.VatBreakdown("S", amount("9"), amount("58.75"), amount("5.29"))),
                new InvoiceView.Totals(amount("188.75"), amount("188.75"), amount("32.59"), amount("221.34"),
                        amount("221.34")),
                new InvoiceView.Payment("30", "NL91ABNA0417164300", "RF18 5390 0754 7034"));
    }

    /** Only what the issuer API requires: no due date, category, buyer reference, note or payment. */
    static InvoiceView minimal() {
        CustomerView buyer = new CustomerView(
                "C-2002", new PartyView("Bakkerij Zoë", null, null, null, null, null),
                "info@zoe.example", null, null, DUTCH, "C-2002");
        return new InvoiceView(
                "2026-000124", LocalDate.of(2026, 11, 2), null, null, "EUR", null, null,
                new PartyView("Installatiebedrijf Ariëns B.V.", null, null, null, null, null), buyer,
                List.of(new InvoiceView.Line("1", "Voorrijkosten", amount("1"), null, amount("40"),
                        "E", null, amount("40"))),
                List.of(new InvoiceView.VatBreakdown("E", null, amount("40"), amount("0"))),
                new InvoiceView.Totals(amount("40"), amount("40"), amount("0"), amount("40"), amount("40")),
                null);
    }

    static CustomerView buyer(String name) {
        return new CustomerView(
                "C-1001",
                new PartyView(name, new PartyView.AddressView("Dorpsstraat 12", "3511 AB", "Utrecht", "NL"),
                        "NL123456789B01", "0106", "12345678", null),
                "administratie@daniëlle.example", "J. de Vriës", "+31 30 123 4567", DUTCH, "danielle");
    }

    static ExportContext context() {
        TenantView tenant = new TenantView("arnhem-installatie", "Ariëns", DUTCH, SELLER,
                new TenantView.Branding("#0b5394", "#f1c232", null), "https://portal.example/t/arnhem-installatie");
        return new ExportContext(tenant, DUTCH, Clock.fixed(Instant.parse("2026-11-03T09:00:00Z"), ZoneId.of("Europe/Amsterdam")));
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
