package io.invoiceportal.plugin.api;

import java.util.Objects;

/**
 * The outcome of one delivery attempt, made by a {@link DeliveryChannel} with {@link #sent()},
 * {@link #retry(String)}, {@link #fail(String)} or {@link #from(DeliveryException)} and read by the
 * portal.
 */
public final class DeliveryResult {

    /** What the portal does next. */
    public enum Outcome {
        /** Delivered. */
        SENT,
        /** Not delivered now; the portal retries later with backoff. */
        RETRY,
        /** Not delivered and retrying cannot help; recorded as failed with the reason. */
        FAILED
    }

    private static final DeliveryResult SENT = new DeliveryResult(Outcome.SENT, null);

    private final Outcome outcome;
    private final String reason;

    private DeliveryResult(Outcome outcome, String reason) {
        this.outcome = outcome;
        this.reason = reason;
    }

    /** Delivered. */
    public static DeliveryResult sent() {
        return SENT;
    }

    /** Not delivered now, for a passing reason (the portal retries later). */
    public static DeliveryResult retry(String reason) {
        return new DeliveryResult(Outcome.RETRY, Objects.requireNonNull(reason, "reason"));
    }

    /** Not delivered, and retrying cannot help. */
    public static DeliveryResult fail(String reason) {
        return new DeliveryResult(Outcome.FAILED, Objects.requireNonNull(reason, "reason"));
    }

    /**
     * The result for a {@link DeliveryException}: {@link #retry} when it is
     * {@link DeliveryException#retryable() retryable}, else {@link #fail}; the reason is its message
     * (its class name when it has none).
     */
    public static DeliveryResult from(DeliveryException e) {
        String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return e.retryable() ? retry(reason) : fail(reason);
    }

    /** What happened. */
    public Outcome outcome() {
        return outcome;
    }

    /** Why it was not sent; {@code null} when {@link Outcome#SENT}. */
    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeliveryResult that && outcome == that.outcome && Objects.equals(reason, that.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, reason);
    }

    @Override
    public String toString() {
        return reason == null ? outcome.name() : outcome + ": " + reason;
    }
}
