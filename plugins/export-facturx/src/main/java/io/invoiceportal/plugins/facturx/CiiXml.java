package io.invoiceportal.plugins.facturx;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over StAX for the CII vocabulary: elements in the {@code ram}, {@code rsm},
 * {@code udt} and {@code qdt} namespaces, empty values left out. The JDK's own StAX writer is used
 * ({@link XMLOutputFactory#newDefaultFactory()}), never one found through the thread's context
 * class loader, which in the portal is not this plugin's.
 */
final class CiiXml {
    static final String RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    static final String RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    static final String UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
    static final String QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    private static final DateTimeFormatter FORMAT_102 = DateTimeFormatter.BASIC_ISO_DATE;

    private final XMLStreamWriter xml;

    CiiXml(OutputStream out) throws XMLStreamException {
        xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setPrefix("rsm", RSM);
        xml.setPrefix("ram", RAM);
        xml.setPrefix("udt", UDT);
        xml.setPrefix("qdt", QDT);
        xml.writeStartElement(RSM, "CrossIndustryInvoice");
        xml.writeNamespace("rsm", RSM);
        xml.writeNamespace("ram", RAM);
        xml.writeNamespace("udt", UDT);
        xml.writeNamespace("qdt", QDT);
    }

    /** Opens an {@code rsm} element. */
    CiiXml rsm(String name) throws XMLStreamException {
        xml.writeStartElement(RSM, name);
        return this;
    }

    /** Opens a {@code ram} element. */
    CiiXml open(String name) throws XMLStreamException {
        xml.writeStartElement(RAM, name);
        return this;
    }

    /** Closes the innermost open element. */
    CiiXml end() throws XMLStreamException {
        xml.writeEndElement();
        return this;
    }

    /** A {@code ram} element with text; nothing when the text is {@code null} or blank. */
    CiiXml text(String name, String value) throws XMLStreamException {
        if (value != null && !value.isBlank()) {
            xml.writeStartElement(RAM, name);
            xml.writeCharacters(value.strip());
            xml.writeEndElement();
        }
        return this;
    }

    /** A {@code ram} element with text and one attribute; nothing when the text is empty. */
    CiiXml text(String name, String value, String attribute, String attributeValue) throws XMLStreamException {
        if (value != null && !value.isBlank()) {
            xml.writeStartElement(RAM, name);
            if (attributeValue != null && !attributeValue.isBlank()) {
                xml.writeAttribute(attribute, attributeValue.strip());
            }
            xml.writeCharacters(value.strip());
            xml.writeEndElement();
        }
        return this;
    }

    /** A {@code ram} element holding a decimal; nothing when it is {@code null}. */
    CiiXml amount(String name, BigDecimal value) throws XMLStreamException {
        return value == null ? this : text(name, value.toPlainString());
    }

    /** A {@code ram} element holding a percentage without trailing zeros; nothing when it is {@code null}. */
    CiiXml percent(String name, BigDecimal value) throws XMLStreamException {
        return value == null ? this : text(name, value.stripTrailingZeros().toPlainString());
    }

    /** A {@code ram} element holding a {@code udt:DateTimeString} in format 102; nothing for {@code null}. */
    CiiXml date(String name, LocalDate value) throws XMLStreamException {
        return date(name, value, UDT);
    }

    /** As {@link #date(String, LocalDate)}, the date string in namespace {@code qdt} or {@code udt}. */
    CiiXml date(String name, LocalDate value, String dateNamespace) throws XMLStreamException {
        if (value != null) {
            xml.writeStartElement(RAM, name);
            xml.writeStartElement(dateNamespace, "DateTimeString");
            xml.writeAttribute("format", "102");
            xml.writeCharacters(FORMAT_102.format(value));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        return this;
    }

    /** A {@code ram} element holding a {@code udt:Indicator}. */
    CiiXml indicator(String name, boolean value) throws XMLStreamException {
        xml.writeStartElement(RAM, name);
        xml.writeStartElement(UDT, "Indicator");
        xml.writeCharacters(Boolean.toString(value));
        xml.writeEndElement();
        xml.writeEndElement();
        return this;
    }

    /** Closes the root element and the document. */
    void finish() throws XMLStreamException {
        xml.writeEndDocument();
        xml.close();
    }
}
