package io.invoiceportal.plugins.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.TenantView;
import io.invoiceportal.plugin.testkit.TestViews;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfInvoiceExporterTest {

    static final Locale DUTCH = Locale.of("nl", "NL");
    static final Locale ENGLISH = Locale.ENGLISH;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T09:30:00Z"), ZoneId.of("Europe/Amsterdam"));

    private final PdfInvoiceExporter exporter = new PdfInvoiceExporter();

    /** The exporter announces itself as id {@code pdf}, "PDF-bestand" / "PDF file", {@code application/pdf}, {@code .pdf}. */
    @Test
    void describesItselfAsPdf() {
        assertThat(exporter.id()).isEqualTo("pdf");
        assertThat(exporter.displayName(DUTCH)).isEqualTo("PDF-bestand");
        assertThat(exporter.displayName(Locale.ENGLISH)).isEqualTo("PDF file");
        assertThat(exporter.mediaType()).isEqualTo("application/pdf");
        assertThat(exporter.fileExtension()).isEqualTo("pdf");
    }

    /** A Dutch invoice shows number, parties with accents, IBAN and the Dutch labels. */
    @Test
    void printsInvoiceDetailsAndPartiesWithDutchLabels() throws Exception {
        String text = text(export(invoice(3), DUTCH));

        assertThat(text).contains("Factuur", "2026-000123", "Factuurdatum", "1 november 2026",
                "Vervaldatum", "1 december 2026", "Uw referentie", "PO-7781", "Algemene doorbelastingen",
                "Doorbelasting servicekosten oktober");
        assertThat(text).contains("Brasserie Zoë B.V.", "T.a.v. Daniël Janssen", "Kerkstraat 1", "5611 GH", "Eindhoven",
                "Klantnummer", "C-1001", "NL987654321B01");
        assertThat(text).contains("Energiecoöperatie Zuid B.V.", "Energieweg 14", "NL123456789B01",
                "NL91 ABNA 0417 1643 00");
        assertThat(text).doesNotContain("Invoice", "Due date");
    }

    /** An English invoice uses the English labels and English dates. */
    @Test
    void printsEnglishLabelsForAnEnglishReader() throws Exception {
        String text = text(export(invoice(3), ENGLISH));

        assertThat(text).contains("Invoice", "Invoice number", "Due date", "December 1, 2026",
                "Customer number", "Total excl. VAT", "To pay", "Page 1 of 1", "2 pcs");
        assertThat(text).doesNotContain("Factuur", "Vervaldatum", "Pagina", " st. ");
    }

    /** Amounts carry the euro sign and Dutch separators for a Dutch reader; lines keep their VAT rate. */
    @Test
    void formatsLinesVatBreakdownAndTotalsForDutchReader() throws Exception {
        String text = normalised(text(export(invoice(3), DUTCH)));

        assertThat(text).contains("Servicekosten gebouwbeheer", "2 st. € 250,00 21% € 500,00");
        assertThat(text).contains("Grondslag", "21% € 950,00 € 199,50", "9% € 284,56 € 25,61");
        assertThat(text).contains("Totaal excl. btw € 1.234,56", "Btw € 225,11", "Totaal incl. btw € 1.459,67",
                "Te betalen € 1.459,67");
    }

    /** Amounts use English separators for an English reader. */
    @Test
    void formatsTotalsForEnglishReader() throws Exception {
        String text = normalised(text(export(invoice(3), ENGLISH)));

        assertThat(text).contains("Total excl. VAT €1,234.56", "Total incl. VAT €1,459.67", "To pay €1,459.67",
                "21% €950.00 €199.50", "9% €284.56 €25.61");
    }

    /** The payment instruction names amount, due date, IBAN and reference in the reader's language. */
    @Test
    void asksForPaymentBeforeTheDueDate() throws Exception {
        assertThat(normalised(text(export(invoice(3), DUTCH)))).contains(
                "Gelieve € 1.459,67 vóór 1 december 2026 over te maken op NL91 ABNA 0417 1643 00 o.v.v. 2026-000123.");
        assertThat(normalised(text(export(invoice(3), ENGLISH)))).contains(
                "Please transfer €1,459.67 before December 1, 2026 to NL91 ABNA 0417 1643 00, quoting 2026-000123.");
    }

    /** Every font in the document is embedded, so it prints the same everywhere. */
    @Test
    void embedsEveryFont() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export(invoice(80), DUTCH))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                    .as("%s embedded", font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.contains("DejaVuSans"));
        }
    }

    /**
     * Eighty lines flow onto a second page that repeats the table header and is numbered "Pagina 2 van n";
     * the totals stay on the page of the last line.
     */
    @Test
    void flowsManyLinesOntoFollowingPagesWithHeaderRepeated() throws Exception {
        byte[] bytes = export(invoice(80), DUTCH);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(2);
            String first = pageText(pdf, 1);
            String second = pageText(pdf, 2);
            String last = pageText(pdf, pages);
            assertThat(first).contains("Pagina 1 van " + pages).doesNotContain("Te betalen");
            assertThat(second).contains("Pagina 2 van " + pages, "Factuur 2026-000123 (vervolg)",
                    "Omschrijving", "Aantal", "Bedrag");
            assertThat(last).contains("Regel 80 levering", "Te betalen");
            assertThat(text(bytes)).contains("Regel 1 levering", "Regel 40 levering");
        }
    }

    /** A long description wraps inside its column and nothing is drawn outside the page margins. */
    @Test
    void wrapsLongTextInsideTheMargins() throws Exception {
        InvoiceView invoice = invoice(3);
        List<InvoiceView.Line> lines = new ArrayList<>(invoice.lines());
        lines.add(line("9", "Energielevering normaal tarief, periode 1 oktober t/m 31 oktober 2026, aansluiting "
                + "EAN871687120000123456789012345678901234567890 Kerkstraat 1 Eindhoven (slotwoord)", "1", "0.00", "21"));
        byte[] pdf = export(copyWithLines(invoice, lines), DUTCH);

        String text = text(pdf);
        assertThat(text).contains("Energielevering normaal tarief", "(slotwoord)");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float pageWidth = document.getPage(0).getMediaBox().getWidth();
            AtomicBoolean outside = new AtomicBoolean();
            PDFTextStripper bounds = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    for (TextPosition position : positions) {
                        if (position.getXDirAdj() < 40 || position.getXDirAdj() + position.getWidthDirAdj() > pageWidth - 40) {
                            outside.set(true);
                        }
                    }
                    super.writeString(string, positions);
                }
            };
            bounds.getText(document);
            assertThat(outside).as("text outside the margins").isFalse();
        }
    }

    /** Characters the font lacks (here Chinese and an emoji) become "?" instead of failing the export. */
    @Test
    void replacesCharactersTheFontCannotDraw() throws Exception {
        InvoiceView invoice = invoice(3);
        List<InvoiceView.Line> lines = new ArrayList<>(invoice.lines());
        lines.add(line("9", "Thee 绿茶 \uD83C\uDF75 ëxtra", "1", "0.00", "9"));

        String text = text(export(copyWithLines(invoice, lines), DUTCH));

        assertThat(text).contains("Thee ?? ? ëxtra");
    }

    /** Title, author, language and creation date come from the invoice, the tenant and the portal clock. */
    @Test
    void setsDocumentInformation() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export(invoice(3), DUTCH))) {
            var info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Factuur 2026-000123");
            assertThat(info.getAuthor()).isEqualTo("Energiek Zuid");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(CLOCK.instant());
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
        }
        try (PDDocument pdf = Loader.loadPDF(export(invoice(3), ENGLISH))) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Invoice 2026-000123");
        }
    }

    /** One exporter instance renders many invoices at the same time, each complete and correct. */
    @Test
    void rendersConcurrentlyFromOneInstance() throws Exception {
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
            List<java.util.concurrent.Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Locale locale = i % 2 == 0 ? DUTCH : ENGLISH;
                results.add(pool.submit(() -> text(export(invoice(3), locale))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(normalised(results.get(i).get())).contains(i % 2 == 0 ? "€ 1.459,67" : "€1,459.67");
            }
        }
    }

    /** The exporter writes to the caller's stream but leaves it open. */
    @Test
    void leavesTheCallersStreamOpen() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };

        exporter.export(invoice(3), context(DUTCH), out);

        assertThat(closed).isFalse();
        assertThat(new String(bytes.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /** Without a due date, logo colours or a payment account the invoice still renders, without the payment box. */
    @Test
    void rendersWithoutOptionalFields() throws Exception {
        InvoiceView full = invoice(3);
        PartyView seller = PartyView.builder().legalName("Energiecoöperatie Zuid B.V.").build();
        InvoiceView bare = InvoiceView.builder()
                .invoiceNumber(full.invoiceNumber())
                .issueDate(full.issueDate())
                .currency("EUR")
                .seller(seller)
                .buyer(full.buyer())
                .lines(full.lines())
                .vatBreakdown(full.vatBreakdown())
                .totals(full.totals())
                .build();
        TenantView tenant = TenantView.builder()
                .slug("zuid")
                .name("Energiek Zuid")
                .defaultLocale(DUTCH)
                .seller(seller)
                .branding(TenantView.Branding.of("teal", "not a colour", "<svg/>"))
                .portalUrl("https://portal.example/t/zuid")
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exporter.export(bare, ExportContext.builder()
                .tenant(tenant)
                .locale(DUTCH)
                .clock(CLOCK)
                .build(), out);

        String text = text(out.toByteArray());
        assertThat(text).contains("2026-000123", "Te betalen").doesNotContain("Gelieve", "Vervaldatum");
    }

    // ---- fixtures

    byte[] export(InvoiceView invoice, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(invoice, context(locale), out);
        return out.toByteArray();
    }

    static ExportContext context(Locale locale) {
        return TestViews.exportContext().tenant(tenant()).locale(locale).clock(CLOCK).build();
    }

    static TenantView tenant() {
        return TenantView.builder()
                .slug("energiek-zuid")
                .name("Energiek Zuid")
                .defaultLocale(DUTCH)
                .seller(seller())
                .branding(TenantView.Branding.of("#1b7340", "#8cc63f", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))
                .portalUrl("https://portal.example/t/energiek-zuid")
                .build();
    }

    static PartyView seller() {
        return PartyView.builder()
                .legalName("Energiecoöperatie Zuid B.V.")
                .address(PartyView.AddressView.of("Energieweg 14", "3821 AE", "Amersfoort", "NL"))
                .vatId("NL123456789B01")
                .endpointScheme("0106")
                .endpointId("68830021")
                .iban("NL91ABNA0417164300")
                .build();
    }

    static CustomerView buyer() {
        PartyView party = PartyView.builder()
                .legalName("Brasserie Zoë B.V.")
                .address(PartyView.AddressView.of("Kerkstraat 1", "5611 GH", "Eindhoven", "NL"))
                .vatId("NL987654321B01")
                .build();
        return CustomerView.builder()
                .customerNumber("C-1001")
                .party(party)
                .email("administratie@zoe.example")
                .contactName("Daniël Janssen")
                .locale(DUTCH)
                .login("zoe")
                .build();
    }

    /**
     * Three realistic lines (two at 21%, one at 9%; total excl. VAT € 1.234,56), or with {@code count} > 3
     * that many lines of € 10,00 at 21%.
     */
    static InvoiceView invoice(int count) {
        List<InvoiceView.Line> lines = new ArrayList<>();
        if (count <= 3) {
            lines.add(line("1", "Servicekosten gebouwbeheer", "2", "250.00", "21"));
            lines.add(line("2", "Onderhoud installaties, € 150 per kwartaal", "3", "150.00", "21"));
            lines.add(line("3", "Drinkwaterlevering café-terras", "1", "284.56", "9"));
        } else {
            for (int i = 1; i <= count; i++) {
                lines.add(line(String.valueOf(i), "Regel " + i + " levering volgens contract", "1", "10.00", "21"));
            }
        }
        return copyWithLines(baseInvoice(), lines);
    }

    static InvoiceView.Builder baseInvoice() {
        return InvoiceView.builder()
                .invoiceNumber("2026-000123")
                .issueDate(LocalDate.of(2026, 11, 1))
                .dueDate(LocalDate.of(2026, 12, 1))
                .category("Algemene doorbelastingen")
                .currency("EUR")
                .buyerReference("PO-7781")
                .description("Doorbelasting servicekosten oktober")
                .seller(seller())
                .buyer(buyer())
                .payment(InvoiceView.Payment.of("30", "NL91ABNA0417164300", "2026-000123"));
    }

    static InvoiceView.Line line(String id, String name, String quantity, String price, String rate) {
        BigDecimal amount = new BigDecimal(quantity).multiply(new BigDecimal(price)).setScale(2, RoundingMode.HALF_UP);
        return InvoiceView.Line.builder()
                .id(id)
                .name(name)
                .quantity(new BigDecimal(quantity))
                .unitCode("C62")
                .unitPrice(new BigDecimal(price))
                .vatCategory("S")
                .vatRate(new BigDecimal(rate))
                .lineAmount(amount)
                .build();
    }

    /** The invoice with these lines and the VAT breakdown and totals computed as the portal does. */
    static InvoiceView copyWithLines(InvoiceView invoice, List<InvoiceView.Line> lines) {
        return copyWithLines(InvoiceView.builder(invoice), lines);
    }

    static InvoiceView copyWithLines(InvoiceView.Builder invoice, List<InvoiceView.Line> lines) {
        java.util.Map<BigDecimal, BigDecimal> taxable = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        for (InvoiceView.Line line : lines) {
            taxable.merge(line.vatRate(), line.lineAmount(), BigDecimal::add);
        }
        List<InvoiceView.VatBreakdown> breakdown = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        for (var entry : taxable.entrySet()) {
            BigDecimal tax = entry.getValue().multiply(entry.getKey()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            breakdown.add(InvoiceView.VatBreakdown.of("S", entry.getKey(), entry.getValue(), tax));
            net = net.add(entry.getValue());
            vat = vat.add(tax);
        }
        BigDecimal gross = net.add(vat);
        return invoice
                .lines(lines)
                .vatBreakdown(breakdown)
                .totals(InvoiceView.Totals.builder()
                        .lineTotal(net)
                        .taxExclusive(net)
                        .taxTotal(vat)
                        .taxInclusive(gross)
                        .payable(gross)
                        .build())
                .build();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** Non-breaking spaces (Java's Dutch currency format) and line breaks as single spaces. */
    static String normalised(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }
}
