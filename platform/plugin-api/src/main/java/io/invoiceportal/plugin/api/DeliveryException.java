package io.invoiceportal.plugin.api;

/** A delivery that did not go through; {@link #retryable()} tells whether trying later may help. */
public class DeliveryException extends Exception {
    /** Whether a later attempt may succeed. */
    private final boolean retryable;

    /**
     * A failed delivery.
     *
     * @param message why, in words an operator understands (recorded as the delivery's reason)
     * @param retryable whether a later attempt may succeed
     * @param cause the underlying error, or {@code null}
     */
    public DeliveryException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** Whether a later attempt may succeed (a server that is down) or not (an address that does not exist). */
    public boolean retryable() {
        return retryable;
    }
}
