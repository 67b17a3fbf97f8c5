package io.invoiceportal.plugins.xml;

import static io.invoiceportal.plugins.xml.XmlChecks.count;
import static io.invoiceportal.plugins.xml.XmlChecks.parse;
import static io.invoiceportal.plugins.xml.XmlChecks.text;
import static io.invoiceportal.plugins.xml.XmlChecks.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Schema 1.1 of the invoice XML: the EN 16931 terms of plugin API 1.1, validated against the shipped XSD. */
class XmlEn16931TermsTest {

    private static final URL XSD = XmlEn16931TermsTest.class.getResource("/xsd/invoice-1.xsd");
    private static final String INV = "/i:invoice/";

    private final XmlInvoiceExporter exporter = new XmlInvoiceExporter();

    /** A credit note carrying every new term validates against the shipped schema without errors or warnings. */
    @Test
    void creditNoteWithEveryTermValidates() throws Exception {
        assertThat(validate(export(creditNote()), XSD)).isEmpty();
    }

    /** The document type, the corrected invoice, references, dates, terms and note read back as they went in. */
    @Test
    void readsBackDocumentTypeReferencesAndNote() throws Exception {
        Document doc = parse(export(creditNote()));

        assertThat(text(doc, "/i:invoice/@documentType")).isEqualTo("credit-note");
        assertThat(text(doc, INV + "i:precedingInvoice/i:number")).isEqualTo("2026-000100");
        assertThat(text(doc, INV + "i:precedingInvoice/i:issueDate")).isEqualTo("2026-10-01");
        assertThat(text(doc, INV + "i:orderReference")).isEqualTo("PO-55");
        assertThat(text(doc, INV + "i:contractReference")).isEqualTo("CT-12");
        assertThat(text(doc, INV + "i:deliveryDate")).isEqualTo("2026-10-15");
        assertThat(text(doc, INV + "i:paymentTerms")).isEqualTo("Verrekenen met de volgende factuur");
        assertThat(text(doc, INV + "i:note")).isEqualTo("Retour na klacht");
        assertThat(text(doc, INV + "i:seller/i:contact/i:email")).isEqualTo("facturen@ariens.example");
    }

    /** Allowances and charges, exemption reasons, line details and the new totals are written where the schema puts them. */
    @Test
    void readsBackAdjustmentsExemptionsLineDetailsAndTotals() throws Exception {
        Document doc = parse(export(creditNote()));

        assertThat(count(doc, INV + "i:allowances/i:allowance")).isEqualTo(1);
        assertThat(text(doc, INV + "i:allowances/i:allowance/i:amount")).isEqualTo("5.00");
        assertThat(text(doc, INV + "i:allowances/i:allowance/i:reasonCode")).isEqualTo("95");
        assertThat(text(doc, INV + "i:charges/i:charge/i:reason")).isEqualTo("Vracht");
        assertThat(text(doc, INV + "i:charges/i:charge/i:vatRate")).isEqualTo("21");
        assertThat(text(doc, INV + "i:vatBreakdown/i:vatSubtotal[i:vatCategory='E']/i:exemptionReasonCode"))
                .isEqualTo("VATEX-EU-132");
        assertThat(text(doc, INV + "i:lines/i:line[1]/i:note")).isEqualTo("Partij 7");
        assertThat(text(doc, INV + "i:lines/i:line[1]/i:sellerItemId")).isEqualTo("KET-1");
        assertThat(text(doc, INV + "i:lines/i:line[1]/i:standardItemId/@scheme")).isEqualTo("0160");
        assertThat(text(doc, INV + "i:lines/i:line[1]/i:period/i:end")).isEqualTo("2026-10-31");
        assertThat(text(doc, INV + "i:totals/i:allowanceTotal")).isEqualTo("5.00");
        assertThat(text(doc, INV + "i:totals/i:chargeTotal")).isEqualTo("2.00");
        assertThat(text(doc, INV + "i:totals/i:prepaidAmount")).isEqualTo("10.00");
        assertThat(text(doc, INV + "i:totals/i:amountDue")).isEqualTo("183.67");
    }

    /** An ordinary invoice says documentType="invoice" and writes no empty allowance or charge wrappers. */
    @Test
    void marksAnInvoiceAndLeavesOutWhatIsAbsent() throws Exception {
        Document doc = parse(export(SampleInvoices.full()));

        assertThat(text(doc, "/i:invoice/@documentType")).isEqualTo("invoice");
        assertThat(count(doc, INV + "i:allowances") + count(doc, INV + "i:charges")
                + count(doc, INV + "i:precedingInvoice") + count(doc, INV + "i:note")).isZero();
    }

    /** A version 1.0 document, without any of the 1.1 parts, is still valid under the 1.1 schema (additive change). */
    @Test
    void documentsOfVersion10StayValid() throws Exception {
        String xml = new String(export(SampleInvoices.full()), StandardCharsets.UTF_8)
                .replace(" documentType=\"invoice\"", "")
                .replaceAll("\\s*<(allowanceTotal|chargeTotal|prepaidAmount)>[^<]*</\\1>", "");

        assertThat(xml).doesNotContain("documentType", "prepaidAmount");
        assertThat(validate(xml.getBytes(StandardCharsets.UTF_8), XSD)).isEmpty();
    }

    /** The schema checks the new terms too: an unknown document type or a 1.1 element out of place is refused. */
    @Test
    void schemaRefusesUnknownDocumentTypeAndMisplacedElements() throws Exception {
        String xml = new String(export(creditNote()), StandardCharsets.UTF_8);

        assertThat(validate(xml.replace("documentType=\"credit-note\"", "documentType=\"refund\"")
                .getBytes(StandardCharsets.UTF_8), XSD)).anyMatch(problem -> problem.contains("refund"));
        assertThat(validate(xml.replace("<orderReference>PO-55</orderReference>", "")
                .replace("<invoiceNumber>", "<orderReference>PO-55</orderReference><invoiceNumber>")
                .getBytes(StandardCharsets.UTF_8), XSD)).anyMatch(problem -> problem.contains("orderReference"));
    }

    // ---- fixtures

    private byte[] export(InvoiceView invoice) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(invoice, SampleInvoices.context(), out);
        return out.toByteArray();
    }

    /**
     * The sample invoice as a credit note with every 1.1 term: its first line with note, item ids and
     * period, a third line exempt (E), an allowance of 5.00 and a charge of 2.00, 10.00 prepaid.
     */
    static InvoiceView creditNote() {
        InvoiceView full = SampleInvoices.full();
        InvoiceView.Line first = full.lines().getFirst();
        InvoiceView.Line kettle = InvoiceView.Line.builder()
                .id(first.id()).name(first.name()).quantity(first.quantity()).unitCode(first.unitCode())
                .unitPrice(first.unitPrice()).vatCategory("S").vatRate(first.vatRate()).lineAmount(first.lineAmount())
                .note("Partij 7").sellerItemId("KET-1")
                .standardItemId(InvoiceView.ItemId.of("0160", "8712345678906"))
                .periodStart(LocalDate.of(2026, 10, 1)).periodEnd(LocalDate.of(2026, 10, 31))
                .build();
        InvoiceView.Line exempt = InvoiceView.Line.builder()
                .id("2").name("Cursus veilig werken").quantity(BigDecimal.ONE).unitCode("C62")
                .unitPrice(new BigDecimal("40.00")).vatCategory("E").lineAmount(new BigDecimal("40.00"))
                .build();
        PartyView seller = PartyView.builder()
                .legalName(full.seller().legalName()).vatId(full.seller().vatId()).iban(full.seller().iban())
                .contact(PartyView.Contact.of("Debiteuren", "+31 26 000 0000", "facturen@ariens.example"))
                .build();
        return InvoiceView.builder(full)
                .seller(seller)
                .documentType(InvoiceView.DocumentType.CREDIT_NOTE)
                .precedingInvoice(InvoiceView.PrecedingInvoice.of("2026-000100", LocalDate.of(2026, 10, 1)))
                .orderReference("PO-55")
                .contractReference("CT-12")
                .deliveryDate(LocalDate.of(2026, 10, 15))
                .paymentTerms("Verrekenen met de volgende factuur")
                .note("Retour na klacht")
                .lines(List.of(kettle, exempt))
                .allowances(List.of(InvoiceView.AllowanceCharge.of(new BigDecimal("5.00"), null, "95", "S",
                        new BigDecimal("21"))))
                .charges(List.of(InvoiceView.AllowanceCharge.of(new BigDecimal("2.00"), "Vracht", "FC", "S",
                        new BigDecimal("21"))))
                .vatBreakdown(List.of(
                        InvoiceView.VatBreakdown.of("S", new BigDecimal("21"), new BigDecimal("127.00"),
                                new BigDecimal("26.67")),
                        InvoiceView.VatBreakdown.of("E", null, new BigDecimal("40.00"), new BigDecimal("0.00"),
                                "Vrijgestelde opleiding", "VATEX-EU-132")))
                .totals(InvoiceView.Totals.builder()
                        .lineTotal(new BigDecimal("170.00"))
                        .allowanceTotal(new BigDecimal("5.00"))
                        .chargeTotal(new BigDecimal("2.00"))
                        .taxExclusive(new BigDecimal("167.00"))
                        .taxTotal(new BigDecimal("26.67"))
                        .taxInclusive(new BigDecimal("193.67"))
                        .prepaidAmount(new BigDecimal("10.00"))
                        .payable(new BigDecimal("183.67"))
                        .build())
                .build();
    }
}
