package io.invoiceportal.plugins.xrechnung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.testkit.TestViews;
import io.invoiceportal.plugins.ubl.Terms;
import io.invoiceportal.plugins.ubl.UblSamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The XRechnung exporter under KoSIT's XRechnung 3.0.2 rules, and its refusals. */
class XRechnungExporterTest {

    private final XRechnungExporter exporter = new XRechnungExporter();

    /** The official XRechnung example is valid, and a copy without its buyer reference (Leitweg-ID) is not: the validator's controls. */
    @Test
    void validatorAcceptsTheOfficialExampleAndRejectsABrokenCopy() throws IOException {
        byte[] official;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/xrechnung/01.01a-INVOICE_ubl.xml")) {
            official = in.readAllBytes();
        }
        XRechnungRules.assertValid(official);
        String broken = new String(official, StandardCharsets.UTF_8).replaceFirst("<cbc:BuyerReference>[^<]*</cbc:BuyerReference>", "");
        assertThat(XRechnungRules.errors(broken.getBytes(StandardCharsets.UTF_8))).anyMatch(error -> error.startsWith("BR-DE-15"));
    }

    /** An invoice, a credit note and an invoice with every optional part are valid XRechnung 3.0.2 with the CIUS id. */
    @Test
    void exportsAreValid() throws Exception {
        for (InvoiceView invoice : List.of(XRechnungSamples.invoice().build(), XRechnungSamples.rich().build(),
                XRechnungSamples.invoice().invoiceNumber("2025-C-1").documentType(InvoiceView.DocumentType.CREDIT_NOTE)
                        .precedingInvoice(InvoiceView.PrecedingInvoice.of("2025-0041", null)).build())) {
            byte[] xml = export(invoice);
            XRechnungRules.assertValid(xml);
            assertThat(new String(xml, StandardCharsets.UTF_8))
                    .contains("<cbc:CustomizationID>" + XRechnungProfile.CUSTOMIZATION_ID + "</cbc:CustomizationID>")
                    .contains("<cbc:BuyerReference>" + XRechnungSamples.LEITWEG_ID + "</cbc:BuyerReference>");
        }
    }

    /** The validator catches a broken export: without the seller's contact BR-DE-2 fails. */
    @Test
    void validatorRejectsAnAlteredExport() throws Exception {
        String xml = new String(export(XRechnungSamples.invoice().build()), StandardCharsets.UTF_8);
        String broken = xml.replaceFirst("(?s)<cac:Contact>.*?</cac:Contact>", "");
        assertThat(broken).isNotEqualTo(xml);
        assertThat(XRechnungRules.errors(broken.getBytes(StandardCharsets.UTF_8))).anyMatch(error -> error.startsWith("BR-DE-2"));
    }

    /** missingData names the seller contact's name, phone and e-mail (BR-DE-5/6/7) and the buyer's city and post code (BR-DE-8/9). */
    @Test
    void missingDataNamesTheGermanRules() {
        PartyView noContact = XRechnungSamples.seller().contact(null).build();
        var buyer = XRechnungSamples.buyer().party(PartyView.builder().legalName("Amt")
                .address(PartyView.AddressView.of(null, null, null, "DE")).endpointScheme("0204")
                .endpointId(XRechnungSamples.LEITWEG_ID).build()).build();
        assertThat(exporter.missingData(TestViews.tenant().seller(noContact).build(), buyer)).containsExactly(
                Terms.SELLER_CONTACT, Terms.SELLER_PHONE, Terms.SELLER_EMAIL, Terms.BUYER_CITY, Terms.BUYER_POSTCODE);
        assertThat(exporter.missingData(XRechnungSamples.tenant(), XRechnungSamples.buyer().build())).isEmpty();
    }

    /** An order reference does not replace the Leitweg-ID: without a buyer reference the export names BT-10 (BR-DE-15). */
    @Test
    void refusesAnInvoiceWithoutBuyerReference() {
        InvoiceView invoice = XRechnungSamples.invoice().buyerReference(null).orderReference("PO-1").build();
        assertThatThrownBy(() -> export(invoice)).isInstanceOfSatisfying(ExportException.class,
                e -> assertThat(e.missingTerms()).containsExactly(Terms.BUYER_REFERENCE)).hasMessageContaining("BR-DE-15");
    }

    /** Without payment instructions (no means, no seller IBAN) the export names BT-81 (BR-DE-1); a Dutch seller's Peppol-only rules do not apply. */
    @Test
    void refusesAnInvoiceWithoutPaymentInstructions() throws Exception {
        InvoiceView invoice = XRechnungSamples.invoice().payment(null)
                .seller(XRechnungSamples.seller().iban(null).build()).build();
        assertThatThrownBy(() -> export(invoice)).isInstanceOfSatisfying(ExportException.class,
                e -> assertThat(e.missingTerms()).containsExactly(Terms.PAYMENT_MEANS)).hasMessageContaining("BR-DE-1");
        InvoiceView dutchSeller = XRechnungSamples.invoice().seller(UblSamples.seller().build()).build();
        XRechnungRules.assertValid(export(dutchSeller));
    }

    /** A payment account that is not an IBAN (BT-84 allows any account identifier) exports valid, by credit transfer (30) and by SEPA credit transfer (58). */
    @Test
    void exportsAnAccountThatIsNotAnIban() throws Exception {
        for (String code : List.of("30", "58")) {
            XRechnungRules.assertValid(export(XRechnungSamples.invoice()
                    .payment(InvoiceView.Payment.of(code, "1234567891234", "2025-0042")).build()));
        }
    }

    /** An invoice not subject to VAT cannot be XRechnung (EN 16931 forbids the rate BR-DE-14 requires): refused, nothing written. */
    @Test
    void refusesAnInvoiceNotSubjectToVat() {
        InvoiceView.Line line = TestViews.books().vatCategory("O").vatRate(null).build();
        InvoiceView invoice = XRechnungSamples.invoice().lines(List.of(line))
                .vatBreakdown(List.of(InvoiceView.VatBreakdown.of("O", null, new BigDecimal("40.00"), new BigDecimal("0.00"))))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> exporter.export(invoice, XRechnungSamples.context(), out))
                .isInstanceOf(ExportException.class).hasMessageContaining("BR-DE-14");
        assertThat(out.size()).isZero();
    }

    private byte[] export(InvoiceView invoice) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(invoice, XRechnungSamples.context(), out);
        return out.toByteArray();
    }
}
