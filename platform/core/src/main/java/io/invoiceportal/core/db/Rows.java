package io.invoiceportal.core.db;

import java.util.ArrayList;
import java.util.List;

/** Splits the rows of a multi-row statement so that none binds more parameters than PostgreSQL takes. */
public final class Rows {
    /** Parameters per statement; the protocol allows 65,535, this leaves room for the statement's own. */
    public static final int MAX_PARAMETERS = 30_000;

    private Rows() {}

    /** {@code rows} in consecutive slices of at most {@link #MAX_PARAMETERS} / {@code columns} rows; none if empty. */
    public static <T> List<List<T>> slices(List<T> rows, int columns) {
        int size = Math.max(1, MAX_PARAMETERS / columns);
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += size) {
            slices.add(rows.subList(from, Math.min(rows.size(), from + size)));
        }
        return slices;
    }
}
