package io.invoiceportal.core.outbox;

import java.time.Instant;

/** Delivery state of one notification, as the issuer sees it. */
public record Delivery(OutboxKind kind, String channel, OutboxState state, int attempts, String lastError,
        Instant createdAt, Instant sentAt) {}
