package io.invoiceportal.core.db;

/**
 * An enum that mirrors the values a database {@code CHECK} allows for a text column. Jdbi binds
 * such a constant as its {@link #dbValue()} and maps the column back to the constant
 * ({@link Database#configure}).
 */
public interface DbValue {

    /** The value as stored. */
    String dbValue();

    /** The constant of {@code type} stored as {@code value}. */
    static <E extends Enum<E> & DbValue> E of(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.dbValue().equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("No " + type.getSimpleName() + " is stored as '" + value + "'");
    }
}
