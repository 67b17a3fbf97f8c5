package io.invoiceportal.core.exportjob;

import io.invoiceportal.core.db.DbValue;

/** Where an export job stands; mirrors the {@code CHECK} on {@code export_job.state}. */
public enum ExportJobState implements DbValue {
    QUEUED("queued"),
    RUNNING("running"),
    DONE("done"),
    FAILED("failed"),
    /** Done, and its file has been removed after {@code expiresAt}. */
    EXPIRED("expired");

    private final String dbValue;

    ExportJobState(String dbValue) {
        this.dbValue = dbValue;
    }

    @Override
    public String dbValue() {
        return dbValue;
    }
}
