package io.invoiceportal.plugins.facturx;

import io.invoiceportal.plugin.api.InvoiceView;
import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLStreamException;

/**
 * An invoice as UN/CEFACT Cross Industry Invoice (D16B) in the Factur-X / ZUGFeRD profile
 * EN 16931: the document, its lines, the parties ({@link CiiParties}) and the settlement with VAT
 * breakdown and totals ({@link CiiSettlement}). Every amount is the portal's own, written as it
 * is: nothing is computed here. What EN 16931 requires and the invoice lacks is checked before, by
 * {@link MissingTerms}.
 */
final class CiiInvoice {
    /** BT-24, the specification identifier of EN 16931 (the Factur-X profile EN 16931, "COMFORT"). */
    static final String EN16931 = "urn:cen.eu:en16931:2017";

    private CiiInvoice() {}

    static byte[] write(InvoiceView invoice) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096 + 1024 * invoice.lines().size());
        CiiXml xml = new CiiXml(out);
        xml.rsm("ExchangedDocumentContext")
                .open("GuidelineSpecifiedDocumentContextParameter").text("ID", EN16931).end()
                .end();
        xml.rsm("ExchangedDocument")
                .text("ID", invoice.invoiceNumber())
                .text("TypeCode", invoice.documentType().code())
                .date("IssueDateTime", invoice.issueDate());
        note(xml, invoice.note());
        xml.end();
        xml.rsm("SupplyChainTradeTransaction");
        for (InvoiceView.Line line : invoice.lines()) {
            line(xml, line);
        }
        CiiParties.agreement(xml, invoice);
        CiiParties.delivery(xml, invoice);
        CiiSettlement.write(xml, invoice);
        xml.end();
        xml.finish();
        return out.toByteArray();
    }

    /** BG-25: one line with its note, item, net price, quantity, VAT, period and amount. */
    private static void line(CiiXml xml, InvoiceView.Line line) throws XMLStreamException {
        xml.open("IncludedSupplyChainTradeLineItem");
        xml.open("AssociatedDocumentLineDocument").text("LineID", line.id());
        note(xml, line.note());
        xml.end();
        xml.open("SpecifiedTradeProduct");
        if (line.standardItemId() != null) {
            xml.text("GlobalID", line.standardItemId().id(), "schemeID", line.standardItemId().scheme());
        }
        xml.text("SellerAssignedID", line.sellerItemId()).text("Name", line.name()).end();
        xml.open("SpecifiedLineTradeAgreement")
                .open("NetPriceProductTradePrice").amount("ChargeAmount", line.unitPrice()).end()
                .end();
        xml.open("SpecifiedLineTradeDelivery")
                .text("BilledQuantity", line.quantity().toPlainString(), "unitCode",
                        line.unitCode() == null ? "C62" : line.unitCode())
                .end();
        xml.open("SpecifiedLineTradeSettlement");
        Vat.tax(xml.open("ApplicableTradeTax"), line.vatCategory(), line.vatRate()).end();
        if (line.periodStart() != null || line.periodEnd() != null) {
            xml.open("BillingSpecifiedPeriod")
                    .date("StartDateTime", line.periodStart())
                    .date("EndDateTime", line.periodEnd())
                    .end();
        }
        xml.open("SpecifiedTradeSettlementLineMonetarySummation").amount("LineTotalAmount", line.lineAmount()).end();
        xml.end().end();
    }

    private static void note(CiiXml xml, String note) throws XMLStreamException {
        if (note != null && !note.isBlank()) {
            xml.open("IncludedNote").text("Content", note).end();
        }
    }
}
