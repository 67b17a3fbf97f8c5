package io.invoiceportal.core.invoice;

import java.util.List;

/**
 * Body of {@code POST /api/v1/tenants/{t}/invoices} (docs/invoice-model.md). Amounts, quantities and
 * dates are strings so that a bad value becomes a field error instead of a parse failure.
 */
public record InvoiceRequest(
        String invoiceNumber, String customerNumber, String issueDate, String dueDate, String category,
        String currency, String buyerReference, String description, List<LineInput> lines,
        PaymentInput payment, String pdf) {

    public record LineInput(String id, String name, String quantity, String unitCode, String unitPrice,
            String vatCategory, String vatRate) {}

    public record PaymentInput(String meansCode, String iban, String reference) {}
}
