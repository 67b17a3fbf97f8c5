package io.invoiceportal.core.ubl;

import com.helger.ubl21.UBL21Marshaller;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AllowanceChargeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CreditNoteLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DeliveryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.OrderReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentTermsType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PeriodType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;
import oasis.names.specification.ubl.schema.xsd.unqualifieddatatypes_21.QuantityType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;

/**
 * What the import reads of a UBL Invoice or CreditNote, in one shape for both (ph-ubl21's typed
 * model has no common type for them; their parts are the same aggregate types).
 */
record UblInvoice(UblDocument.Kind kind, String id, LocalDate issueDate, LocalDate dueDate, String typeCode, String currency,
        String taxCurrency, String buyerReference, List<NoteType> notes, OrderReferenceType orderReference,
        List<BillingReferenceType> billingReferences, List<DocumentReferenceType> contractReferences,
        CustomerPartyType customer, List<DeliveryType> deliveries, List<PaymentMeansType> paymentMeans,
        List<PaymentTermsType> paymentTerms, List<AllowanceChargeType> allowanceCharges,
        List<TaxTotalType> taxTotals, MonetaryTotalType totals, List<Line> lines) {

    /** One invoice or credit note line. */
    record Line(String id, List<NoteType> notes, QuantityType quantity, BigDecimal lineAmount, List<PeriodType> periods,
            List<AllowanceChargeType> allowanceCharges, ItemType item, PriceType price) {}

    /** Where line {@code index} (from 0) is in the document, as error fields name it: {@code InvoiceLine[1]}. */
    String linePath(int index) {
        return (kind == UblDocument.Kind.INVOICE ? "InvoiceLine[" : "CreditNoteLine[") + (index + 1) + "]";
    }

    /** Makes the typed model from the already parsed and validated DOM (no second parse). */
    static UblInvoice of(UblDocument document) {
        return document.kind() == UblDocument.Kind.INVOICE
                ? of(UBL21Marshaller.invoice().setUseSchema(false).read(document.dom()))
                : of(UBL21Marshaller.creditNote().setUseSchema(false).read(document.dom()));
    }

    private static UblInvoice of(InvoiceType i) {
        return new UblInvoice(UblDocument.Kind.INVOICE, i.getIDValue(), i.getIssueDateValueLocal(), i.getDueDateValueLocal(),
                i.getInvoiceTypeCodeValue(), i.getDocumentCurrencyCodeValue(), i.getTaxCurrencyCodeValue(),
                i.getBuyerReferenceValue(), i.getNote(), i.getOrderReference(), i.getBillingReference(),
                i.getContractDocumentReference(), i.getAccountingCustomerParty(), i.getDelivery(), i.getPaymentMeans(),
                i.getPaymentTerms(), i.getAllowanceCharge(), i.getTaxTotal(), i.getLegalMonetaryTotal(),
                i.getInvoiceLine().stream().map(UblInvoice::line).toList());
    }

    private static UblInvoice of(CreditNoteType c) {
        LocalDate due = c.getPaymentMeans().stream().filter(p -> p.getPaymentDueDate() != null).findFirst()
                .map(p -> p.getPaymentDueDateValueLocal()).orElse(null);
        return new UblInvoice(UblDocument.Kind.CREDIT_NOTE, c.getIDValue(), c.getIssueDateValueLocal(), due, c.getCreditNoteTypeCodeValue(),
                c.getDocumentCurrencyCodeValue(), c.getTaxCurrencyCodeValue(), c.getBuyerReferenceValue(), c.getNote(),
                c.getOrderReference(), c.getBillingReference(), c.getContractDocumentReference(),
                c.getAccountingCustomerParty(), c.getDelivery(), c.getPaymentMeans(), c.getPaymentTerms(),
                c.getAllowanceCharge(), c.getTaxTotal(), c.getLegalMonetaryTotal(),
                c.getCreditNoteLine().stream().map(UblInvoice::line).toList());
    }

    private static Line line(InvoiceLineType l) {
        return new Line(l.getIDValue(), l.getNote(), l.getInvoicedQuantity(), l.getLineExtensionAmountValue(),
                l.getInvoicePeriod(), l.getAllowanceCharge(), l.getItem(), l.getPrice());
    }

    private static Line line(CreditNoteLineType l) {
        return new Line(l.getIDValue(), l.getNote(), l.getCreditedQuantity(), l.getLineExtensionAmountValue(),
                l.getInvoicePeriod(), l.getAllowanceCharge(), l.getItem(), l.getPrice());
    }
}
