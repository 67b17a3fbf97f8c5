package io.invoiceportal.core.common;

import java.sql.SQLException;

/** Recognises PostgreSQL errors the services turn into domain answers. */
public final class Sql {
    private Sql() {}

    /** True when {@code e} was caused by a unique constraint violation (SQLSTATE 23505). */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
