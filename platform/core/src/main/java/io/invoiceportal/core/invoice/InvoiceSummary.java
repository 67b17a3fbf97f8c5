package io.invoiceportal.core.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the customer's invoice list; {@code read} is for the signed-in account. */
public record InvoiceSummary(
        String invoiceNumber, LocalDate issueDate, LocalDate dueDate, String category, String description,
        String currency, BigDecimal totalAmount, boolean read) {}
