package io.invoiceportal.core.common;

/** One invalid input field: {@code field} is a JSON path such as {@code lines[0].vatRate}. */
public record FieldError(String field, String message) {}
