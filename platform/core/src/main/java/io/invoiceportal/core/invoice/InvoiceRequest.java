package io.invoiceportal.core.invoice;

import java.util.List;

/**
 * Body of {@code POST /api/v1/tenants/{t}/invoices} (docs/invoice-model.md). Amounts, quantities and
 * dates are strings so that a bad value becomes a field error instead of a parse failure. The
 * e-invoicing terms after {@code pdf} are optional; {@code documentType} is {@code invoice} (default)
 * or {@code credit-note}.
 */
public record InvoiceRequest(
        String invoiceNumber, String customerNumber, String issueDate, String dueDate, String category,
        String currency, String buyerReference, String description, List<LineInput> lines,
        PaymentInput payment, String pdf, String documentType, PrecedingInput precedingInvoice,
        String orderReference, String contractReference, String paymentTerms, String deliveryDate, String note,
        List<ExemptionInput> vatExemptions, List<AllowanceChargeInput> allowances,
        List<AllowanceChargeInput> charges, String prepaidAmount) {

    /** A request without the e-invoicing terms. */
    public InvoiceRequest(String invoiceNumber, String customerNumber, String issueDate, String dueDate,
            String category, String currency, String buyerReference, String description, List<LineInput> lines,
            PaymentInput payment, String pdf) {
        this(invoiceNumber, customerNumber, issueDate, dueDate, category, currency, buyerReference, description,
                lines, payment, pdf, null, null, null, null, null, null, null, null, null, null, null);
    }

    public record LineInput(String id, String name, String quantity, String unitCode, String unitPrice,
            String vatCategory, String vatRate, String note, String sellerItemId, ItemIdInput standardItemId,
            PeriodInput period) {

        /** A line without the e-invoicing terms. */
        public LineInput(String id, String name, String quantity, String unitCode, String unitPrice,
                String vatCategory, String vatRate) {
            this(id, name, quantity, unitCode, unitPrice, vatCategory, vatRate, null, null, null, null);
        }
    }

    public record PaymentInput(String meansCode, String iban, String reference) {}

    public record PrecedingInput(String number, String issueDate) {}

    public record ItemIdInput(String scheme, String id) {}

    public record PeriodInput(String start, String end) {}

    public record ExemptionInput(String vatCategory, String reason, String reasonCode) {}

    public record AllowanceChargeInput(String amount, String reason, String reasonCode, String vatCategory,
            String vatRate) {}
}
