package io.invoiceportal.core.invoice;

import io.invoiceportal.core.db.DbValue;

/** BT-3: an invoice (UNTDID 1001 code 380) or a credit note (381); its JSON and stored name is {@link #dbValue()}. */
public enum DocumentType implements DbValue {
    INVOICE("invoice"),
    CREDIT_NOTE("credit-note");

    private final String dbValue;

    DocumentType(String dbValue) {
        this.dbValue = dbValue;
    }

    @Override
    public String dbValue() {
        return dbValue;
    }
}
