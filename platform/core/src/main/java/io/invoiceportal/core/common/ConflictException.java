package io.invoiceportal.core.common;

/**
 * The request clashes with what is stored (same number, other content); nothing was changed.
 * {@code field}, when not null, names the part of the request that clashes (such as {@code hostNames[1]}).
 */
public class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String message) {
        this(message, null);
    }

    public ConflictException(String message, String field) {
        super(message);
        this.field = field;
    }

    /** The clashing field of the request, or null. */
    public String field() {
        return field;
    }
}
