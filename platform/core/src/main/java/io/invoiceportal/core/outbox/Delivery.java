package io.invoiceportal.core.outbox;

import java.time.Instant;

/** Delivery state of one notification, as the issuer sees it. */
public record Delivery(String kind, String channel, String state, int attempts, String lastError,
        Instant createdAt, Instant sentAt) {}
