package io.invoiceportal.core.common;

/** The request clashes with what is stored (same number, other content); nothing was changed. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
