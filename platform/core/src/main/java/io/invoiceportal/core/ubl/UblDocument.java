package io.invoiceportal.core.ubl;

import org.w3c.dom.Document;

/** A parsed UBL 2.1 Invoice or CreditNote with the bytes it was read from (kept as the original). */
record UblDocument(Kind kind, Document dom, byte[] bytes) {
    static final String MEDIA_TYPE = "application/xml";

    enum Kind {
        INVOICE("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "Invoice"),
        CREDIT_NOTE("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", "CreditNote");

        private final String namespace;
        private final String rootName;

        Kind(String namespace, String rootName) {
            this.namespace = namespace;
            this.rootName = rootName;
        }

        static Kind of(String namespace, String localName) {
            for (Kind kind : values()) {
                if (kind.namespace.equals(namespace) && kind.rootName.equals(localName)) {
                    return kind;
                }
            }
            return null;
        }
    }
}
