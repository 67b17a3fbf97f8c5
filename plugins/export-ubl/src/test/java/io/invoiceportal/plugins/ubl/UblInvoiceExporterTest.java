package io.invoiceportal.plugins.ubl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.testkit.TestViews;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The UBL exporter's documents under the official rules, its refusals and the imported original. */
class UblInvoiceExporterTest {

    private final UblInvoiceExporter exporter = new UblInvoiceExporter();
    private final ExportContext context = UblSamples.context(Map.of());

    /** A plain two-rate invoice is valid under Peppol BIS 3 (2026.5) and EN 16931, with the Peppol identifiers. */
    @Test
    void invoiceIsValid() throws Exception {
        byte[] xml = export(UblSamples.invoice().build(), context);
        assertValid(xml);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<cbc:CustomizationID>" + PeppolProfile.CUSTOMIZATION_ID)
                .contains("<cbc:ProfileID>" + PeppolProfile.PROFILE_ID)
                .contains("<cbc:EndpointID schemeID=\"0106\">87654321</cbc:EndpointID>")
                .contains("<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>");
    }

    /** Allowances, charges, prepaid amount, references, note, delivery date and line details give a valid invoice whose totals add up. */
    @Test
    void richInvoiceIsValid() throws Exception {
        byte[] xml = export(UblSamples.rich().build(), context);
        assertValid(xml);
        assertThat(new String(xml, StandardCharsets.UTF_8))
                .contains("<cbc:AllowanceTotalAmount currencyID=\"EUR\">5.00</cbc:AllowanceTotalAmount>")
                .contains("<cbc:ChargeTotalAmount currencyID=\"EUR\">2.50</cbc:ChargeTotalAmount>")
                .contains("<cbc:PrepaidAmount currencyID=\"EUR\">10.00</cbc:PrepaidAmount>")
                .contains("<cbc:PayableAmount currencyID=\"EUR\">53.26</cbc:PayableAmount>")
                .contains("<cbc:ID>NL91ABNA0417164300</cbc:ID>");
    }

    /** A credit note is a UBL CreditNote (381) naming the invoice it corrects, valid under both rule sets. */
    @Test
    void creditNoteIsValid() throws Exception {
        byte[] xml = export(UblSamples.creditNote().build(), context);
        assertValid(xml);
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<CreditNote ")
                .contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>")
                .contains("<cbc:ID>2025-0041</cbc:ID>");
    }

    /** The validator catches a broken export: the same document with a wrong payable amount fails BR-CO-16. */
    @Test
    void validatorRejectsAnAlteredExport() throws Exception {
        String xml = new String(export(UblSamples.invoice().build(), context), StandardCharsets.UTF_8);
        byte[] broken = xml.replace("<cbc:PayableAmount currencyID=\"EUR\">66.29", "<cbc:PayableAmount currencyID=\"EUR\">66.30")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Phive.peppol(broken)).anyMatch(error -> error.startsWith("BR-CO-16"));
    }

    /** A buyer without an electronic address is refused with BT-49 named, and nothing is written. */
    @Test
    void buyerWithoutEndpointIsRefused() {
        InvoiceView invoice = UblSamples.invoice().buyer(TestViews.customer().build()).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> exporter.export(invoice, context, out))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.missingTerms())
                        .containsExactly(Terms.BUYER_ENDPOINT))
                .hasMessageContaining("PEPPOL-EN16931-R010");
        assertThat(out.size()).isZero();
    }

    /** Without a buyer reference and an order reference Peppol's R003 fails, so the export names BT-10. */
    @Test
    void invoiceWithoutBuyerOrOrderReferenceIsRefused() {
        InvoiceView invoice = UblSamples.invoice().buyerReference(null).build();
        assertThatThrownBy(() -> export(invoice, context))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.missingTerms())
                        .containsExactly(Terms.BUYER_REFERENCE))
                .hasMessageContaining("PEPPOL-EN16931-R003");
        assertThat(exporter.missingData(TestViews.tenant().build(), UblSamples.customer().build()))
                .as("the parties are complete: the gap is the invoice's").isEmpty();
    }

    /** missingData names what the parties lack for Peppol: the buyer's and seller's electronic addresses and countries. */
    @Test
    void missingDataNamesThePartiesGaps() {
        PartyView bareSeller = PartyView.builder().legalName("Acme").vatId("NL999999999B01").build();
        assertThat(exporter.missingData(TestViews.tenant().seller(bareSeller).build(), TestViews.customer().build()))
                .containsExactly(Terms.SELLER_ENDPOINT, Terms.SELLER_COUNTRY, Terms.BUYER_ENDPOINT);
        assertThat(exporter.missingData(TestViews.tenant().build(), UblSamples.customer().build())).isEmpty();
    }

    /** An electronic address scheme outside Peppol's EAS list (e-mail, EM) is named as missing (PEPPOL-EN16931-CL008). */
    @Test
    void endpointSchemeOutsidePeppolsListIsMissing() {
        PartyView emailBuyer = PartyView.builder().legalName("Bakkerij Ruiz B.V.")
                .address(PartyView.AddressView.of("Dorpsstraat 5", "3512 AB", "Utrecht", "NL"))
                .endpointScheme("EM").endpointId("inkoop@ruiz.example").build();
        assertThat(exporter.missingData(TestViews.tenant().build(), UblSamples.customer().party(emailBuyer).build()))
                .containsExactly(Terms.BUYER_ENDPOINT);
    }

    /** Between German parties Peppol applies the German rules: without the seller's contact and the buyer reference the export names them (DE-R-005, DE-R-015). */
    @Test
    void germanPartiesNeedTheGermanRules() {
        PartyView germanSeller = PartyView.builder().legalName("Muster GmbH")
                .address(PartyView.AddressView.of("Hauptstraße 1", "10115", "Berlin", "DE"))
                .vatId("DE123456789").endpointScheme("9930").endpointId("DE123456789").iban("DE02120300000000202051").build();
        PartyView germanBuyer = PartyView.builder().legalName("Stadt Leipzig")
                .address(PartyView.AddressView.of("Rathausplatz 2", "04109", "Leipzig", "DE"))
                .endpointScheme("0204").endpointId("04011000-12345-34").build();
        InvoiceView invoice = UblSamples.invoice().seller(germanSeller).buyer(UblSamples.customer().party(germanBuyer).build())
                .buyerReference(null).orderReference("PO-1").build();
        assertThatThrownBy(() -> export(invoice, context)).isInstanceOfSatisfying(ExportException.class,
                e -> assertThat(e.missingTerms()).containsExactly(Terms.SELLER_CONTACT, Terms.SELLER_PHONE,
                        Terms.SELLER_EMAIL, Terms.BUYER_REFERENCE)).hasMessageContaining("DE-R-015");
    }

    /** A seller not subject to VAT (O) writes no VAT ids (BR-O-02) and is valid with its KvK number as legal id. */
    @Test
    void invoiceNotSubjectToVatIsValid() throws Exception {
        InvoiceView.Line line = TestViews.books().vatCategory("O").vatRate(null).build();
        InvoiceView invoice = UblSamples.invoice().lines(List.of(line))
                .vatBreakdown(List.of(InvoiceView.VatBreakdown.of("O", null, new BigDecimal("40.00"),
                        new BigDecimal("0.00"), "Niet onderworpen aan btw", null)))
                .totals(InvoiceView.Totals.builder().lineTotal(new BigDecimal("40.00"))
                        .taxExclusive(new BigDecimal("40.00")).taxTotal(new BigDecimal("0.00"))
                        .taxInclusive(new BigDecimal("40.00")).payable(new BigDecimal("40.00")).build())
                .build();
        byte[] xml = export(invoice, context);
        assertValid(xml);
        assertThat(new String(xml, StandardCharsets.UTF_8)).doesNotContain("NL999999999B01")
                .contains("<cbc:CompanyID schemeID=\"0106\">12345678</cbc:CompanyID>");
    }

    /** Reverse charge to a buyer without VAT id (BR-AE-02) and an intra-community supply without VAT id or delivery date (BR-IC-02, BR-IC-11) are refused naming the terms. */
    @Test
    void exemptCategoriesNeedTheBuyersVatIdAndDeliveryDate() {
        PartyView noVatId = PartyView.builder().legalName("Brasserie Dubois SRL")
                .address(PartyView.AddressView.of("Rue Haute 5", "1000", "Bruxelles", "BE"))
                .endpointScheme("9925").endpointId("BE0123456749").build();
        for (String category : List.of("AE", "K")) {
            InvoiceView invoice = UblSamples.invoice().buyer(UblSamples.customer().party(noVatId).build())
                    .lines(List.of(TestViews.books().vatCategory(category).vatRate(BigDecimal.ZERO).build()))
                    .vatBreakdown(List.of(InvoiceView.VatBreakdown.of(category, BigDecimal.ZERO, new BigDecimal("40.00"),
                            new BigDecimal("0.00"))))
                    .build();
            List<String> expected = category.equals("AE") ? List.of(Terms.BUYER_VAT_ID)
                    : List.of(Terms.BUYER_VAT_ID, Terms.DELIVERY_DATE);
            assertThatThrownBy(() -> export(invoice, context)).as(category).isInstanceOfSatisfying(ExportException.class,
                    e -> assertThat(e.missingTerms()).containsExactlyElementsOf(expected));
        }
    }

    /**
     * A Belgian enterprise number with a wrong check (PEPPOL-COMMON-R043) and a VAT id without country
     * prefix (BR-CO-09) are named by missingData, and the official rules indeed reject a document
     * written with them.
     */
    @Test
    void malformedIdentifiersAreNamedAsTheRulesWould() throws Exception {
        PartyView badBuyer = PartyView.builder().legalName("Brasserie Dubois SRL")
                .address(PartyView.AddressView.of("Rue Haute 5", "1000", "Bruxelles", "BE"))
                .vatId("0123456748").endpointScheme("0208").endpointId("0123456748").build();
        assertThat(exporter.missingData(TestViews.tenant().build(), UblSamples.customer().party(badBuyer).build()))
                .containsExactly(Terms.BUYER_ENDPOINT, Terms.BUYER_VAT_ID);
        InvoiceView invoice = UblSamples.invoice().buyer(UblSamples.customer().party(badBuyer).build()).build();
        assertThatThrownBy(() -> export(invoice, context)).isInstanceOf(ExportException.class)
                .hasMessageContaining("PEPPOL-COMMON-R043").hasMessageContaining("BR-CO-09");
        List<String> errors = Phive.peppol(UblWriter.write(invoice, new PeppolProfile()));
        assertThat(errors).anyMatch(error -> error.startsWith("PEPPOL-COMMON-R043"))
                .anyMatch(error -> error.startsWith("BR-CO-09"));
    }

    /** With serveImportedOriginal on, an invoice imported from UBL is served byte for byte; off (the default) a new document is written. */
    @Test
    void servesTheImportedOriginalWhenTheTenantWishes() throws Exception {
        byte[] original = PhiveControlsTest.fixture("base-example");
        InvoiceView imported = UblSamples.invoice().source(InvoiceView.SourceDocument.of("application/xml", original)).build();

        assertThat(export(imported, UblSamples.context(Map.of(UblInvoiceExporter.SERVE_ORIGINAL, "true")))).isEqualTo(original);
        byte[] fresh = export(imported, context);
        assertThat(fresh).isNotEqualTo(original);
        assertValid(fresh);
    }

    /** A source that is not UBL (a PDF, or XML of another vocabulary) is never served as the UBL download. */
    @Test
    void aSourceThatIsNotUblIsNotServed() throws Exception {
        ExportContext on = UblSamples.context(Map.of(UblInvoiceExporter.SERVE_ORIGINAL, "true"));
        InvoiceView pdf = UblSamples.invoice().source(InvoiceView.SourceDocument.of("application/pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).build();
        InvoiceView otherXml = UblSamples.invoice().source(InvoiceView.SourceDocument.of("application/xml",
                "<invoice xmlns=\"urn:invoiceportal:invoice:1\"/>".getBytes(StandardCharsets.UTF_8))).build();
        assertValid(export(pdf, on));
        assertValid(export(otherXml, on));
    }

    private byte[] export(InvoiceView invoice, ExportContext exportContext) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(invoice, exportContext, out);
        return out.toByteArray();
    }

    static void assertValid(byte[] xml) {
        assertThat(Phive.peppol(xml)).as("Peppol BIS 3 errors in%n%s", new String(xml, StandardCharsets.UTF_8)).isEmpty();
        assertThat(Phive.en16931(xml)).as("EN 16931 errors").isEmpty();
    }
}
