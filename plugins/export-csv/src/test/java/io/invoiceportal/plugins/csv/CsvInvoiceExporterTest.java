package io.invoiceportal.plugins.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.testkit.TestViews;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvInvoiceExporterTest {

    private static final Locale DUTCH = TestViews.DUTCH;

    private final CsvInvoiceExporter exporter = new CsvInvoiceExporter();

    @Test
    void startsWithUtf8ByteOrderMarkSoExcelReadsAccents() throws Exception {
        byte[] bytes = export(invoice("Koffie"), DUTCH);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text(bytes)).startsWith("Factuurnummer;Factuurdatum;");
    }

    @Test
    void writesOneRowPerLineWithInvoiceFieldsAndTotalsRepeated() throws Exception {
        List<String[]> rows = parse(export(invoice("Koffie"), DUTCH));

        assertThat(rows).hasSize(3);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(42));
        assertThat(rows.get(0)).startsWith(
                "Factuurnummer", "Factuurdatum", "Vervaldatum", "Valuta", "Referentie koper",
                "Klantnummer", "Klant", "Btw-nummer klant", "Leverancier", "Btw-nummer leverancier",
                "Regel", "Omschrijving", "Aantal", "Eenheid", "Prijs per eenheid",
                "Btw-categorie", "Btw %", "Regelbedrag excl. btw",
                "Factuurtotaal excl. btw", "Btw-totaal factuur", "Factuurtotaal incl. btw", "Te betalen",
                "Betalingskenmerk", "IBAN");
        assertThat(rows.get(1)).startsWith(
                "2025-0042", "2025-03-14", "2025-04-13", "EUR", "PO 7781",
                "00123", "Bakkerij Ruiz B.V.", "NL001234567B01", "Acme Diensten B.V.", "NL999999999B01",
                "1", "Koffie", "1,5", "kg", "12,50",
                "S", "21", "18,75",
                "58,75", "7,54", "66,29", "66,29",
                "RF18 5390 0754 7034", "NL91ABNA0417164300");
        assertThat(rows.get(2)).startsWith(
                "2025-0042", "2025-03-14", "2025-04-13", "EUR", "PO 7781",
                "00123", "Bakkerij Ruiz B.V.", "NL001234567B01", "Acme Diensten B.V.", "NL999999999B01",
                "2", "Boeken", "4", "st.", "10,00",
                "S", "9", "40,00",
                "58,75", "7,54", "66,29", "66,29",
                "RF18 5390 0754 7034", "NL91ABNA0417164300");
    }

    @Test
    void separatesFieldsWithSemicolonsAndRecordsWithCrLf() throws Exception {
        String csv = text(export(invoice("Koffie"), DUTCH));

        assertThat(csv).endsWith("\r\n");
        assertThat(csv.split("\r\n", -1)).hasSize(4);
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(csv.lines().findFirst().orElseThrow().split(";", -1)).hasSize(42);
        assertThat(csv).contains(";1,5;kg;12,50;S;21;18,75;");
    }

    @Test
    void quotesTextWithQuotesSemicolonsAndNewlinesSoItReadsBackUnchanged() throws Exception {
        String tricky = "Taart \"de luxe\"; met slagroom\nen aardbeien";

        byte[] bytes = export(invoice(tricky), DUTCH);

        assertThat(text(bytes)).contains(";\"Taart \"\"de luxe\"\"; met slagroom\nen aardbeien\";");
        assertThat(parse(bytes).get(1)[11]).isEqualTo(tricky);
    }

    @Test
    void prefixesTextThatExcelWouldRunAsAFormula() throws Exception {
        assertThat(parse(export(invoice("=HYPERLINK(\"http://evil\")"), DUTCH)).get(1)[11])
                .isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvInvoiceExporter.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvInvoiceExporter.text("Gewoon")).isEqualTo("Gewoon");
    }

    @Test
    void keepsNegativeAmountsNumeric() {
        assertThat(CsvInvoiceExporter.amount(new BigDecimal("-10.00"))).isEqualTo("-10,00");
        assertThat(CsvInvoiceExporter.number(new BigDecimal("1E+1"))).isEqualTo("10");
        assertThat(CsvInvoiceExporter.number(new BigDecimal("0.000"))).isEqualTo("0");
    }

    @Test
    void namesHeadersInEnglishForEnglishReadersButKeepsTheLayout() throws Exception {
        List<String[]> rows = parse(export(invoice("Coffee"), Locale.ENGLISH));

        assertThat(rows.get(0)).startsWith("Invoice number", "Issue date", "Due date");
        assertThat(rows.get(0)).contains("Invoice total incl. VAT", "Amount due");
        assertThat(rows.get(1)[17]).isEqualTo("18,75");
        assertThat(rows.get(2)[13]).as("the unit, named as on the PDF").isEqualTo("pcs");
        assertThat(exporter.displayName(Locale.ENGLISH)).isEqualTo("CSV file for Excel");
        assertThat(exporter.displayName(DUTCH)).isEqualTo("CSV-bestand voor Excel");
    }

    @Test
    void describesItself() {
        assertThat(exporter.id()).isEqualTo("csv");
        assertThat(exporter.mediaType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(exporter.fileExtension()).isEqualTo("csv");
    }

    private byte[] export(InvoiceView invoice, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(invoice, context(locale), out);
        return out.toByteArray();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    private static List<String[]> parse(byte[] bytes) throws Exception {
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text(bytes)))
                .withCSVParser(new CSVParserBuilder().withSeparator(';').build())
                .build()) {
            return reader.readAll();
        }
    }

    private static ExportContext context(Locale locale) {
        return TestViews.exportContext().locale(locale).build();
    }

    /** The test kit's invoice, its first line named as given, with amounts written with trailing zeros. */
    static InvoiceView invoice(String firstLineName) {
        return TestViews.invoice()
                .category("diensten")
                .lines(List.of(
                        TestViews.coffee().name(firstLineName).quantity(new BigDecimal("1.500"))
                                .vatRate(new BigDecimal("21.00")).build(),
                        TestViews.books().build()))
                .vatBreakdown(List.of(
                        InvoiceView.VatBreakdown.of("S", new BigDecimal("21.00"), new BigDecimal("18.75"), new BigDecimal("3.94")),
                        InvoiceView.VatBreakdown.of("S", new BigDecimal("9.00"), new BigDecimal("40.00"), new BigDecimal("3.60"))))
                .build();
    }
}
