package io.invoiceportal.core.invoice;

import org.jdbi.v3.core.Jdbi;

/**
 * Folds the per-customer count deltas that every write to {@code invoice} appends (V20) into one
 * row per customer, so that reading a customer's counts stays a few index entries. Correctness
 * does not depend on it: a reader adds whatever deltas are there. One transaction per chunk; a
 * transaction-scoped advisory lock lets one node at a time do it (another node's call returns 0).
 * Writers are never blocked: they only append delta rows, which this deletes after they commit.
 */
public class InvoiceCountCompactor {
    static final int CHUNK = 10_000;
    private final Jdbi jdbi;

    public InvoiceCountCompactor(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Folds every delta row committed so far; the number of rows folded. */
    public long compact() {
        long folded = 0;
        while (true) {
            int n = jdbi.inTransaction(h -> {
                InvoiceCountDao dao = h.attach(InvoiceCountDao.class);
                return dao.tryLock() ? dao.compact(CHUNK) : 0;
            });
            folded += n;
            if (n < CHUNK) {
                return folded;
            }
        }
    }
}
