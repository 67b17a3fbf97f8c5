package io.invoiceportal.core.common;

/** The thing asked for does not exist for this tenant (or may not be seen by the caller). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
