package io.invoiceportal.core.ubl;

import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.ValidationException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the invoice checks' fields (JSON paths of the body a document maps to, such as
 * {@code lines[0].unitPrice}) by where they are in the UBL document ({@code InvoiceLine[1]/Price/PriceAmount}),
 * so that an error in an imported document points into that document.
 */
final class UblFields {
    private static final Pattern LISTED = Pattern.compile("^(lines|allowances|charges|vatExemptions)\\[(\\d+)](?:\\.(.+))?$");
    private static final Map<String, String> DOCUMENT = Map.ofEntries(
            Map.entry("invoiceNumber", "ID"), Map.entry("issueDate", "IssueDate"), Map.entry("dueDate", "DueDate"),
            Map.entry("currency", "DocumentCurrencyCode"), Map.entry("buyerReference", "BuyerReference"),
            Map.entry("customerNumber", "AccountingCustomerParty"), Map.entry("payment", "PaymentMeans"),
            Map.entry("payment.meansCode", "PaymentMeans/PaymentMeansCode"),
            Map.entry("payment.iban", "PaymentMeans/PayeeFinancialAccount/ID"),
            Map.entry("payment.reference", "PaymentMeans/PaymentID"),
            Map.entry("precedingInvoice", "BillingReference/InvoiceDocumentReference"),
            Map.entry("precedingInvoice.number", "BillingReference/InvoiceDocumentReference/ID"),
            Map.entry("precedingInvoice.issueDate", "BillingReference/InvoiceDocumentReference/IssueDate"),
            Map.entry("orderReference", "OrderReference/ID"), Map.entry("contractReference", "ContractDocumentReference/ID"),
            Map.entry("paymentTerms", "PaymentTerms/Note"), Map.entry("deliveryDate", "Delivery/ActualDeliveryDate"),
            Map.entry("note", "Note"), Map.entry("vatExemptions", "TaxTotal/TaxSubtotal/TaxCategory"),
            Map.entry("allowances", "AllowanceCharge"), Map.entry("charges", "AllowanceCharge"),
            Map.entry("prepaidAmount", "LegalMonetaryTotal/PrepaidAmount"));
    private static final Map<String, String> LINE = Map.ofEntries(
            Map.entry("id", "ID"), Map.entry("name", "Item/Name"), Map.entry("unitPrice", "Price/PriceAmount"),
            Map.entry("vatCategory", "Item/ClassifiedTaxCategory/ID"),
            Map.entry("vatRate", "Item/ClassifiedTaxCategory/Percent"), Map.entry("note", "Note"),
            Map.entry("sellerItemId", "Item/SellersItemIdentification/ID"),
            Map.entry("standardItemId", "Item/StandardItemIdentification/ID"),
            Map.entry("standardItemId.scheme", "Item/StandardItemIdentification/ID/@schemeID"),
            Map.entry("standardItemId.id", "Item/StandardItemIdentification/ID"), Map.entry("period", "InvoicePeriod"),
            Map.entry("period.start", "InvoicePeriod/StartDate"), Map.entry("period.end", "InvoicePeriod/EndDate"));
    private static final Map<String, String> ADJUSTMENT = Map.of("amount", "Amount", "reason", "AllowanceChargeReason",
            "reasonCode", "AllowanceChargeReasonCode", "vatCategory", "TaxCategory/ID", "vatRate", "TaxCategory/Percent");
    private static final Map<String, String> EXEMPTION = Map.of("vatCategory", "ID", "reason", "TaxExemptionReason",
            "reasonCode", "TaxExemptionReasonCode");

    private UblFields() {}

    /** The same errors, each field named by its place in the document. */
    static ValidationException located(ValidationException e, UblDocument.Kind kind) {
        return new ValidationException(e.errors().stream().map(f -> new FieldError(of(f.field(), kind), f.message(),
                f.args(), f.rule())).toList());
    }

    static String of(String field, UblDocument.Kind kind) {
        boolean credit = kind == UblDocument.Kind.CREDIT_NOTE;
        if (credit && "dueDate".equals(field)) {
            return "PaymentMeans/PaymentDueDate";
        }
        if ("documentType".equals(field)) {
            return credit ? "CreditNoteTypeCode" : "InvoiceTypeCode";
        }
        Matcher m = LISTED.matcher(field);
        if (!m.matches()) {
            return DOCUMENT.getOrDefault(field, field);
        }
        int position = Integer.parseInt(m.group(2)) + 1;
        String part = m.group(3);
        return switch (m.group(1)) {
            case "lines" -> (credit ? "CreditNoteLine[" : "InvoiceLine[") + position + "]"
                    + (part == null ? "" : "/" + linePart(part, credit));
            case "allowances", "charges" -> "AllowanceCharge[ChargeIndicator=" + "charges".equals(m.group(1)) + "]["
                    + position + "]" + (part == null ? "" : "/" + ADJUSTMENT.getOrDefault(part, part));
            default -> "TaxTotal/TaxSubtotal/TaxCategory[" + position + "]"
                    + (part == null ? "" : "/" + EXEMPTION.getOrDefault(part, part));
        };
    }

    private static String linePart(String part, boolean credit) {
        String quantity = credit ? "CreditedQuantity" : "InvoicedQuantity";
        return switch (part) {
            case "quantity" -> quantity;
            case "unitCode" -> quantity + "/@unitCode";
            default -> LINE.getOrDefault(part, part);
        };
    }
}
