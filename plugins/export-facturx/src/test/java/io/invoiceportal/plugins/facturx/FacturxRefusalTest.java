package io.invoiceportal.plugins.facturx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.testkit.TestViews;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An invoice EN 16931 would refuse is never written: the export names the missing business terms instead. */
class FacturxRefusalTest {

    private final FacturxInvoiceExporter exporter = new FacturxInvoiceExporter();

    /** Reverse charge (AE) to a buyer without a VAT identifier lacks BT-48 (BR-AE-02); the message is in the reader's language. */
    @Test
    void reverseChargeNeedsTheBuyersVatId() {
        InvoiceView invoice = oneLine("AE", "Verlegd", "VATEX-EU-AE")
                .buyer(TestViews.customer().party(PartyView.builder().legalName("Ruiz")
                        .address(PartyView.AddressView.of("Dorpsstraat 5", "3512 AB", "Utrecht", "NL")).build()).build())
                .build();
        ExportException refused = refuse(invoice);
        assertThat(refused.missingTerms()).containsExactly("BT-48 Buyer VAT identifier");
        assertThat(refused.getMessage()).isEqualTo(
                "Factuur 2025-0042 kan niet als Factur-X (EN 16931) worden gemaakt: BT-48 Buyer VAT identifier ontbreekt");
    }

    /** An intra-community supply (K) without a delivery date lacks BT-72 (BR-IC-11). */
    @Test
    void intraCommunitySupplyNeedsTheDeliveryDate() {
        assertThat(refuse(oneLine("K", "Intracommunautaire levering", "VATEX-EU-IC").build()).missingTerms())
                .containsExactly("BT-72 Actual delivery date");
    }

    /** An exempt category without exemption reason text or code lacks BT-120 (BR-E-10). */
    @Test
    void exemptionNeedsAReason() {
        assertThat(refuse(oneLine("E", null, null).build()).missingTerms()).containsExactly("BT-120 VAT exemption reason text");
    }

    /** An amount due without due date or payment terms lacks BT-9 (BR-CO-25). */
    @Test
    void amountDueNeedsADueDateOrTerms() {
        assertThat(refuse(TestViews.invoice().dueDate(null).build()).missingTerms()).containsExactly("BT-9 Payment due date");
    }

    /** A seller without VAT identifier and country lacks BT-31 and BT-40 (BR-CO-26, BR-09); a credit transfer without any IBAN lacks BT-84 (BR-61). */
    @Test
    void sellerNeedsVatIdCountryAndAccount() {
        PartyView seller = PartyView.builder().legalName("Acme Diensten B.V.").build();
        InvoiceView invoice = TestViews.invoice().seller(seller).payment(InvoiceView.Payment.of("30", null, null)).build();
        assertThat(refuse(invoice).missingTerms())
                .containsExactly("BT-40 Seller country code", "BT-31 Seller VAT identifier", "BT-84 Payment account identifier");
    }

    /** A VAT identifier without its ISO 3166 country prefix counts as missing (BR-CO-09), the seller's and the buyer's. */
    @Test
    void vatIdentifiersNeedTheirCountryPrefix() {
        InvoiceView invoice = TestViews.invoice().seller(TestViews.seller().vatId("999999999B01").build())
                .buyer(TestViews.customer().party(PartyView.builder().legalName("Ruiz").vatId("001234567B01")
                        .address(PartyView.AddressView.of("Dorpsstraat 5", "3512 AB", "Utrecht", "NL")).build()).build())
                .build();
        assertThat(refuse(invoice).missingTerms()).containsExactly("BT-31 Seller VAT identifier", "BT-48 Buyer VAT identifier");
    }

    /** Not subject to VAT (O) leaves the VAT identifiers out (BR-O-02), so the seller needs an ISO 6523 identifier (BT-29, BR-CO-26). */
    @Test
    void notSubjectToVatNeedsAnIsoSellerIdentifier() {
        PartyView seller = TestViews.seller().endpointScheme("9944").endpointId("NL999999999B01").build();
        assertThat(refuse(oneLine("O", "Niet onderworpen", "VATEX-EU-O").seller(seller).build()).missingTerms())
                .containsExactly("BT-29 Seller identifier");
    }

    private ExportException refuse(InvoiceView invoice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportException refused = catchThrowableOfType(ExportException.class,
                () -> exporter.export(invoice, TestViews.exportContext().build(), out));
        assertThat(refused).as("refused").isNotNull();
        assertThat(out.size()).as("nothing written").isZero();
        return refused;
    }

    /** The example invoice with one line of 100.00 in an exempt category, with its breakdown and totals. */
    private static InvoiceView.Builder oneLine(String category, String reason, String code) {
        BigDecimal net = new BigDecimal("100.00");
        BigDecimal rate = "O".equals(category) ? null : BigDecimal.ZERO;
        return TestViews.invoice()
                .lines(List.of(InvoiceView.Line.builder().id("1").name("Dienst").quantity(BigDecimal.ONE).unitCode("C62")
                        .unitPrice(net).vatCategory(category).vatRate(rate).lineAmount(net).build()))
                .vatBreakdown(List.of(InvoiceView.VatBreakdown.of(category, rate, net, new BigDecimal("0.00"), reason, code)))
                .totals(InvoiceView.Totals.builder().lineTotal(net).taxExclusive(net).taxTotal(new BigDecimal("0.00"))
                        .taxInclusive(net).payable(net).build());
    }
}
