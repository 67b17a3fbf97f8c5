package io.invoiceportal.plugin.api;

/** A delivery that did not go through; {@link #retryable()} tells whether trying later may help. */
public class DeliveryException extends Exception {
    private final boolean retryable;

    public DeliveryException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
