package io.invoiceportal.core.ubl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The only XML parser of the import: a document type declaration of any kind is refused before
 * anything in it is read, so there is nothing to resolve (no external entity, no DTD download) and
 * nothing to expand (no billion laughs). The other switches are belts and braces should a JDK ever
 * ignore the first one. Everything after this works on the parsed DOM and never parses again.
 */
final class SafeXml {
    private static final DocumentBuilderFactory FACTORY = factory();

    private SafeXml() {}

    /** Thrown for input that is not well-formed XML or declares a document type. */
    static final class Refused extends Exception {
        private final boolean doctype;

        Refused(String message, boolean doctype) {
            super(message);
            this.doctype = doctype;
        }

        boolean doctype() {
            return doctype;
        }
    }

    static Document parse(byte[] xml) throws Refused {
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(Rethrow.INSTANCE);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entities are not read");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            String message = e.getMessage() == null ? "not well-formed" : e.getMessage();
            return refuse(message, message.contains("DOCTYPE"));
        } catch (IOException | ParserConfigurationException e) {
            return refuse(String.valueOf(e.getMessage()), false);
        }
    }

    private static Document refuse(String message, boolean doctype) throws Refused {
        throw new Refused(message, doctype);
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setValidating(false);
        return f;
    }

    /** Fails on the first problem instead of printing it to standard error. */
    private enum Rethrow implements ErrorHandler {
        INSTANCE;

        @Override
        public void warning(SAXParseException e) {
            // a warning does not make the document unusable
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
