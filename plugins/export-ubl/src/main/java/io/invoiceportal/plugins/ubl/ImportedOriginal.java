package io.invoiceportal.plugins.ubl;

import io.invoiceportal.plugin.api.InvoiceView;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Whether an invoice's imported original is a UBL 2.1 Invoice or CreditNote: an XML media type and
 * a root element in one of the two UBL namespaces. Only the root element is read, without DTDs or
 * external entities.
 */
final class ImportedOriginal {

    private static final Set<String> UBL_ROOTS = Set.of(
            "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2 Invoice",
            "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2 CreditNote");
    private static final XMLInputFactory XML = safeFactory();

    private ImportedOriginal() {}

    /** The original's bytes when it is UBL, else {@code null}. */
    static byte[] ubl(InvoiceView invoice) {
        InvoiceView.SourceDocument source = invoice.source();
        if (source == null || !xmlMediaType(source.mediaType())) {
            return null;
        }
        byte[] content = source.content();
        return UBL_ROOTS.contains(root(content)) ? content : null;
    }

    private static boolean xmlMediaType(String mediaType) {
        String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/xml") || type.equals("text/xml") || type.endsWith("+xml");
    }

    private static String root(byte[] content) {
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(content));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        return reader.getNamespaceURI() + " " + reader.getLocalName();
                    }
                }
                return null;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return null;
        }
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
