package io.invoiceportal.plugins.facturx;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Mustang's validator (veraPDF for PDF/A, the EN 16931 and Factur-X schematron for the embedded
 * XML) on one file, and its report read back: the PDF part's and the XML part's own summary.
 */
record MustangValidation(String pdfStatus, String xmlStatus, List<String> errors, String report) {

    static MustangValidation of(byte[] file, String name) {
        String report = new ZUGFeRDValidator().validate(file, name);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(report.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return new MustangValidation(status(document, "pdf"), status(document, "xml"), errors(document), report);
        } catch (Exception e) {
            throw new AssertionError("Unreadable validation report: " + report, e);
        }
    }

    /** Both the PDF/A part and the XML part were judged valid. */
    boolean valid() {
        return "valid".equals(pdfStatus) && "valid".equals(xmlStatus);
    }

    private static String status(Document report, String part) {
        NodeList parts = report.getElementsByTagName(part);
        if (parts.getLength() == 0) {
            return "absent";
        }
        NodeList summaries = ((Element) parts.item(0)).getElementsByTagName("summary");
        return summaries.getLength() == 0 ? "none" : ((Element) summaries.item(summaries.getLength() - 1)).getAttribute("status");
    }

    private static List<String> errors(Document report) {
        List<String> errors = new ArrayList<>();
        NodeList items = report.getElementsByTagName("error");
        for (int i = 0; i < items.getLength(); i++) {
            errors.add(items.item(i).getTextContent().strip());
        }
        return errors;
    }
}
