package io.invoiceportal.server.invoice;

import io.dropwizard.lifecycle.Managed;
import io.invoiceportal.core.invoice.InvoiceCountCompactor;
import io.invoiceportal.server.db.DatabaseOutage;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every few seconds folds the invoice count deltas into one row per customer (see
 * InvoiceCountCompactor); every node runs it, one at a time does the work.
 */
public class InvoiceCountFolding implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(InvoiceCountFolding.class);
    static final Duration INTERVAL = Duration.ofSeconds(5);
    private final InvoiceCountCompactor compactor;
    private final DatabaseOutage outage;
    private ScheduledExecutorService executor;

    public InvoiceCountFolding(InvoiceCountCompactor compactor, DatabaseOutage outage) {
        this.compactor = compactor;
        this.outage = outage;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "invoice-count-folding");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::foldSafely, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void foldSafely() {
        try {
            compactor.compact();
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                outage.report(e);
                return;
            }
            LOG.warn("Folding the invoice counts failed; next try in {}", INTERVAL, e);
        }
    }

    @Override
    public void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(15, TimeUnit.SECONDS);
    }
}
