package io.invoiceportal.core.account;

import io.invoiceportal.core.db.DbValue;

/** A login account before and after activation; mirrors the {@code CHECK} on {@code account.state}. */
public enum AccountState implements DbValue {
    PENDING("pending"),
    ACTIVE("active");

    private final String dbValue;

    AccountState(String dbValue) {
        this.dbValue = dbValue;
    }

    @Override
    public String dbValue() {
        return dbValue;
    }
}
