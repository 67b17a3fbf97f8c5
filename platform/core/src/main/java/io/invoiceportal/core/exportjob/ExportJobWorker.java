package io.invoiceportal.core.exportjob;

import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.export.ArchiveListener;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.invoice.InvoiceService;
import io.invoiceportal.core.outbox.Outbox;
import io.invoiceportal.core.outbox.OutboxKind;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.plugin.api.ExportException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs export jobs; every node runs workers, and they share the queue in the database. A job is
 * claimed in a short transaction of its own ({@code FOR UPDATE SKIP LOCKED}, serialised by an
 * advisory lock so the per-customer limit holds across nodes) and held with a lease that progress
 * updates and a heartbeat (every quarter lease, also while renders wait for the shared pool) extend. A worker whose node stops gives its job back; one whose node dies
 * leaves it to be taken over when the lease ends. Each claim (attempt) writes its own file and
 * records its outcome only while the job is still its own, so no job is finished twice and the
 * ZIP holds every invoice once.
 *
 * <p>The ZIP is written straight to disk by {@link ExportService#writeArchive}, which renders a
 * few entries at a time in parallel and writes them in order; the invoices are read from the job's
 * snapshot {@value #PAGE} at a time as it asks for them, and the manifest rows are collected in a
 * file beside the ZIP and become {@code manifest.csv}, its last entry. Memory therefore does not
 * grow with the size of the job. An invoice that cannot be rendered in a format is listed as
 * failed in the manifest and the job goes on; the job fails (with the reason) when the file cannot
 * be written, a plugin breaks down (not an export failure) or no invoice at
 * all could be rendered. When it is done, the customer is mailed (outbox kind export-ready) in
 * the same transaction that records it.
 */
public class ExportJobWorker {
    static final int PAGE = 200;
    private static final long PROGRESS_NANOS = 500_000_000L;
    private static final Logger LOG = LoggerFactory.getLogger(ExportJobWorker.class);

    private final Jdbi jdbi;
    private final TenantService tenants;
    private final InvoiceService invoices;
    private final ExportService exports;
    private final ExportJobSettings settings;
    private final Clock clock;
    private final String name;
    /** Extends the leases of the jobs this worker runs, whether or not their renders make progress. */
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "export-job-lease");
        t.setDaemon(true);
        return t;
    });

    public ExportJobWorker(Jdbi jdbi, TenantService tenants, InvoiceService invoices, ExportService exports,
            ExportJobSettings settings, Clock clock, String name) {
        this.jdbi = jdbi;
        this.tenants = tenants;
        this.invoices = invoices;
        this.exports = exports;
        this.settings = settings;
        this.clock = clock;
        this.name = name;
    }

    /**
     * Claims one due job and runs it to its end; false when none is due. {@code stopping} is asked
     * between invoices: when it says true the job is given back to the queue.
     */
    public boolean runOne(BooleanSupplier stopping) {
        Optional<ExportJob> claimed = jdbi.inTransaction(h -> {
            ExportJobDao dao = h.attach(ExportJobDao.class);
            dao.lockClaims();
            return dao.claim(clock.instant(), clock.instant().plus(settings.lease()), name,
                    settings.maxRunningPerCustomer());
        });
        if (claimed.isEmpty()) {
            return false;
        }
        ExportJob job = claimed.get();
        LOG.info("Export job {}/{} ({} invoices) claimed, attempt {}", job.tenantId(), job.id(), job.total(), job.attempts());
        try {
            run(job, stopping);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Export job {}/{} failed", job.tenantId(), job.id(), e);
            fail(job, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return true;
    }

    /** Ends the archive early: this node stops, or another node took the job over. */
    private static final class Interrupted extends IOException {
        final boolean stopping;

        Interrupted(boolean stopping) {
            super(stopping ? "this node stops" : "the job was taken over by another node");
            this.stopping = stopping;
        }
    }

    private void run(ExportJob job, BooleanSupplier stopping) throws IOException {
        Tenant tenant = tenants.findById(job.tenantId()).orElseThrow();
        Locale reader = Locale.forLanguageTag(job.language());
        Path folder = ExportJobFiles.folder(settings.directory(), job.tenantId());
        Files.createDirectories(folder);
        ExportJobFiles.removeParts(folder, job.id());
        String zipName = ExportJobFiles.zipName(job.id(), job.attempts());
        Path part = folder.resolve(zipName + ".part");
        Path manifest = folder.resolve(job.id() + "-" + job.attempts() + ".manifest.part");
        Progress progress = new Progress();
        long beat = Math.max(settings.lease().toMillis() / 4, 100);
        ScheduledFuture<?> heartbeat = heartbeats.scheduleWithFixedDelay(() -> {
            try {
                if (!report(job, progress)) {
                    progress.lost = true;
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not extend the lease of export job {}/{}", job.tenantId(), job.id(), e);
            }
        }, beat, beat, TimeUnit.MILLISECONDS);
        try {
            write(job, tenant, reader, folder, zipName, part, manifest, progress, stopping);
        } finally {
            heartbeat.cancel(false);
        }
    }

    private void write(ExportJob job, Tenant tenant, Locale reader, Path folder, String zipName, Path part,
            Path manifest, Progress progress, BooleanSupplier stopping) throws IOException {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(part), 64 * 1024);
                ZipOutputStream zip = new ZipOutputStream(file);
                Writer rows = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
            rows.write(ManifestCsv.HEADER);
            Entries entries = new Entries(job, rows, progress, stopping);
            exports.writeArchive(tenant, () -> new Snapshot(tenant, job, rows, progress), job.formatList(), reader,
                    zip, entries);
            rows.flush();
            zip.putNextEntry(new ZipEntry("manifest.csv"));
            Files.copy(manifest, zip);
            zip.closeEntry();
        } catch (Interrupted e) {
            cleanUp(part, manifest);
            if (e.stopping) {
                jdbi.useExtension(ExportJobDao.class, dao -> dao.release(job.tenantId(), job.id(), job.attempts()));
                LOG.info("Export job {}/{} given back to the queue: this node stops", job.tenantId(), job.id());
            } else {
                LOG.warn("Export job {}/{} was taken over by another node; this attempt stops", job.tenantId(), job.id());
            }
            return;
        } catch (ExportException e) {
            cleanUp(part, manifest);
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            cleanUp(part, manifest);
            throw e;
        }
        Files.deleteIfExists(manifest);
        progress.done = progress.handedOut;
        if (progress.done > 0 && progress.failed == progress.done) {
            Files.deleteIfExists(part);
            fail(job, "no invoice could be rendered: " + progress.firstError);
            return;
        }
        Path zipFile = folder.resolve(zipName);
        Files.move(part, zipFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        long bytes = Files.size(zipFile);
        boolean recorded = jdbi.inTransaction(h -> {
            ExportJobDao dao = h.attach(ExportJobDao.class);
            if (dao.markDone(job.tenantId(), job.id(), job.attempts(), progress.done, progress.failed, zipName, bytes,
                    clock.instant(), clock.instant().plus(settings.keep())) == 0) {
                return false;
            }
            dao.deleteItems(job.tenantId(), job.id());
            Outbox.enqueue(h, job.tenantId(), OutboxKind.EXPORT_READY, job.customerId(), null, "email",
                    Json.write(Map.of("jobId", job.id())));
            return true;
        });
        if (!recorded) {
            Files.deleteIfExists(zipFile);
            LOG.warn("Export job {}/{} was taken over by another node before it was recorded", job.tenantId(), job.id());
            return;
        }
        LOG.info("Export job {}/{} done: {} invoices, {} failed, {} bytes", job.tenantId(), job.id(), progress.done,
                progress.failed, bytes);
    }

    /** Counts of this attempt so far. */
    private static final class Progress {
        /** Invoices taken from the snapshot (some may still be rendering). */
        int handedOut;
        /** Invoices whose entries are all in the ZIP (or listed as failed); read by the heartbeat. */
        volatile int done;
        volatile int failed;
        /** Set by the heartbeat when the job is no longer this attempt's. */
        volatile boolean lost;
        long lastFailedInvoice = -1;
        String firstError;

        void failed(long invoiceId, String reason) {
            if (invoiceId != lastFailedInvoice) {
                lastFailedInvoice = invoiceId;
                failed++;
            }
            firstError = firstError == null ? reason : firstError;
        }
    }

    /**
     * The job's invoices in the snapshot's order, read {@value #PAGE} at a time as the archive asks
     * for them (on the thread that writes the archive). An invoice no longer there is listed as
     * failed in the manifest and left out.
     */
    private final class Snapshot implements java.util.Iterator<Invoice> {
        private final Tenant tenant;
        private final ExportJob job;
        private final Writer rows;
        private final Progress progress;
        private java.util.Iterator<ExportJobDao.Item> page = java.util.Collections.emptyIterator();
        private int after;
        private boolean last;
        private Invoice next;

        Snapshot(Tenant tenant, ExportJob job, Writer rows, Progress progress) {
            this.tenant = tenant;
            this.job = job;
            this.rows = rows;
            this.progress = progress;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (!page.hasNext()) {
                    if (last) {
                        return false;
                    }
                    List<ExportJobDao.Item> items = jdbi.withExtension(ExportJobDao.class,
                            dao -> dao.items(job.tenantId(), job.id(), after, PAGE));
                    last = items.size() < PAGE;
                    page = items.iterator();
                    if (items.isEmpty()) {
                        return false;
                    }
                }
                ExportJobDao.Item item = page.next();
                after = item.seq();
                progress.handedOut++;
                next = invoices.findById(tenant, item.invoiceId()).orElse(null);
                if (next == null) {
                    missing(item.invoiceId());
                }
            }
            return true;
        }

        private void missing(long invoiceId) {
            String reason = "the invoice is no longer there";
            try {
                ManifestCsv.row(rows, "#" + invoiceId, "", String.join(" ", job.formatList()), "failed", reason);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            progress.failed(invoiceId, reason);
        }

        @Override
        public Invoice next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Invoice invoice = next;
            next = null;
            return invoice;
        }
    }

    /**
     * Lists each entry in the manifest as it is written (or skipped when it could not be rendered),
     * reports progress about twice a second, and ends the archive when the node stops or the job
     * is no longer this attempt's.
     */
    private final class Entries implements ArchiveListener {
        private final ExportJob job;
        private final Writer rows;
        private final Progress progress;
        private final BooleanSupplier stopping;
        private long currentInvoice = -1;
        private long lastReport = System.nanoTime();

        Entries(ExportJob job, Writer rows, Progress progress, BooleanSupplier stopping) {
            this.job = job;
            this.rows = rows;
            this.progress = progress;
            this.stopping = stopping;
        }

        @Override
        public void written(ArchiveEntry entry) throws IOException {
            ManifestCsv.row(rows, entry.invoice().invoiceNumber(), entry.name(), entry.format(), "ok", "");
            seen(entry.invoice());
        }

        @Override
        public boolean skip(Invoice invoice, String format, ExportException failure) {
            String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            try {
                ManifestCsv.row(rows, invoice.invoiceNumber(), "", format, "failed", reason);
                progress.failed(invoice.id(), reason);
                seen(invoice);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return true;
        }

        /** A new invoice's first entry: the one before it is complete. */
        private void seen(Invoice invoice) throws IOException {
            if (invoice.id() == currentInvoice) {
                return;
            }
            if (currentInvoice >= 0) {
                progress.done++;
            }
            currentInvoice = invoice.id();
            if (stopping.getAsBoolean()) {
                throw new Interrupted(true);
            }
            if (progress.lost) {
                throw new Interrupted(false);
            }
            if (System.nanoTime() - lastReport > PROGRESS_NANOS) {
                lastReport = System.nanoTime();
                if (!report(job, progress)) {
                    throw new Interrupted(false);
                }
            }
        }
    }

    /** Records progress and extends the lease; false when the job is no longer this attempt's. */
    private boolean report(ExportJob job, Progress progress) {
        return jdbi.withExtension(ExportJobDao.class, dao -> dao.progress(job.tenantId(), job.id(), job.attempts(),
                progress.done, progress.failed, clock.instant().plus(settings.lease()))) == 1;
    }

    private void fail(ExportJob job, String reason) {
        jdbi.useTransaction(h -> {
            ExportJobDao dao = h.attach(ExportJobDao.class);
            if (dao.markFailed(job.tenantId(), job.id(), job.attempts(), reason, clock.instant()) == 1) {
                dao.deleteItems(job.tenantId(), job.id());
            }
        });
    }

    private static void cleanUp(Path part, Path manifest) {
        try {
            Files.deleteIfExists(part);
            Files.deleteIfExists(manifest);
        } catch (IOException e) {
            LOG.warn("Could not remove {}", part, e);
        }
    }

    /**
     * Removes the files of jobs whose download period has ended and marks them expired; returns
     * how many. A file already gone (another node's sweeper) is no error.
     */
    public int sweep() {
        List<ExportJob> expired = jdbi.withExtension(ExportJobDao.class, dao -> dao.expired(clock.instant(), 100));
        int swept = 0;
        for (ExportJob job : expired) {
            try {
                Files.deleteIfExists(ExportJobFiles.zip(settings.directory(), job));
            } catch (IOException e) {
                LOG.warn("Could not remove the file of expired export job {}/{}", job.tenantId(), job.id(), e);
                continue;
            }
            swept += jdbi.withExtension(ExportJobDao.class, dao -> dao.markExpired(job.tenantId(), job.id()));
        }
        return swept;
    }
}
