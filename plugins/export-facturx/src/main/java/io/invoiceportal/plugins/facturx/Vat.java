package io.invoiceportal.plugins.facturx;

import java.math.BigDecimal;
import java.util.Set;
import javax.xml.stream.XMLStreamException;

/** The VAT categories as EN 16931 treats them, and the VAT elements CII repeats for lines, allowances and the breakdown. */
final class Vat {
    /** Categories that carry no VAT and need an exemption reason (BR-E-10, BR-AE-10, BR-IC-10, BR-G-10, BR-O-10). */
    static final Set<String> EXEMPT = Set.of("E", "AE", "K", "G", "O");
    /** Not subject to VAT: no rate, and no VAT identifiers on the invoice (BR-O-02, BR-O-05). */
    static final String NOT_SUBJECT = "O";
    /** Reverse charge and intra-community supply: the buyer's VAT identifier is required (BR-AE-02, BR-IC-02). */
    static final Set<String> BUYER_VAT_REQUIRED = Set.of("AE", "K");
    /** Intra-community supply (BR-IC-11, BR-IC-12). */
    static final String INTRA_COMMUNITY = "K";

    private Vat() {}

    /** TypeCode, CategoryCode and RateApplicablePercent inside an open tax element: rate 0 for exempt categories, none for O. */
    static CiiXml tax(CiiXml xml, String category, BigDecimal rate) throws XMLStreamException {
        xml.text("TypeCode", "VAT").text("CategoryCode", category);
        return rate(xml, category, rate);
    }

    static CiiXml rate(CiiXml xml, String category, BigDecimal rate) throws XMLStreamException {
        if (NOT_SUBJECT.equals(category)) {
            return xml;
        }
        return xml.percent("RateApplicablePercent", rate == null ? BigDecimal.ZERO : rate);
    }
}
