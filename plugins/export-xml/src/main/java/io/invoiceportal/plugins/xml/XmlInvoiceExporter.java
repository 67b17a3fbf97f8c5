package io.invoiceportal.plugins.xml;

import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugins.xml.v1.Invoice;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.MarshalException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.pf4j.Extension;
import org.xml.sax.SAXException;

/**
 * One invoice as XML in the portal's own vocabulary, namespace {@value Invoice#NAMESPACE}, described
 * by {@code xsd/invoice-1.xsd} in this jar (see README.md). Every document is validated against
 * that schema while it is written, so a file that leaves the plugin always matches the contract.
 *
 * <p>JAXB finds its implementation through the thread context class loader, which in a request
 * thread is the portal's, not this plugin's: every JAXB call runs with the plugin's class loader
 * as context class loader, so the jaxb-runtime bundled in this jar is the one used.
 */
@Extension
public class XmlInvoiceExporter implements InvoiceExporter {

    private final JAXBContext jaxb;
    private final Schema schema;

    public XmlInvoiceExporter() {
        try {
            this.jaxb = withPluginClassLoader(() -> JAXBContext.newInstance(Invoice.class));
            this.schema = withPluginClassLoader(XmlInvoiceExporter::loadSchema);
        } catch (JAXBException | SAXException e) {
            throw new IllegalStateException("The XML exporter cannot start: " + e, e);
        }
    }

    @Override
    public String id() {
        return "xml";
    }

    @Override
    public String displayName(Locale locale) {
        Locale language = "nl".equals(locale.getLanguage()) ? locale : Locale.ENGLISH;
        return ResourceBundle.getBundle("i18n.xml", language, XmlInvoiceExporter.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString("displayName");
    }

    @Override
    public String mediaType() {
        return "application/xml";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws ExportException, IOException {
        // written to memory first: a document that fails validation half-way must not reach the caller's stream
        ByteArrayOutputStream document = new ByteArrayOutputStream(8192);
        try {
            withPluginClassLoader(() -> {
                Marshaller marshaller = jaxb.createMarshaller();
                marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
                marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
                marshaller.setSchema(schema);
                marshaller.marshal(Invoice.of(invoice), document);
                return null;
            });
        } catch (MarshalException invalid) {
            throw new ExportException(
                    "Invoice " + invoice.invoiceNumber() + " cannot be written as XML: " + reason(invalid), invalid);
        } catch (JAXBException e) {
            throw new IllegalStateException("JAXB marshaller set-up failed", e);
        }
        document.writeTo(out);
    }

    private static Schema loadSchema() throws SAXException {
        URL xsd = XmlInvoiceExporter.class.getResource(Invoice.XSD_RESOURCE);
        if (xsd == null) {
            throw new IllegalStateException(Invoice.XSD_RESOURCE + " is missing from the plugin jar");
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return factory.newSchema(xsd);
    }

    /** The validator's message (for example which element is missing), not JAXB's wrapper. */
    private static String reason(MarshalException e) {
        Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
        String message = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
        return message == null ? e.toString() : message;
    }

    /** Runs {@code work} with this plugin's class loader as context class loader, then restores the previous one. */
    private <T, E extends Exception> T withPluginClassLoader(PluginWork<T, E> work) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(getClass().getClassLoader());
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @FunctionalInterface
    private interface PluginWork<T, E extends Exception> {
        T run() throws E;
    }
}
