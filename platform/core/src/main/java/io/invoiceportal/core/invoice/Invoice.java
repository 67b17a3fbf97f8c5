package io.invoiceportal.core.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A published invoice with its computed amounts. Invoices do not change once published. */
public record Invoice(
        long id, long customerId, String customerNumber, String invoiceNumber, LocalDate issueDate,
        LocalDate dueDate, String category, String description, String currency, String buyerReference,
        String paymentMeansCode, String paymentIban, String paymentReference, List<Line> lines,
        Amounts amounts, boolean hasOriginalPdf, Instant createdAt) {

    public record Line(String id, String name, BigDecimal quantity, String unitCode, BigDecimal unitPrice,
            String vatCategory, BigDecimal vatRate, BigDecimal lineAmount) {}

    public record VatBreakdown(String vatCategory, BigDecimal vatRate, BigDecimal taxableAmount, BigDecimal taxAmount) {}

    /** Totals (EN 16931 BG-22) and the VAT breakdown (BG-23). */
    public record Amounts(List<VatBreakdown> vatBreakdown, BigDecimal lineTotal, BigDecimal taxExclusive,
            BigDecimal taxTotal, BigDecimal taxInclusive, BigDecimal payable) {}
}
