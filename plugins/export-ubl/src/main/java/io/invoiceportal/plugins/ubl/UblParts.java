package io.invoiceportal.plugins.ubl;

import io.invoiceportal.plugin.api.InvoiceView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AllowanceChargeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DeliveryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.FinancialAccountType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.LocationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.OrderReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentTermsType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.AllowanceChargeReasonType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PaymentIDType;

/** The document-level parts an Invoice and a CreditNote share, built from the view. */
final class UblParts {

    private UblParts() {}

    static OrderReferenceType orderReference(String order) {
        OrderReferenceType reference = new OrderReferenceType();
        reference.setID(order.strip());
        return reference;
    }

    static BillingReferenceType billingReference(InvoiceView.PrecedingInvoice preceding) {
        DocumentReferenceType document = new DocumentReferenceType();
        document.setID(preceding.number().strip());
        if (preceding.issueDate() != null) {
            document.setIssueDate(preceding.issueDate());
        }
        BillingReferenceType billing = new BillingReferenceType();
        billing.setInvoiceDocumentReference(document);
        return billing;
    }

    static DocumentReferenceType contract(String contract) {
        DocumentReferenceType reference = new DocumentReferenceType();
        reference.setID(contract.strip());
        return reference;
    }

    static NoteType note(String text) {
        return new NoteType(text.strip());
    }

    /**
     * {@code cac:Delivery}: the delivery date (BT-72) and, on an intra-community supply (category K,
     * BR-IC-12), the buyer's address as deliver-to address: the portal keeps no other.
     */
    static DeliveryType delivery(InvoiceView invoice, boolean intraCommunity) {
        DeliveryType delivery = new DeliveryType();
        if (invoice.deliveryDate() != null) {
            delivery.setActualDeliveryDate(invoice.deliveryDate());
        }
        if (intraCommunity) {
            LocationType location = new LocationType();
            location.setAddress(UblParties.address(invoice.buyer().party().address()));
            delivery.setDeliveryLocation(location);
        }
        return delivery;
    }

    static PaymentMeansType paymentMeans(UblPayment payment, String currency) {
        PaymentMeansType means = new PaymentMeansType();
        means.setPaymentMeansCode(payment.meansCode());
        if (payment.reference() != null) {
            means.addPaymentID(new PaymentIDType(payment.reference()));
        }
        if (payment.iban() != null) {
            FinancialAccountType account = new FinancialAccountType();
            account.setID(payment.iban().replace(" ", ""));
            means.setPayeeFinancialAccount(account);
        }
        return means;
    }

    static PaymentTermsType paymentTerms(String terms) {
        PaymentTermsType paymentTerms = new PaymentTermsType();
        paymentTerms.addNote(note(terms));
        return paymentTerms;
    }

    /** The document-level allowances (BG-20) then charges (BG-21). */
    static List<AllowanceChargeType> allowancesAndCharges(InvoiceView invoice) {
        List<AllowanceChargeType> result = new ArrayList<>();
        invoice.allowances().forEach(a -> result.add(allowanceCharge(a, false, invoice.currency())));
        invoice.charges().forEach(c -> result.add(allowanceCharge(c, true, invoice.currency())));
        return result;
    }

    private static AllowanceChargeType allowanceCharge(InvoiceView.AllowanceCharge item, boolean charge, String currency) {
        AllowanceChargeType result = new AllowanceChargeType();
        result.setChargeIndicator(charge);
        if (Parties.present(item.reasonCode())) {
            result.setAllowanceChargeReasonCode(item.reasonCode().strip());
        }
        if (Parties.present(item.reason())) {
            result.addAllowanceChargeReason(new AllowanceChargeReasonType(item.reason().strip()));
        }
        result.setAmount(amount(item.amount())).setCurrencyID(currency);
        result.addTaxCategory(UblTax.category(new TaxCategoryType(), item.vatCategory(), item.vatRate()));
        return result;
    }

    /** One {@code cac:TaxTotal} with the VAT total (BT-110) and one subtotal per breakdown entry (BG-23). */
    static TaxTotalType taxTotal(InvoiceView invoice) {
        String currency = invoice.currency();
        TaxTotalType total = new TaxTotalType();
        total.setTaxAmount(amount(invoice.totals().taxTotal())).setCurrencyID(currency);
        for (InvoiceView.VatBreakdown vat : invoice.vatBreakdown()) {
            TaxSubtotalType subtotal = new TaxSubtotalType();
            subtotal.setTaxableAmount(amount(vat.taxableAmount())).setCurrencyID(currency);
            subtotal.setTaxAmount(amount(vat.taxAmount())).setCurrencyID(currency);
            subtotal.setTaxCategory(UblTax.breakdownCategory(vat));
            total.addTaxSubtotal(subtotal);
        }
        return total;
    }

    /** {@code cac:LegalMonetaryTotal} (BG-22), every amount of the view's totals. */
    static MonetaryTotalType monetaryTotal(InvoiceView invoice) {
        String currency = invoice.currency();
        InvoiceView.Totals totals = invoice.totals();
        MonetaryTotalType total = new MonetaryTotalType();
        total.setLineExtensionAmount(amount(totals.lineTotal())).setCurrencyID(currency);
        total.setTaxExclusiveAmount(amount(totals.taxExclusive())).setCurrencyID(currency);
        total.setTaxInclusiveAmount(amount(totals.taxInclusive())).setCurrencyID(currency);
        total.setAllowanceTotalAmount(amount(totals.allowanceTotal())).setCurrencyID(currency);
        total.setChargeTotalAmount(amount(totals.chargeTotal())).setCurrencyID(currency);
        total.setPrepaidAmount(amount(totals.prepaidAmount())).setCurrencyID(currency);
        total.setPayableAmount(amount(totals.payable())).setCurrencyID(currency);
        return total;
    }

    /** An amount with two decimals (EN 16931 allows no more; the portal computes with two). */
    static BigDecimal amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
