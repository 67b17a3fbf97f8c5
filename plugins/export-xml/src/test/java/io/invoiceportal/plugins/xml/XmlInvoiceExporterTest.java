package io.invoiceportal.plugins.xml;

import static io.invoiceportal.plugins.xml.XmlChecks.count;
import static io.invoiceportal.plugins.xml.XmlChecks.parse;
import static io.invoiceportal.plugins.xml.XmlChecks.text;
import static io.invoiceportal.plugins.xml.XmlChecks.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class XmlInvoiceExporterTest {

    private static final URL XSD = XmlInvoiceExporterTest.class.getResource("/xsd/invoice-1.xsd");

    private final XmlInvoiceExporter exporter = new XmlInvoiceExporter();

    /** The format is offered as "XML-bestand" / "XML file", id {@code xml}, {@code application/xml}, {@code .xml}. */
    @Test
    void describesItselfAsXml() {
        assertThat(exporter.id()).isEqualTo("xml");
        assertThat(exporter.displayName(SampleInvoices.DUTCH)).isEqualTo("XML-bestand");
        assertThat(exporter.displayName(Locale.ENGLISH)).isEqualTo("XML file");
        assertThat(exporter.mediaType()).isEqualTo("application/xml");
        assertThat(exporter.fileExtension()).isEqualTo("xml");
    }

    /** A full invoice validates against the XSD shipped in the plugin, without a single error or warning. */
    @Test
    void fullInvoiceValidatesAgainstShippedSchema() throws Exception {
        assertThat(validate(export(SampleInvoices.full()), XSD)).isEmpty();
    }

    /** The document is UTF-8 with an XML declaration, indented, in our namespace, without xsi:schemaLocation. */
    @Test
    void writesIndentedUtf8WithDeclarationInOwnNamespace() throws Exception {
        String xml = new String(export(SampleInvoices.full()), StandardCharsets.UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"");
        assertThat(xml).contains("<invoice xmlns=\"urn:invoiceportal:invoice:1\" currency=\"EUR\" documentType=\"invoice\">");
        assertThat(xml).contains("\n    <invoiceNumber>2026-000123</invoiceNumber>\n");
        assertThat(xml).doesNotContain("schemaLocation").doesNotContain("xmlns:xsi");
    }

    /** Number, dates, currency and the free-text header fields read back as they went in. */
    @Test
    void readsBackHeaderFields() throws Exception {
        Document doc = parse(export(SampleInvoices.full()));

        assertThat(text(doc, "/i:invoice/i:invoiceNumber")).isEqualTo("2026-000123");
        assertThat(text(doc, "/i:invoice/i:issueDate")).isEqualTo("2026-11-01");
        assertThat(text(doc, "/i:invoice/i:dueDate")).isEqualTo("2026-12-01");
        assertThat(text(doc, "/i:invoice/@currency")).isEqualTo("EUR");
        assertThat(text(doc, "/i:invoice/i:category")).isEqualTo("Algemene doorbelastingen");
        assertThat(text(doc, "/i:invoice/i:buyerReference")).isEqualTo("PO-7781");
        assertThat(text(doc, "/i:invoice/i:description")).isEqualTo("Onderhoud en levering oktober");
    }

    /** Seller and buyer keep their accented names (ë, é, ö) and all their details. */
    @Test
    void readsBackSellerAndBuyerWithAccents() throws Exception {
        Document doc = parse(export(SampleInvoices.full()));

        assertThat(text(doc, "/i:invoice/i:seller/i:name")).isEqualTo("Installatiebedrijf Ariëns B.V.");
        assertThat(text(doc, "/i:invoice/i:seller/i:vatId")).isEqualTo("NL859123456B01");
        assertThat(text(doc, "/i:invoice/i:seller/i:endpoint")).isEqualTo("09123456");
        assertThat(text(doc, "/i:invoice/i:seller/i:endpoint/@scheme")).isEqualTo("0106");
        assertThat(text(doc, "/i:invoice/i:seller/i:address/i:street")).isEqualTo("Coöperatieweg 7");
        assertThat(text(doc, "/i:invoice/i:seller/i:iban")).isEqualTo("NL91ABNA0417164300");
        assertThat(text(doc, "/i:invoice/i:buyer/i:customerNumber")).isEqualTo("C-1001");
        assertThat(text(doc, "/i:invoice/i:buyer/i:name")).isEqualTo("Café Daniëlle B.V.");
        assertThat(text(doc, "/i:invoice/i:buyer/i:address/i:postalCode")).isEqualTo("3511 AB");
        assertThat(text(doc, "/i:invoice/i:buyer/i:address/i:countryCode")).isEqualTo("NL");
        assertThat(text(doc, "/i:invoice/i:buyer/i:contact/i:name")).isEqualTo("J. de Vriës");
        assertThat(text(doc, "/i:invoice/i:buyer/i:contact/i:email")).isEqualTo("administratie@daniëlle.example");
    }

    /** Every line is written in order, with quantity and unit, price, VAT category and rate, and amount. */
    @Test
    void readsBackLines() throws Exception {
        Document doc = parse(export(SampleInvoices.full()));

        assertThat(count(doc, "/i:invoice/i:lines/i:line")).isEqualTo(3);
        assertThat(text(doc, "/i:invoice/i:lines/i:line[1]/i:id")).isEqualTo("1");
        assertThat(text(doc, "/i:invoice/i:lines/i:line[1]/i:name")).isEqualTo("Onderhoud cv-ketel");
        assertThat(text(doc, "/i:invoice/i:lines/i:line[1]/i:quantity/@unitCode")).isEqualTo("HUR");
        assertThat(text(doc, "/i:invoice/i:lines/i:line[1]/i:vatRate")).isEqualTo("21");
        assertThat(text(doc, "/i:invoice/i:lines/i:line[1]/i:lineAmount")).isEqualTo("130.00");
        assertThat(text(doc, "/i:invoice/i:lines/i:line[2]/i:quantity")).isEqualTo("1.5");
        assertThat(text(doc, "/i:invoice/i:lines/i:line[2]/i:unitPrice")).isEqualTo("12.50");
        assertThat(text(doc, "/i:invoice/i:lines/i:line[2]/i:vatCategory")).isEqualTo("S");
        assertThat(text(doc, "/i:invoice/i:lines/i:line[2]/i:vatRate")).isEqualTo("9");
        assertThat(text(doc, "/i:invoice/i:lines/i:line[3]/i:name")).isEqualTo("Boeken");
        assertThat(text(doc, "/i:invoice/i:lines/i:line[3]/i:lineAmount")).isEqualTo("40.00");
    }

    /** The VAT breakdown has one subtotal per rate and the totals are written with two decimals. */
    @Test
    void readsBackVatBreakdownAndTotals() throws Exception {
        Document doc = parse(export(SampleInvoices.full()));

        assertThat(count(doc, "/i:invoice/i:vatBreakdown/i:vatSubtotal")).isEqualTo(2);
        assertThat(text(doc, "/i:invoice/i:vatBreakdown/i:vatSubtotal[i:vatRate='21']/i:taxableAmount")).isEqualTo("130.00");
        assertThat(text(doc, "/i:invoice/i:vatBreakdown/i:vatSubtotal[i:vatRate='21']/i:vatAmount")).isEqualTo("27.30");
        assertThat(text(doc, "/i:invoice/i:vatBreakdown/i:vatSubtotal[i:vatRate='9']/i:taxableAmount")).isEqualTo("58.75");
        assertThat(text(doc, "/i:invoice/i:vatBreakdown/i:vatSubtotal[i:vatRate='9']/i:vatAmount")).isEqualTo("5.29");
        assertThat(text(doc, "/i:invoice/i:totals/i:lineTotal")).isEqualTo("188.75");
        assertThat(text(doc, "/i:invoice/i:totals/i:totalWithoutVat")).isEqualTo("188.75");
        assertThat(text(doc, "/i:invoice/i:totals/i:vatTotal")).isEqualTo("32.59");
        assertThat(text(doc, "/i:invoice/i:totals/i:totalWithVat")).isEqualTo("221.34");
        assertThat(text(doc, "/i:invoice/i:totals/i:amountDue")).isEqualTo("221.34");
    }

    /** Payment means, IBAN and payment reference are written when the invoice has payment instructions. */
    @Test
    void readsBackPayment() throws Exception {
        Document doc = parse(export(SampleInvoices.full()));

        assertThat(text(doc, "/i:invoice/i:payment/i:meansCode")).isEqualTo("30");
        assertThat(text(doc, "/i:invoice/i:payment/i:iban")).isEqualTo("NL91ABNA0417164300");
        assertThat(text(doc, "/i:invoice/i:payment/i:reference")).isEqualTo("RF18 5390 0754 7034");
    }

    /** An invoice without due date, payment, buyer reference or addresses validates; absent fields are absent elements. */
    @Test
    void invoiceWithoutOptionalFieldsValidatesAndLeavesThemOut() throws Exception {
        byte[] xml = export(SampleInvoices.minimal());
        Document doc = parse(xml);

        assertThat(validate(xml, XSD)).isEmpty();
        assertThat(count(doc, "/i:invoice/i:dueDate")).isZero();
        assertThat(count(doc, "/i:invoice/i:payment")).isZero();
        assertThat(count(doc, "/i:invoice/i:buyerReference")).isZero();
        assertThat(count(doc, "/i:invoice/i:category")).isZero();
        assertThat(count(doc, "/i:invoice/i:buyer/i:address")).isZero();
        assertThat(count(doc, "/i:invoice/i:lines/i:line/i:vatRate")).isZero();
        assertThat(text(doc, "/i:invoice/i:buyer/i:contact/i:email")).isEqualTo("info@zoe.example");
    }

    /** Amounts always carry two decimals, prices at least two, and a line without unit gets C62. */
    @Test
    void writesAmountsWithTwoDecimalsAndDefaultsUnitToPiece() throws Exception {
        Document doc = parse(export(SampleInvoices.minimal()));

        assertThat(text(doc, "/i:invoice/i:lines/i:line/i:quantity")).isEqualTo("1");
        assertThat(text(doc, "/i:invoice/i:lines/i:line/i:quantity/@unitCode")).isEqualTo("C62");
        assertThat(text(doc, "/i:invoice/i:lines/i:line/i:unitPrice")).isEqualTo("40.00");
        assertThat(text(doc, "/i:invoice/i:vatBreakdown/i:vatSubtotal/i:vatAmount")).isEqualTo("0.00");
        assertThat(text(doc, "/i:invoice/i:totals/i:amountDue")).isEqualTo("40.00");
    }

    /** Names with {@code & < > "} are escaped in the file and read back unchanged. */
    @Test
    void escapesMarkupCharactersInText() throws Exception {
        PartyView seller = PartyView.builder().legalName("Smit & Zonen <Installatie> \"Oost\"").build();
        byte[] xml = export(SampleInvoices.full(seller, SampleInvoices.buyer("Bakker & Zoë <B.V.> > 3")));
        String raw = new String(xml, StandardCharsets.UTF_8);
        Document doc = parse(xml);

        assertThat(raw).contains("Smit &amp; Zonen &lt;Installatie&gt;").contains("Bakker &amp; Zoë &lt;B.V.&gt; &gt; 3");
        assertThat(validate(xml, XSD)).isEmpty();
        assertThat(text(doc, "/i:invoice/i:seller/i:name")).isEqualTo("Smit & Zonen <Installatie> \"Oost\"");
        assertThat(text(doc, "/i:invoice/i:buyer/i:name")).isEqualTo("Bakker & Zoë <B.V.> > 3");
    }

    /** Control characters XML 1.0 cannot carry are dropped, so the document still parses. */
    @Test
    void dropsControlCharactersThatXmlCannotCarry() throws Exception {
        byte[] xml = export(SampleInvoices.full(SampleInvoices.SELLER, SampleInvoices.buyer("Café\u0000 Daniëlle\u001B B.V.")));

        assertThat(text(parse(xml), "/i:invoice/i:buyer/i:name")).isEqualTo("Café Daniëlle B.V.");
    }

    /** An invoice the schema rejects (no lines) gives an ExportException naming the invoice, and nothing is written. */
    @Test
    void invoiceThatBreaksTheSchemaFailsWithoutWritingAnything() {
        InvoiceView full = SampleInvoices.full();
        InvoiceView noLines = InvoiceView.builder()
                .invoiceNumber(full.invoiceNumber())
                .issueDate(full.issueDate())
                .dueDate(full.dueDate())
                .category(full.category())
                .currency(full.currency())
                .buyerReference(full.buyerReference())
                .description(full.description())
                .seller(full.seller())
                .buyer(full.buyer())
                .vatBreakdown(full.vatBreakdown())
                .totals(full.totals())
                .payment(full.payment())
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> exporter.export(noLines, SampleInvoices.context(), out))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("2026-000123");
        assertThat(out.size()).isZero();
    }

    /** The caller's context class loader is back in place after an export. */
    @Test
    void restoresTheCallersContextClassLoader() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        try (URLClassLoader callers = new URLClassLoader(new URL[0], null)) {
            thread.setContextClassLoader(callers);
            export(SampleInvoices.full());
            assertThat(thread.getContextClassLoader()).isSameAs(callers);
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    /** One instance serves many threads at once, each getting the same bytes a lone export gives. */
    @Test
    void exportsConcurrentlyFromOneInstance() throws Exception {
        byte[] expected = export(SampleInvoices.full());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<byte[]>> exports = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                exports.add(() -> export(SampleInvoices.full()));
            }
            for (Future<byte[]> result : pool.invokeAll(exports)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private byte[] export(InvoiceView invoice) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(invoice, SampleInvoices.context(), out);
        return out.toByteArray();
    }
}
