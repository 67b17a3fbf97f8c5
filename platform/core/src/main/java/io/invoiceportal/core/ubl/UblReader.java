package io.invoiceportal.core.ubl;

import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.ValidationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a request body as a UBL 2.1 Invoice or CreditNote through {@link SafeXml}: not XML, a
 * document type declaration, or another root element is a {@link ValidationException} on
 * {@code body}. The typed UBL model (ph-ubl21) is made later from the parsed DOM, so ph-ubl's own
 * parser never sees the bytes.
 */
final class UblReader {
    static final String BODY = "body";

    private UblReader() {}

    static UblDocument read(byte[] xml) {
        Document dom;
        try {
            dom = SafeXml.parse(xml);
        } catch (SafeXml.Refused e) {
            throw ValidationException.of(BODY, e.doctype() ? MessageKey.UBL_DOCTYPE : MessageKey.UBL_NOT_XML);
        }
        Element root = dom.getDocumentElement();
        UblDocument.Kind kind = UblDocument.Kind.of(root.getNamespaceURI(), root.getLocalName());
        if (kind == null) {
            throw ValidationException.of(BODY, MessageKey.UBL_NOT_UBL);
        }
        return new UblDocument(kind, dom, xml);
    }
}
