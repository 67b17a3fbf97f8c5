package io.invoiceportal.plugins.facturx;

import io.invoiceportal.plugin.api.InvoiceView;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * The header trade settlement: payment reference and means, VAT breakdown, document-level
 * allowances and charges, payment terms with due date, totals and the preceding invoice.
 */
final class CiiSettlement {

    private CiiSettlement() {}

    static void write(CiiXml xml, InvoiceView invoice) throws XMLStreamException {
        InvoiceView.Payment payment = invoice.payment();
        xml.open("ApplicableHeaderTradeSettlement")
                .text("PaymentReference", payment == null ? null : payment.reference())
                .text("InvoiceCurrencyCode", invoice.currency());
        paymentMeans(xml, invoice);
        for (InvoiceView.VatBreakdown vat : invoice.vatBreakdown()) {
            xml.open("ApplicableTradeTax").amount("CalculatedAmount", vat.taxAmount()).text("TypeCode", "VAT");
            boolean exempt = Vat.EXEMPT.contains(vat.vatCategory());
            if (exempt) {
                xml.text("ExemptionReason", vat.exemptionReason());
            }
            xml.amount("BasisAmount", vat.taxableAmount()).text("CategoryCode", vat.vatCategory());
            if (exempt) {
                xml.text("ExemptionReasonCode", vat.exemptionReasonCode());
            }
            Vat.rate(xml, vat.vatCategory(), vat.vatRate()).end();
        }
        for (InvoiceView.AllowanceCharge allowance : invoice.allowances()) {
            allowanceCharge(xml, allowance, false);
        }
        for (InvoiceView.AllowanceCharge charge : invoice.charges()) {
            allowanceCharge(xml, charge, true);
        }
        if (CiiParties.present(invoice.paymentTerms()) || invoice.dueDate() != null) {
            xml.open("SpecifiedTradePaymentTerms")
                    .text("Description", invoice.paymentTerms())
                    .date("DueDateDateTime", invoice.dueDate())
                    .end();
        }
        totals(xml, invoice);
        InvoiceView.PrecedingInvoice preceding = invoice.precedingInvoice();
        if (preceding != null) {
            xml.open("InvoiceReferencedDocument")
                    .text("IssuerAssignedID", preceding.number())
                    .date("FormattedIssueDateTime", preceding.issueDate(), CiiXml.QDT)
                    .end();
        }
        xml.end();
    }

    /** An account identifier shaped like an IBAN: two letters, two check digits, 11-30 letters or digits. */
    private static final Pattern IBAN = Pattern.compile("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$");

    /**
     * BG-16: the means code (credit transfer, 30, when only an account is known) and the account to pay
     * to (BT-84), as {@code IBANID} when it is shaped like an IBAN, else as {@code ProprietaryID}.
     */
    private static void paymentMeans(CiiXml xml, InvoiceView invoice) throws XMLStreamException {
        String code = MissingTerms.meansCode(invoice);
        if (code == null) {
            return;
        }
        xml.open("SpecifiedTradeSettlementPaymentMeans").text("TypeCode", code);
        String account = MissingTerms.iban(invoice);
        if (account != null) {
            account = account.replace(" ", "");
            xml.open("PayeePartyCreditorFinancialAccount")
                    .text(IBAN.matcher(account).matches() ? "IBANID" : "ProprietaryID", account).end();
        }
        xml.end();
    }

    private static void allowanceCharge(CiiXml xml, InvoiceView.AllowanceCharge item, boolean charge)
            throws XMLStreamException {
        xml.open("SpecifiedTradeAllowanceCharge")
                .indicator("ChargeIndicator", charge)
                .amount("ActualAmount", item.amount())
                .text("ReasonCode", item.reasonCode())
                .text("Reason", item.reason());
        Vat.tax(xml.open("CategoryTradeTax"), item.vatCategory(), item.vatRate()).end();
        xml.end();
    }

    /** BG-22; allowance, charge and prepaid totals only when the invoice has them. */
    private static void totals(CiiXml xml, InvoiceView invoice) throws XMLStreamException {
        InvoiceView.Totals totals = invoice.totals();
        xml.open("SpecifiedTradeSettlementHeaderMonetarySummation").amount("LineTotalAmount", totals.lineTotal());
        if (!invoice.charges().isEmpty() || nonZero(totals.chargeTotal())) {
            xml.amount("ChargeTotalAmount", totals.chargeTotal());
        }
        if (!invoice.allowances().isEmpty() || nonZero(totals.allowanceTotal())) {
            xml.amount("AllowanceTotalAmount", totals.allowanceTotal());
        }
        xml.amount("TaxBasisTotalAmount", totals.taxExclusive())
                .text("TaxTotalAmount", totals.taxTotal().toPlainString(), "currencyID", invoice.currency())
                .amount("GrandTotalAmount", totals.taxInclusive());
        if (nonZero(totals.prepaidAmount())) {
            xml.amount("TotalPrepaidAmount", totals.prepaidAmount());
        }
        xml.amount("DuePayableAmount", totals.payable()).end();
    }

    private static boolean nonZero(BigDecimal amount) {
        return amount != null && amount.signum() != 0;
    }
}
