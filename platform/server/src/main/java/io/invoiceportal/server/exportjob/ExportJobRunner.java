package io.invoiceportal.server.exportjob;

import io.dropwizard.lifecycle.Managed;
import io.invoiceportal.core.exportjob.ExportJobWorker;
import io.invoiceportal.server.db.DatabaseOutage;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs this node's export workers (each claims and runs one job at a time; between jobs it waits
 * for the poll interval or a {@link #wake()}) and the sweeper of expired files. On stop, a worker
 * in the middle of a job gives it back to the queue, so another node (or this one after its
 * restart) starts it again at once instead of after the lease.
 */
public class ExportJobRunner implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(ExportJobRunner.class);
    private final ExportJobWorker worker;
    private final int workers;
    private final Duration poll;
    private final Duration sweep;
    private final DatabaseOutage outage;
    private final Object signal = new Object();
    private final AtomicInteger wakes = new AtomicInteger();
    private volatile boolean stopping;
    private ExecutorService pool;
    private ScheduledExecutorService sweeper;

    public ExportJobRunner(ExportJobWorker worker, int workers, Duration poll, Duration sweep, DatabaseOutage outage) {
        this.worker = worker;
        this.workers = workers;
        this.poll = poll;
        this.sweep = sweep;
        this.outage = outage;
    }

    @Override
    public void start() {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(Math.max(workers, 1), r -> {
            Thread t = new Thread(r, "export-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < workers; i++) {
            pool.execute(this::loop);
        }
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "export-job-sweeper");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, 0, sweep.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A job was queued: the waiting workers look now. */
    public void wake() {
        synchronized (signal) {
            wakes.incrementAndGet();
            signal.notifyAll();
        }
    }

    private void loop() {
        while (!stopping) {
            int seen = wakes.get();
            boolean ran = false;
            try {
                ran = worker.runOne(() -> stopping);
            } catch (RuntimeException e) {
                if (DatabaseOutage.isCause(e)) {
                    outage.report(e);
                } else {
                    LOG.warn("Export worker round failed; next round in {}", poll, e);
                }
            }
            if (!ran) {
                synchronized (signal) {
                    if (!stopping && wakes.get() == seen) {
                        try {
                            signal.wait(poll.toMillis());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }
            }
        }
    }

    private void sweep() {
        try {
            int swept = worker.sweep();
            if (swept > 0) {
                LOG.info("Removed the files of {} expired export jobs", swept);
            }
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                outage.report(e);
                return;
            }
            LOG.warn("Export sweep failed; next in {}", sweep, e);
        }
    }

    /** Runs the sweeper now (tests, after moving a job's expiry into the past). */
    public int sweepNow() {
        return worker.sweep();
    }

    @Override
    public void stop() throws InterruptedException {
        stopping = true;
        wake();
        sweeper.shutdownNow();
        pool.shutdown();
        if (!pool.awaitTermination(20, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }
}
