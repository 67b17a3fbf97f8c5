package io.invoiceportal.core.account;

import java.time.Duration;

/** What a one-time token is for, and how long it is valid. */
public enum TokenPurpose {
    ACTIVATION("activation", Duration.ofDays(14)),
    PASSWORD_RESET("password-reset", Duration.ofHours(1));

    private final String dbValue;
    private final Duration validity;

    TokenPurpose(String dbValue, Duration validity) {
        this.dbValue = dbValue;
        this.validity = validity;
    }

    public String dbValue() {
        return dbValue;
    }

    public Duration validity() {
        return validity;
    }
}
