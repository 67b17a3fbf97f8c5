package io.invoiceportal.plugins.pdf;

import static io.invoiceportal.plugins.pdf.PdfInvoiceExporterTest.DUTCH;
import static io.invoiceportal.plugins.pdf.PdfInvoiceExporterTest.ENGLISH;
import static io.invoiceportal.plugins.pdf.PdfInvoiceExporterTest.baseInvoice;
import static io.invoiceportal.plugins.pdf.PdfInvoiceExporterTest.context;
import static io.invoiceportal.plugins.pdf.PdfInvoiceExporterTest.normalised;
import static io.invoiceportal.plugins.pdf.PdfInvoiceExporterTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.InvoiceView.DocumentType;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The EN 16931 terms of plugin API 1.1 on the PDF: credit notes, references, adjustments, exemptions. */
class PdfEn16931TermsTest {

    private final PdfInvoiceExporter exporter = new PdfInvoiceExporter();

    /** A credit note is titled "Creditnota" with its own number and date labels and names the invoice it corrects. */
    @Test
    void titlesACreditNoteInDutch() throws Exception {
        String text = normalised(text(export(document(DocumentType.CREDIT_NOTE), DUTCH)));

        assertThat(text).contains("CREDITNOTA AAN", "Creditnota", "Creditnotanummer 2026-000123",
                "Creditnotadatum 1 november 2026", "Correctie op factuur 2026-000100 van 1 oktober 2026",
                "Gecrediteerd € 668,70");
        assertThat(text).doesNotContain("Factuurnummer", "FACTUUR AAN", "Te betalen", "Gelieve");
    }

    /** In English the credit note reads "Credit note" and the amount is "Credited", with no request to pay. */
    @Test
    void titlesACreditNoteInEnglish() throws Exception {
        String text = normalised(text(export(document(DocumentType.CREDIT_NOTE), ENGLISH)));

        assertThat(text).contains("CREDIT TO", "Credit note number 2026-000123", "Credit note date November 1, 2026",
                "Corrects invoice 2026-000100 of October 1, 2026", "Credited €668.70",
                "Payment terms: Settled with the next invoice");
        assertThat(text).doesNotContain("Invoice number", "To pay", "Please transfer");
    }

    /** The PDF's document title (shown by viewers) names the kind of document in the reader's language. */
    @Test
    void namesTheCreditNoteInTheDocumentTitle() throws Exception {
        try (PDDocument nl = Loader.loadPDF(export(document(DocumentType.CREDIT_NOTE), DUTCH));
                PDDocument en = Loader.loadPDF(export(document(DocumentType.CREDIT_NOTE), ENGLISH))) {
            assertThat(nl.getDocumentInformation().getTitle()).isEqualTo("Creditnota 2026-000123");
            assertThat(en.getDocumentInformation().getTitle()).isEqualTo("Credit note 2026-000123");
        }
    }

    /** References, delivery date, the note, line notes and periods are printed with Dutch labels. */
    @Test
    void printsReferencesNoteAndLineDetailsInDutch() throws Exception {
        String text = normalised(text(export(document(DocumentType.INVOICE), DUTCH)));

        assertThat(text).contains("Ordernummer PO-2026-55", "Contract CT-12", "Leverdatum 15 oktober 2026",
                "Levering volgens raamovereenkomst; vragen via support@zuid.example",
                "Periode 1 oktober 2026 t/m 31 oktober 2026", "Storingsdienst inbegrepen",
                "Betalingsvoorwaarden: Settled with the next invoice");
    }

    /** Document allowances and charges stand between the subtotal and the total, then prepaid and amount due. */
    @Test
    void printsAllowancesChargesPrepaidAndAmountDue() throws Exception {
        String nl = normalised(text(export(document(DocumentType.INVOICE), DUTCH)));
        String en = normalised(text(export(document(DocumentType.INVOICE), ENGLISH)));

        assertThat(nl).containsSubsequence("Subtotaal € 700,00", "Korting: Vaste-klantkorting (21%) € -50,00",
                "Toeslag: Vracht (21%) € 20,00", "Totaal excl. btw € 670,00", "Btw € 98,70",
                "Totaal incl. btw € 768,70", "Reeds betaald € 100,00", "Te betalen € 668,70");
        assertThat(en).containsSubsequence("Subtotal €700.00", "Allowance: Vaste-klantkorting (21%) -€50.00",
                "Charge: Vracht (21%) €20.00", "Total excl. VAT €670.00", "Already paid €100.00", "To pay €668.70");
    }

    /** An exempt VAT category shows its exemption reason and VATEX code under its row; the long name wraps clear of the amounts. */
    @Test
    void printsTheExemptionReasonInTheVatBreakdown() throws Exception {
        assertThat(normalised(text(export(document(DocumentType.INVOICE), DUTCH))))
                .contains("Export buiten de EU € 200,00 € 0,00 (G) Reden: Uitvoer buiten de EU (VATEX-EU-G)");
        assertThat(normalised(text(export(document(DocumentType.INVOICE), ENGLISH))))
                .contains("Export outside the EU €200.00 €0.00 (G) Reason: Uitvoer buiten de EU (VATEX-EU-G)");
    }

    /** An allowance without a reason text is named by its code; a very long reason is shortened, not overprinted. */
    @Test
    void namesAnAllowanceByCodeAndShortensLongReasons() throws Exception {
        InvoiceView invoice = InvoiceView.builder(document(DocumentType.INVOICE))
                .allowances(List.of(InvoiceView.AllowanceCharge.of(new BigDecimal("50.00"), null, "95", "S",
                        new BigDecimal("21"))))
                .charges(List.of(InvoiceView.AllowanceCharge.of(new BigDecimal("20.00"),
                        "Vracht en verzekering over de volledige route van magazijn tot afleveradres", null, "S",
                        new BigDecimal("21"))))
                .build();

        String text = normalised(text(export(invoice, DUTCH)));

        assertThat(text).contains("Korting: 95 (21%) € -50,00", "Toeslag: Vracht en verzekering", "… € 20,00");
        assertThat(text).doesNotContain("afleveradres");
    }

    // ---- fixtures

    private byte[] export(InvoiceView invoice, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(invoice, context(locale), out);
        return out.toByteArray();
    }

    /**
     * Two lines (€ 500 at 21 %, € 200 exported outside the EU), an allowance of € 50 and a charge of € 20
     * at 21 %, € 100 prepaid: € 670 excl. VAT, € 98,70 VAT, € 668,70 due.
     */
    static InvoiceView document(DocumentType type) {
        InvoiceView.Line service = InvoiceView.Line.builder()
                .id("1").name("Servicekosten gebouwbeheer").quantity(new BigDecimal("2")).unitCode("C62")
                .unitPrice(new BigDecimal("250.00")).vatCategory("S").vatRate(new BigDecimal("21"))
                .lineAmount(new BigDecimal("500.00"))
                .periodStart(LocalDate.of(2026, 10, 1)).periodEnd(LocalDate.of(2026, 10, 31))
                .note("Storingsdienst inbegrepen")
                .build();
        InvoiceView.Line export = InvoiceView.Line.builder()
                .id("2").name("Reserveonderdelen").quantity(BigDecimal.ONE).unitCode("C62")
                .unitPrice(new BigDecimal("200.00")).vatCategory("G").vatRate(BigDecimal.ZERO)
                .lineAmount(new BigDecimal("200.00"))
                .build();
        return baseInvoice()
                .documentType(type)
                .precedingInvoice(type == DocumentType.CREDIT_NOTE
                        ? InvoiceView.PrecedingInvoice.of("2026-000100", LocalDate.of(2026, 10, 1)) : null)
                .orderReference("PO-2026-55")
                .contractReference("CT-12")
                .deliveryDate(LocalDate.of(2026, 10, 15))
                .paymentTerms("Settled with the next invoice")
                .note("Levering volgens raamovereenkomst; vragen via support@zuid.example")
                .lines(List.of(service, export))
                .allowances(List.of(InvoiceView.AllowanceCharge.of(new BigDecimal("50.00"), "Vaste-klantkorting",
                        "95", "S", new BigDecimal("21"))))
                .charges(List.of(InvoiceView.AllowanceCharge.of(new BigDecimal("20.00"), "Vracht", "FC", "S",
                        new BigDecimal("21"))))
                .vatBreakdown(List.of(
                        InvoiceView.VatBreakdown.of("S", new BigDecimal("21"), new BigDecimal("470.00"),
                                new BigDecimal("98.70")),
                        InvoiceView.VatBreakdown.of("G", BigDecimal.ZERO, new BigDecimal("200.00"),
                                new BigDecimal("0.00"), "Uitvoer buiten de EU", "VATEX-EU-G")))
                .totals(InvoiceView.Totals.builder()
                        .lineTotal(new BigDecimal("700.00"))
                        .allowanceTotal(new BigDecimal("50.00"))
                        .chargeTotal(new BigDecimal("20.00"))
                        .taxExclusive(new BigDecimal("670.00"))
                        .taxTotal(new BigDecimal("98.70"))
                        .taxInclusive(new BigDecimal("768.70"))
                        .prepaidAmount(new BigDecimal("100.00"))
                        .payable(new BigDecimal("668.70"))
                        .build())
                .build();
    }
}
