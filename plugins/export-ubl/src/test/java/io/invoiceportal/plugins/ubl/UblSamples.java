package io.invoiceportal.plugins.ubl;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.PluginSettings;
import io.invoiceportal.plugin.testkit.TestViews;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Hand-computed invoices for the UBL tests, built on the test kit's example (Acme to Bakkerij Ruiz). */
public final class UblSamples {

    private UblSamples() {}

    /** The test kit's customer with a Peppol address (KvK 0106). */
    public static CustomerView.Builder customer() {
        return TestViews.customer().party(PartyView.builder()
                .legalName("Bakkerij Ruiz B.V.")
                .address(PartyView.AddressView.of("Dorpsstraat 5", "3512 AB", "Utrecht", "NL"))
                .vatId("NL001234567B01")
                .endpointScheme("0106")
                .endpointId("87654321")
                .build());
    }

    /** The test kit's seller with a contact (BG-6). */
    public static PartyView.Builder seller() {
        return TestViews.seller().contact(PartyView.Contact.of("Debiteurenadministratie", "+31 20 123 4567", "facturen@acme.example"));
    }

    /** The test kit's invoice 2025-0042 (58.75 + 7.54 VAT) to the Peppol customer. */
    public static InvoiceView.Builder invoice() {
        return TestViews.invoice().seller(seller().build()).buyer(customer().build());
    }

    /** The same amounts as a credit note for invoice 2025-0041. */
    public static InvoiceView.Builder creditNote() {
        return invoice().invoiceNumber("2025-C-0007").documentType(InvoiceView.DocumentType.CREDIT_NOTE)
                .precedingInvoice(InvoiceView.PrecedingInvoice.of("2025-0041", LocalDate.of(2025, 3, 1)));
    }

    /**
     * Every optional part: an allowance of 5.00 and a charge of 2.50 (both 21 %), 10.00 prepaid,
     * references, note, delivery date, line note, item ids and period. 21 %: 18.75 − 5.00 + 2.50 =
     * 16.25, VAT 3.41; 9 %: 40.00, VAT 3.60; 56.25 + 7.01 = 63.26, payable 53.26.
     */
    public static InvoiceView.Builder rich() {
        BigDecimal rate21 = new BigDecimal("21");
        return invoice()
                .orderReference("PO-2025-118")
                .contractReference("CT-7")
                .paymentTerms("30 dagen netto")
                .deliveryDate(LocalDate.of(2025, 3, 10))
                .note("Levering maart")
                .lines(List.of(
                        TestViews.coffee().note("Gemalen").sellerItemId("KOF-1")
                                .standardItemId(InvoiceView.ItemId.of("0160", "4006381333931")).build(),
                        TestViews.books().periodStart(LocalDate.of(2025, 3, 1)).periodEnd(LocalDate.of(2025, 3, 31)).build()))
                .allowances(List.of(InvoiceView.AllowanceCharge.of(new BigDecimal("5.00"), "Korting", "95", "S", rate21)))
                .charges(List.of(InvoiceView.AllowanceCharge.of(new BigDecimal("2.50"), "Verzendkosten", "FC", "S", rate21)))
                .vatBreakdown(List.of(
                        InvoiceView.VatBreakdown.of("S", rate21, new BigDecimal("16.25"), new BigDecimal("3.41")),
                        InvoiceView.VatBreakdown.of("S", new BigDecimal("9"), new BigDecimal("40.00"), new BigDecimal("3.60"))))
                .totals(InvoiceView.Totals.builder()
                        .lineTotal(new BigDecimal("58.75"))
                        .allowanceTotal(new BigDecimal("5.00"))
                        .chargeTotal(new BigDecimal("2.50"))
                        .taxExclusive(new BigDecimal("56.25"))
                        .taxTotal(new BigDecimal("7.01"))
                        .taxInclusive(new BigDecimal("63.26"))
                        .prepaidAmount(new BigDecimal("10.00"))
                        .payable(new BigDecimal("53.26"))
                        .build());
    }

    /** The export context with these settings of the UBL exporter. */
    public static ExportContext context(Map<String, String> settings) {
        return TestViews.exportContext()
                .settings(PluginSettings.of(new UblInvoiceExporter().settings(), settings)).build();
    }
}
