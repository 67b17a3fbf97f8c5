package io.invoiceportal.core.exportjob;

import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.invoice.InvoiceService;
import io.invoiceportal.core.outbox.Outbox;
import io.invoiceportal.core.outbox.OutboxKind;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.plugin.api.ExportException;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs export jobs; every node runs workers, and they share the queue in the database. A job is
 * claimed in a short transaction of its own ({@code FOR UPDATE SKIP LOCKED}, serialised by an
 * advisory lock so the per-customer limit holds across nodes) and held with a lease that each
 * progress update extends. A worker whose node stops gives its job back; one whose node dies
 * leaves it to be taken over when the lease ends. Each claim (attempt) writes its own file and
 * records its outcome only while the job is still its own, so no job is finished twice and the
 * ZIP holds every invoice once.
 *
 * <p>The ZIP is written straight to disk: invoices are read {@value #PAGE} at a time from the
 * job's snapshot and each one is rendered through {@link ExportService#render} into memory (one
 * invoice is small), then written as an entry; the manifest rows are collected in a file beside
 * it and become {@code manifest.csv}, the last entry. Memory therefore does not grow with the
 * size of the job. An invoice that cannot be rendered is listed as failed in the manifest and the
 * job goes on; the job fails (with the reason) when the file cannot be written or no invoice at
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

    /** Why a run ended before its ZIP was complete. */
    private enum Interrupted { LEASE_LOST, STOPPING }

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
        Interrupted interrupted = null;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(part), 64 * 1024);
                ZipOutputStream zip = new ZipOutputStream(file);
                Writer rows = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
            rows.write(ManifestCsv.HEADER);
            Set<String> names = new HashSet<>();
            int after = 0;
            long lastReport = System.nanoTime();
            pages:
            while (true) {
                List<ExportJobDao.Item> items = page(job, after);
                if (items.isEmpty()) {
                    break;
                }
                for (ExportJobDao.Item item : items) {
                    if (stopping.getAsBoolean()) {
                        interrupted = Interrupted.STOPPING;
                        break pages;
                    }
                    write(tenant, job, reader, item.invoiceId(), zip, rows, names, progress);
                    after = item.seq();
                    if (System.nanoTime() - lastReport > PROGRESS_NANOS) {
                        lastReport = System.nanoTime();
                        if (!report(job, progress)) {
                            interrupted = Interrupted.LEASE_LOST;
                            break pages;
                        }
                    }
                }
            }
            if (interrupted == null) {
                rows.flush();
                zip.putNextEntry(new ZipEntry("manifest.csv"));
                Files.copy(manifest, zip);
                zip.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            cleanUp(part, manifest);
            throw e;
        }
        Files.deleteIfExists(manifest);
        if (interrupted != null) {
            cleanUp(part, manifest);
            if (interrupted == Interrupted.STOPPING) {
                jdbi.useExtension(ExportJobDao.class, dao -> dao.release(job.tenantId(), job.id(), job.attempts()));
                LOG.info("Export job {}/{} given back to the queue: this node stops", job.tenantId(), job.id());
            } else {
                LOG.warn("Export job {}/{} was taken over by another node; this attempt stops", job.tenantId(), job.id());
            }
            return;
        }
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

    private List<ExportJobDao.Item> page(ExportJob job, int after) {
        return jdbi.withExtension(ExportJobDao.class, dao -> dao.items(job.tenantId(), job.id(), after, PAGE));
    }

    /** Counts of this attempt so far. */
    private static final class Progress {
        int done;
        int failed;
        String firstError;
    }

    /** One invoice in each format of the job: its entries and manifest rows. */
    private void write(Tenant tenant, ExportJob job, Locale reader, long invoiceId, ZipOutputStream zip, Writer rows,
            Set<String> names, Progress progress) throws IOException {
        Optional<Invoice> found = invoices.findById(tenant, invoiceId);
        boolean failed = false;
        if (found.isEmpty()) {
            ManifestCsv.row(rows, "#" + invoiceId, "", String.join(" ", job.formatList()), "failed",
                    "the invoice is no longer there");
            failed = true;
            progress.firstError = progress.firstError == null ? "the invoice is no longer there" : progress.firstError;
        } else {
            Invoice invoice = found.get();
            for (String format : job.formatList()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
                String fileName;
                try {
                    ExportService.Rendering rendering = exports.render(tenant, invoice, format, reader);
                    rendering.writer().writeTo(bytes);
                    fileName = unique(names, rendering.fileName(), invoice.invoiceNumber(), format,
                            rendering.exporter().fileExtension());
                } catch (ExportException | RuntimeException e) {
                    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    ManifestCsv.row(rows, invoice.invoiceNumber(), "", format, "failed", reason);
                    failed = true;
                    progress.firstError = progress.firstError == null ? reason : progress.firstError;
                    continue;
                }
                zip.putNextEntry(new ZipEntry(fileName));
                bytes.writeTo(zip);
                zip.closeEntry();
                ManifestCsv.row(rows, invoice.invoiceNumber(), fileName, format, "ok", "");
            }
        }
        progress.done++;
        if (failed) {
            progress.failed++;
        }
    }

    /**
     * {@code {number}.{ext}}; when another format or invoice already took that name (PDF and
     * Factur-X share .pdf), {@code {number}-{format}.{ext}}, then with a counter.
     */
    private static String unique(Set<String> names, String fileName, String number, String format, String extension) {
        if (names.add(fileName)) {
            return fileName;
        }
        String base = fileName.substring(0, fileName.length() - extension.length() - 1) + "-" + format;
        String candidate = base + "." + extension;
        for (int n = 2; !names.add(candidate); n++) {
            candidate = base + "-" + n + "." + extension;
        }
        return candidate;
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
