package io.invoiceportal.core.outbox;

import io.invoiceportal.core.db.DbValue;

/** What a queued notification is about; mirrors the {@code CHECK} on {@code outbox.kind}. */
public enum OutboxKind implements DbValue {
    ACTIVATION("activation"),
    PASSWORD_RESET("password-reset"),
    NEW_INVOICE("new-invoice"),
    EMAIL_CHANGED("email-changed"),
    /** A customer's export job is done; the payload names it ({@code {"jobId"}}). */
    EXPORT_READY("export-ready");

    private final String dbValue;

    OutboxKind(String dbValue) {
        this.dbValue = dbValue;
    }

    @Override
    public String dbValue() {
        return dbValue;
    }
}
