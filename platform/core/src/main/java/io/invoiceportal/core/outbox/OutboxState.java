package io.invoiceportal.core.outbox;

import io.invoiceportal.core.db.DbValue;

/** Where a notification's delivery stands; mirrors the {@code CHECK} on {@code outbox.state}. */
public enum OutboxState implements DbValue {
    QUEUED("queued"),
    SENT("sent"),
    FAILED("failed");

    private final String dbValue;

    OutboxState(String dbValue) {
        this.dbValue = dbValue;
    }

    @Override
    public String dbValue() {
        return dbValue;
    }
}
