package io.invoiceportal.plugins.xml;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.TenantView;
import io.invoiceportal.plugin.testkit.TestViews;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Invoices as the portal hands them to an exporter: amounts computed and rounded. */
final class SampleInvoices {

    static final Locale DUTCH = TestViews.DUTCH;

    static final PartyView SELLER = PartyView.builder()
            .legalName("Installatiebedrijf Ariëns B.V.")
            .address(PartyView.AddressView.of("Coöperatieweg 7", "6811 AA", "Arnhem", "NL"))
            .vatId("NL859123456B01")
            .endpointScheme("0106")
            .endpointId("09123456")
            .iban("NL91ABNA0417164300")
            .build();

    private SampleInvoices() {}

    /**
     * Three lines at 21% and 9% VAT: 2 h × 65.00 = 130.00 (21%), 1.5 kg × 12.50 = 18.75 and
     * 4 × 10.00 = 40.00 (9%); VAT 27.30 + 5.29 = 32.59; 188.75 + 32.59 = 221.34.
     */
    static InvoiceView full() {
        return full(SELLER, buyer("Café Daniëlle B.V."));
    }

    static InvoiceView full(PartyView seller, CustomerView buyer) {
        return InvoiceView.builder()
                .invoiceNumber("2026-000123")
                .issueDate(LocalDate.of(2026, 11, 1))
                .dueDate(LocalDate.of(2026, 12, 1))
                .category("Algemene doorbelastingen")
                .currency("EUR")
                .buyerReference("PO-7781")
                .description("Onderhoud en levering oktober")
                .seller(seller)
                .buyer(buyer)
                .lines(List.of(
                        InvoiceView.Line.builder()
                                .id("1")
                                .name("Onderhoud cv-ketel")
                                .quantity(amount("2"))
                                .unitCode("HUR")
                                .unitPrice(amount("65.00"))
                                .vatCategory("S")
                                .vatRate(amount("21.00"))
                                .lineAmount(amount("130.00"))
                                .build(),
                        InvoiceView.Line.builder()
                                .id("2")
                                .name("Koffiebonen")
                                .quantity(amount("1.500"))
                                .unitCode("KGM")
                                .unitPrice(amount("12.50"))
                                .vatCategory("S")
                                .vatRate(amount("9"))
                                .lineAmount(amount("18.75"))
                                .build(),
                        InvoiceView.Line.builder()
                                .id("3")
                                .name("Boeken")
                                .quantity(amount("4"))
                                .unitCode("C62")
                                .unitPrice(amount("10.00"))
                                .vatCategory("S")
                                .vatRate(amount("9"))
                                .lineAmount(amount("40.00"))
                                .build()))
                .vatBreakdown(List.of(
                        InvoiceView.VatBreakdown.of("S", amount("21"), amount("130.00"), amount("27.30")),
                        InvoiceView.VatBreakdown.of("S", amount("9"), amount("58.75"), amount("5.29"))))
                .totals(InvoiceView.Totals.builder()
                        .lineTotal(amount("188.75"))
                        .taxExclusive(amount("188.75"))
                        .taxTotal(amount("32.59"))
                        .taxInclusive(amount("221.34"))
                        .payable(amount("221.34"))
                        .build())
                .payment(InvoiceView.Payment.of("30", "NL91ABNA0417164300", "RF18 5390 0754 7034"))
                .build();
    }

    /** Only what the issuer API requires: no due date, category, buyer reference, note or payment. */
    static InvoiceView minimal() {
        CustomerView buyer = CustomerView.builder()
                .customerNumber("C-2002")
                .party(PartyView.builder().legalName("Bakkerij Zoë").build())
                .email("info@zoe.example")
                .locale(DUTCH)
                .login("C-2002")
                .build();
        return InvoiceView.builder()
                .invoiceNumber("2026-000124")
                .issueDate(LocalDate.of(2026, 11, 2))
                .currency("EUR")
                .seller(PartyView.builder().legalName("Installatiebedrijf Ariëns B.V.").build())
                .buyer(buyer)
                .lines(List.of(InvoiceView.Line.builder()
                        .id("1")
                        .name("Voorrijkosten")
                        .quantity(amount("1"))
                        .unitPrice(amount("40"))
                        .vatCategory("E")
                        .lineAmount(amount("40"))
                        .build()))
                .vatBreakdown(List.of(InvoiceView.VatBreakdown.of("E", null, amount("40"), amount("0"))))
                .totals(InvoiceView.Totals.builder()
                        .lineTotal(amount("40"))
                        .taxExclusive(amount("40"))
                        .taxTotal(amount("0"))
                        .taxInclusive(amount("40"))
                        .payable(amount("40"))
                        .build())
                .build();
    }

    static CustomerView buyer(String name) {
        return CustomerView.builder()
                .customerNumber("C-1001")
                .party(PartyView.builder()
                        .legalName(name)
                        .address(PartyView.AddressView.of("Dorpsstraat 12", "3511 AB", "Utrecht", "NL"))
                        .vatId("NL123456789B01")
                        .endpointScheme("0106")
                        .endpointId("12345678")
                        .build())
                .email("administratie@daniëlle.example")
                .contactName("J. de Vriës")
                .contactPhone("+31 30 123 4567")
                .locale(DUTCH)
                .login("danielle")
                .build();
    }

    static ExportContext context() {
        TenantView tenant = TestViews.tenant()
                .slug("arnhem-installatie")
                .name("Ariëns")
                .seller(SELLER)
                .portalUrl("https://portal.example/t/arnhem-installatie")
                .build();
        return TestViews.exportContext()
                .tenant(tenant)
                .clock(Clock.fixed(Instant.parse("2026-11-03T09:00:00Z"), ZoneId.of("Europe/Amsterdam")))
                .build();
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
