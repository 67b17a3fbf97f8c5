package io.invoiceportal.plugins.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.testkit.TestViews;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Columns 25-42 of the CSV: the EN 16931 terms of plugin API 1.1. */
class CsvEn16931TermsTest {

    private final CsvInvoiceExporter exporter = new CsvInvoiceExporter();

    /** A credit note's rows name the document type in the reader's language with its code and the corrected invoice. */
    @Test
    void marksACreditNoteAndItsPrecedingInvoice() throws Exception {
        List<String[]> dutch = parse(export(creditNote(), TestViews.DUTCH));
        List<String[]> english = parse(export(creditNote(), Locale.ENGLISH));

        assertThat(tail(dutch.get(0))).startsWith("Soort document", "Documentcode", "Gecorrigeerde factuur",
                "Datum gecorrigeerde factuur");
        assertThat(tail(dutch.get(1))).startsWith("Creditnota", "381", "2025-0040", "2025-02-28");
        assertThat(tail(english.get(0))).startsWith("Document type", "Document type code", "Preceding invoice");
        assertThat(tail(english.get(2))).startsWith("Credit note", "381", "2025-0040", "2025-02-28");
    }

    /** An ordinary invoice says "Factuur" and 380 and leaves the preceding invoice empty. */
    @Test
    void marksAnInvoice() throws Exception {
        String[] row = parse(export(CsvInvoiceExporterTest.invoice("Koffie"), TestViews.DUTCH)).get(1);

        assertThat(tail(row)).startsWith("Factuur", "380", "", "");
        assertThat(tail(row)).endsWith("0,00", "0,00", "0,00");
    }

    /** References, dates, notes, line details, the line category's exemption and the adjustment totals fill their columns. */
    @Test
    void carriesReferencesNotesLineDetailsExemptionAndTotals() throws Exception {
        List<String[]> rows = parse(export(creditNote(), TestViews.DUTCH));

        assertThat(Arrays.copyOfRange(rows.get(0), 28, 42)).containsExactly("Ordernummer", "Contractnummer",
                "Leverdatum", "Betalingsvoorwaarden", "Opmerking", "Regelopmerking", "Periode vanaf",
                "Periode tot en met", "Artikelnummer verkoper", "Vrijstellingsreden btw", "Vrijstellingscode btw",
                "Totaal kortingen", "Totaal toeslagen", "Vooruitbetaald");
        assertThat(Arrays.copyOfRange(rows.get(1), 28, 42)).containsExactly("PO-55", "CT-12", "2025-03-01",
                "Verrekend met de volgende factuur", "Retour na klacht", "Partij 7", "2025-02-01", "2025-02-28",
                "KOF-1", "", "", "5,00", "2,00", "10,00");
        assertThat(Arrays.copyOfRange(rows.get(2), 33, 39)).containsExactly("", "", "", "", "Uitvoer buiten de EU",
                "VATEX-EU-G");
    }

    // ---- fixtures

    private static String[] tail(String[] row) {
        return Arrays.copyOfRange(row, 24, row.length);
    }

    private byte[] export(InvoiceView invoice, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(invoice, TestViews.exportContext().locale(locale).build(), out);
        return out.toByteArray();
    }

    private static List<String[]> parse(byte[] bytes) throws Exception {
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(new String(bytes, 3, bytes.length - 3,
                StandardCharsets.UTF_8))).withCSVParser(new CSVParserBuilder().withSeparator(';').build()).build()) {
            return reader.readAll();
        }
    }

    /** Coffee (21 %, with period, note and item id) and books exported outside the EU (G, with reason). */
    static InvoiceView creditNote() {
        return TestViews.invoice()
                .documentType(InvoiceView.DocumentType.CREDIT_NOTE)
                .precedingInvoice(InvoiceView.PrecedingInvoice.of("2025-0040", LocalDate.of(2025, 2, 28)))
                .orderReference("PO-55")
                .contractReference("CT-12")
                .deliveryDate(LocalDate.of(2025, 3, 1))
                .paymentTerms("Verrekend met de volgende factuur")
                .note("Retour na klacht")
                .lines(List.of(
                        TestViews.coffee().note("Partij 7").sellerItemId("KOF-1")
                                .periodStart(LocalDate.of(2025, 2, 1)).periodEnd(LocalDate.of(2025, 2, 28)).build(),
                        TestViews.books().vatCategory("G").vatRate(BigDecimal.ZERO).build()))
                .vatBreakdown(List.of(
                        InvoiceView.VatBreakdown.of("S", new BigDecimal("21"), new BigDecimal("15.75"), new BigDecimal("3.31")),
                        InvoiceView.VatBreakdown.of("G", BigDecimal.ZERO, new BigDecimal("40.00"), new BigDecimal("0.00"),
                                "Uitvoer buiten de EU", "VATEX-EU-G")))
                .totals(InvoiceView.Totals.builder()
                        .lineTotal(new BigDecimal("58.75"))
                        .allowanceTotal(new BigDecimal("5.00"))
                        .chargeTotal(new BigDecimal("2.00"))
                        .taxExclusive(new BigDecimal("55.75"))
                        .taxTotal(new BigDecimal("3.31"))
                        .taxInclusive(new BigDecimal("59.06"))
                        .prepaidAmount(new BigDecimal("10.00"))
                        .payable(new BigDecimal("49.06"))
                        .build())
                .build();
    }
}
