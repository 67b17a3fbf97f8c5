package io.invoiceportal.core.invoice;

import java.util.List;

/**
 * One page of the invoice list and the number of invoices that match the filters.
 *
 * @param total the number of matching invoices when {@code totalIsExact}; otherwise the cap
 *     ({@link #COUNT_CAP}): more than that many match, and at least one more follows this page
 * @param totalIsExact whether {@code total} is the exact number
 */
public record InvoicePage(List<InvoiceSummary> items, long total, boolean totalIsExact, int page, int size) {

    /** A filtered list is counted up to this many invoices; past it the total is "more than" this. */
    public static final int COUNT_CAP = 10_000;

    /** A page whose total is exact. */
    public InvoicePage(List<InvoiceSummary> items, long total, int page, int size) {
        this(items, total, true, page, size);
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return !totalIsExact || (long) (page + 1) * size < total;
    }
}
