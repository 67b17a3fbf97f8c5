package io.invoiceportal.core.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the customer's invoice list; {@code read} is for the signed-in account, {@code documentType}
 * tells a credit note from an invoice.
 */
public record InvoiceSummary(
        String invoiceNumber, LocalDate issueDate, LocalDate dueDate, String category, String description,
        String currency, BigDecimal totalAmount, boolean read, DocumentType documentType) {

    /** The same row, read. */
    public InvoiceSummary asRead() {
        return new InvoiceSummary(invoiceNumber, issueDate, dueDate, category, description, currency, totalAmount,
                true, documentType);
    }
}
