package io.invoiceportal.plugins.ubl;

import io.invoiceportal.plugin.api.InvoiceView;
import java.util.Set;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;

/**
 * An {@link InvoiceView} as the typed UBL 2.1 model of ph-ubl21: an {@code Invoice} (380) or a
 * {@code CreditNote} (381), in the element order of the UBL schema.
 */
final class UblDocuments {

    private UblDocuments() {}

    static InvoiceType invoice(InvoiceView invoice, UblProfile profile) {
        String currency = invoice.currency();
        Facts facts = Facts.of(invoice);
        InvoiceType doc = new InvoiceType();
        doc.setCustomizationID(profile.customizationId());
        doc.setProfileID(profile.profileId());
        doc.setID(invoice.invoiceNumber());
        doc.setIssueDate(invoice.issueDate());
        if (invoice.dueDate() != null) {
            doc.setDueDate(invoice.dueDate());
        }
        doc.setInvoiceTypeCode(InvoiceView.DocumentType.INVOICE.code());
        if (Parties.present(invoice.note())) {
            doc.addNote(UblParts.note(invoice.note()));
        }
        doc.setDocumentCurrencyCode(currency);
        if (Parties.present(invoice.buyerReference())) {
            doc.setBuyerReference(invoice.buyerReference().strip());
        }
        if (Parties.present(invoice.orderReference())) {
            doc.setOrderReference(UblParts.orderReference(invoice.orderReference()));
        }
        if (invoice.precedingInvoice() != null) {
            doc.addBillingReference(UblParts.billingReference(invoice.precedingInvoice()));
        }
        if (Parties.present(invoice.contractReference())) {
            doc.addContractDocumentReference(UblParts.contract(invoice.contractReference()));
        }
        doc.setAccountingSupplierParty(UblParties.seller(invoice.seller(), facts.vatIds()));
        doc.setAccountingCustomerParty(UblParties.buyer(invoice.buyer(), facts.vatIds()));
        if (facts.delivery()) {
            doc.addDelivery(UblParts.delivery(invoice, facts.intraCommunity()));
        }
        if (facts.payment() != null) {
            doc.addPaymentMeans(UblParts.paymentMeans(facts.payment(), currency));
        }
        if (Parties.present(invoice.paymentTerms())) {
            doc.addPaymentTerms(UblParts.paymentTerms(invoice.paymentTerms()));
        }
        UblParts.allowancesAndCharges(invoice).forEach(doc::addAllowanceCharge);
        doc.addTaxTotal(UblParts.taxTotal(invoice));
        doc.setLegalMonetaryTotal(UblParts.monetaryTotal(invoice));
        invoice.lines().forEach(line -> doc.addInvoiceLine(UblLines.invoiceLine(line, currency)));
        return doc;
    }

    /** A credit note; it has no {@code cbc:DueDate}: the due date goes into the payment means (BT-9). */
    static CreditNoteType creditNote(InvoiceView invoice, UblProfile profile) {
        String currency = invoice.currency();
        Facts facts = Facts.of(invoice);
        CreditNoteType doc = new CreditNoteType();
        doc.setCustomizationID(profile.customizationId());
        doc.setProfileID(profile.profileId());
        doc.setID(invoice.invoiceNumber());
        doc.setIssueDate(invoice.issueDate());
        doc.setCreditNoteTypeCode(InvoiceView.DocumentType.CREDIT_NOTE.code());
        if (Parties.present(invoice.note())) {
            doc.addNote(UblParts.note(invoice.note()));
        }
        doc.setDocumentCurrencyCode(currency);
        if (Parties.present(invoice.buyerReference())) {
            doc.setBuyerReference(invoice.buyerReference().strip());
        }
        if (Parties.present(invoice.orderReference())) {
            doc.setOrderReference(UblParts.orderReference(invoice.orderReference()));
        }
        if (invoice.precedingInvoice() != null) {
            doc.addBillingReference(UblParts.billingReference(invoice.precedingInvoice()));
        }
        if (Parties.present(invoice.contractReference())) {
            doc.addContractDocumentReference(UblParts.contract(invoice.contractReference()));
        }
        doc.setAccountingSupplierParty(UblParties.seller(invoice.seller(), facts.vatIds()));
        doc.setAccountingCustomerParty(UblParties.buyer(invoice.buyer(), facts.vatIds()));
        if (facts.delivery()) {
            doc.addDelivery(UblParts.delivery(invoice, facts.intraCommunity()));
        }
        if (facts.payment() != null) {
            var means = UblParts.paymentMeans(facts.payment(), currency);
            if (invoice.dueDate() != null) {
                means.setPaymentDueDate(invoice.dueDate());
            }
            doc.addPaymentMeans(means);
        }
        if (Parties.present(invoice.paymentTerms())) {
            doc.addPaymentTerms(UblParts.paymentTerms(invoice.paymentTerms()));
        }
        UblParts.allowancesAndCharges(invoice).forEach(doc::addAllowanceCharge);
        doc.addTaxTotal(UblParts.taxTotal(invoice));
        doc.setLegalMonetaryTotal(UblParts.monetaryTotal(invoice));
        invoice.lines().forEach(line -> doc.addCreditNoteLine(UblLines.creditNoteLine(line, currency)));
        return doc;
    }

    /** What decides optional parts of either document. */
    private record Facts(boolean vatIds, boolean intraCommunity, boolean delivery, UblPayment payment) {
        static Facts of(InvoiceView invoice) {
            Set<String> categories = UblTax.categories(invoice);
            boolean intraCommunity = categories.contains("K");
            return new Facts(!categories.contains("O"), intraCommunity,
                    intraCommunity || invoice.deliveryDate() != null, UblPayment.of(invoice));
        }
    }
}
