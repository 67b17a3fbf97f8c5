package io.invoiceportal.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.core.export.ArchiveListener.ArchiveEntry;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.invoice.InvoiceService;
import io.invoiceportal.core.tenant.SettingsRequest;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantRequest;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import io.invoiceportal.core.testing.TestExporter;
import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Archives rendered in parallel on a real PostgreSQL: whatever order the renders finish in, the ZIP
 * holds every invoice in every format, in order, with the right content; a failure stops it after
 * the entries before it, or leaves the entry out when the listener says so; and only a few renders
 * are ever in flight.
 */
class ArchiveTest {
    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension("archives");
    static final int INVOICES = 60;
    static final AtomicInteger RUNNING = new AtomicInteger();
    static final AtomicInteger MOST_RUNNING = new AtomicInteger();
    static final AtomicInteger STARTED = new AtomicInteger();
    static Jdbi jdbi;
    static ExportService exports;
    static Tenant tenant;
    static List<Invoice> invoices;

    /** Writes "{format} {number}" after a random pause, so renders finish out of order; fails for "A-0042" when {@code failing}. */
    static final class SlowExporter extends TestExporter {
        private final boolean failing;

        SlowExporter(String id, String mediaType, String extension, boolean failing) {
            super(id, id, mediaType, extension);
            this.failing = failing;
        }

        @Override
        public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws IOException, ExportException {
            STARTED.incrementAndGet();
            MOST_RUNNING.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(4));
                if (failing && invoice.invoiceNumber().equals("A-0042")) {
                    throw new ExportException("no " + id() + " for A-0042");
                }
                out.write((id() + " " + invoice.invoiceNumber()).getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                throw new IOException(e);
            } finally {
                RUNNING.decrementAndGet();
            }
        }
    }

    @BeforeAll
    static void sixtyInvoices() {
        jdbi = db.jdbi();
        TenantService tenants = Fixtures.tenants(jdbi);
        ExporterCatalog catalog = new ExporterCatalog() {
            @Override
            public List<InvoiceExporter> exporters() {
                return List.of(new SlowExporter("pdf", "application/pdf", "pdf", false),
                        new SlowExporter("xml", "application/xml", "xml", false),
                        new SlowExporter("ubl", "application/xml", "xml", false),
                        new SlowExporter("csv", "text/csv", "csv", true));
            }

            @Override
            public List<DeliveryChannel> channels() {
                return List.of();
            }
        };
        InvoiceService invoiceService = new InvoiceService(jdbi);
        exports = new ExportService(jdbi, invoiceService, catalog, "http://portal.test", Clock.systemUTC());
        tenant = tenants.create(new TenantRequest("archives", "Archief B.V.", "nl", null, null, null, null)).tenant();
        tenants.updateSettings(tenant, new SettingsRequest(List.of("pdf", "xml", "ubl", "csv"), null, null, null, null, null,
                null, null), Set.of("pdf", "xml", "ubl", "csv"), Set.of("email"), Map.of());
        tenant = tenants.findBySlug("archives").orElseThrow();
        Fixtures.customer(jdbi, tenant, "C-1", "archief", "a@example.test");
        List<InvoiceRequest> requests = new ArrayList<>();
        for (int i = 1; i <= INVOICES; i++) {
            requests.add(new InvoiceRequest("A-%04d".formatted(i), "C-1", "2026-01-05", "2026-02-04", "Energie", "EUR", null,
                    null, List.of(new InvoiceRequest.LineInput("1", "Levering", "1", "C62", "10.00", "S", "21")), null, null));
        }
        invoiceService.publishAll(tenant, requests, "test");
        invoices = requests.stream().map(r -> invoiceService.find(tenant, r.invoiceNumber()).orElseThrow()).toList();
    }

    static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    /** Every invoice in every format, in the order of the invoices and then of the formats, each with its own content. */
    @Test
    void parallelRendersComeOutCompleteAndInOrder() throws Exception {
        MOST_RUNNING.set(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.zip(tenant, invoices, List.of("pdf", "xml", "ubl"), Locale.ENGLISH, out);

        List<String> expected = new ArrayList<>();
        for (Invoice invoice : invoices) {
            String n = invoice.invoiceNumber();
            expected.addAll(List.of(n + ".pdf=pdf " + n, n + ".xml=xml " + n, n + "-ubl.xml=ubl " + n));
        }
        assertThat(entries(out.toByteArray()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
                .containsExactlyElementsOf(expected);
        assertThat(MOST_RUNNING.get()).as("renders at once").isBetween(1, RenderPool.THREADS);
    }

    /**
     * The listener hears of each entry once it is in the ZIP, in order, with its name and size; the
     * ZIP stays open for the caller's own entries (a manifest); invoices are read only as renders start.
     */
    @Test
    void listenerHearsEachEntryInOrderAndTheCallerFinishesTheZip() throws Exception {
        List<String> heard = new ArrayList<>();
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        Iterable<Invoice> lazily = () -> new Iterator<>() {
            private final Iterator<Invoice> each = invoices.iterator();

            @Override
            public boolean hasNext() {
                return each.hasNext();
            }

            @Override
            public Invoice next() {
                mostAhead.accumulateAndGet(taken.incrementAndGet() - heard.size() / 2, Math::max);
                return each.next();
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            exports.writeArchive(tenant, lazily, List.of("pdf", "xml"), Locale.ENGLISH, zip,
                    entry -> heard.add(entry.name() + " " + entry.format() + " " + entry.invoice().invoiceNumber() + " " + entry.size()));
            zip.putNextEntry(new ZipEntry("manifest.csv"));
            zip.write(String.join("\n", heard).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThat(heard).hasSize(2 * INVOICES);
        assertThat(heard.get(0)).isEqualTo("A-0001.pdf pdf A-0001 10");
        assertThat(heard.get(3)).isEqualTo("A-0002.xml xml A-0002 10");
        Map<String, String> entries = entries(out.toByteArray());
        assertThat(entries).hasSize(2 * INVOICES + 1);
        assertThat(entries.keySet()).endsWith("manifest.csv");
        assertThat(mostAhead.get()).as("invoices taken ahead of those written").isLessThanOrEqualTo(RenderPool.WINDOW + 1);
    }

    /**
     * A failing render stops the archive with its failure: the entries before it are in the ZIP, none
     * after it, and the renders queued behind it are dropped.
     */
    @Test
    void aFailureStopsTheArchiveAfterTheEntriesBeforeIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(out);
        List<String> heard = new ArrayList<>();
        STARTED.set(0);
        assertThatThrownBy(() -> exports.writeArchive(tenant, invoices, List.of("pdf", "csv"), Locale.ENGLISH, zip,
                entry -> heard.add(entry.name())))
                .isInstanceOf(ExportException.class).hasMessage("no csv for A-0042");
        zip.finish();

        assertThat(heard).hasSize(2 * 41 + 1).startsWith("A-0001.pdf", "A-0001.csv").endsWith("A-0041.csv", "A-0042.pdf");
        assertThat(entries(out.toByteArray()).keySet()).containsExactlyElementsOf(heard);
        Thread.sleep(100);
        assertThat(STARTED.get()).as("renders started").isLessThan(2 * 42 + 2 * RenderPool.WINDOW);
    }

    /** A listener that skips failures gets an archive without the failed entry and everything else. */
    @Test
    void aSkippedFailureLeavesOnlyThatEntryOut() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> skipped = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            exports.writeArchive(tenant, invoices, List.of("pdf", "csv"), Locale.ENGLISH, zip, new ArchiveListener() {
                @Override
                public void written(ArchiveEntry entry) {}

                @Override
                public boolean skip(Invoice invoice, String format, ExportException failure) {
                    skipped.add(invoice.invoiceNumber() + " " + format + ": " + failure.getMessage());
                    return true;
                }
            });
        }

        assertThat(skipped).containsExactly("A-0042 csv: no csv for A-0042");
        assertThat(entries(out.toByteArray())).hasSize(2 * INVOICES - 1).doesNotContainKey("A-0042.csv")
                .containsEntry("A-0043.csv", "csv A-0043");
    }
}
