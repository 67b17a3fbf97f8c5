package io.invoiceportal.plugin.api;

/** The outcome of one delivery attempt. */
public sealed interface DeliveryResult {

    /** Delivered. */
    record Sent() implements DeliveryResult {}

    /** Not delivered now; the portal retries later. */
    record Retry(String reason) implements DeliveryResult {}

    /** Not delivered and retrying cannot help; recorded as failed with the reason. */
    record Failed(String reason) implements DeliveryResult {}

    static DeliveryResult sent() {
        return new Sent();
    }

    static DeliveryResult retry(String reason) {
        return new Retry(reason);
    }

    static DeliveryResult fail(String reason) {
        return new Failed(reason);
    }
}
