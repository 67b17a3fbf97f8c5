package io.invoiceportal.plugins.facturx;

import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.w3c.dom.Document;

/** Reading a Factur-X file back in tests: its embedded files and XPath over the CII. */
final class FacturxFiles {

    private FacturxFiles() {}

    static byte[] export(InvoiceExporter exporter, InvoiceView invoice, ExportContext context) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(invoice, context, out);
        return out.toByteArray();
    }

    /** The embedded files by name. */
    static Map<String, PDComplexFileSpecification> attachments(PDDocument document) throws IOException {
        return new PDDocumentNameDictionary(document.getDocumentCatalog()).getEmbeddedFiles().getNames();
    }

    /** The bytes of {@code factur-x.xml}. */
    static byte[] facturxXml(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return attachments(document).get("factur-x.xml").getEmbeddedFile().toByteArray();
        }
    }

    /** A namespace-aware DOM of the XML. */
    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The string value of a path of local names ({@code A/B[2]/@c}: namespaces ignored, a predicate kept as it is). */
    static String value(Document cii, String path) throws Exception {
        StringBuilder expression = new StringBuilder();
        for (String step : path.split("/")) {
            if (!step.isEmpty()) {
                int predicate = step.indexOf('[');
                expression.append(step.startsWith("@") ? "/" + step : predicate < 0 ? "/*[local-name()='" + step + "']"
                        : "/*[local-name()='" + step.substring(0, predicate) + "']" + step.substring(predicate));
            }
        }
        return XPathFactory.newDefaultInstance().newXPath().evaluate(expression.toString(), cii);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
