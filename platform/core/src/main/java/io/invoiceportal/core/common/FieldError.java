package io.invoiceportal.core.common;

/** One invalid input field: {@code field} is a JSON path such as {@code lines[0].vatRate}. */
public record FieldError(String field, String message) {
    /** An error whose message is one of core's keys. */
    public FieldError(String field, MessageKey key) {
        this(field, key.key());
    }
}
