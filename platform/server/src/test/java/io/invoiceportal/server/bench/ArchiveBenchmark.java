package io.invoiceportal.server.bench;

import io.dropwizard.testing.DropwizardTestSupport;
import io.invoiceportal.core.customer.CustomerRequest;
import io.invoiceportal.core.export.ArchiveListener;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.tenant.SettingsRequest;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantRequest;
import io.invoiceportal.core.testing.TestDatabase;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.Services;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipOutputStream;

/**
 * The archive case of {@code bench/render-benchmark.sh}: a ZIP of 100 invoices in PDF, XML and CSV
 * (300 entries) written by {@link ExportService#zip} (what {@code POST …/me/exports} and the bundle
 * stream) with the real plugins, against its limit, the sum of the 300 single renders of the same
 * invoices and formats one after the other ({@link ExportService#render}, as the single downloads).
 * Then the heap: the memory still in use half-way through an archive of 100 and of 400 invoices (after
 * a full collection, above what was in use before the archive), and the highest heap use seen while
 * writing (garbage included). Prints Markdown table rows. Not a test.
 *
 * <p>Arguments: {@code --runs=N} timed runs of each (default 5, the median is reported).
 */
public final class ArchiveBenchmark {
    private static final List<String> FORMATS = List.of("pdf", "xml", "csv");
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private ArchiveBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = Arrays.stream(args).filter(a -> a.startsWith("--runs=")).map(a -> Integer.parseInt(a.substring(7)))
                .findFirst().orElse(5);
        DropwizardTestSupport<PortalConfiguration> app = BenchApp.start(BenchApp.repositoryRoot(), TestDatabase.create("archivebench").url());
        try {
            Services services = app.<PortalApplication>getApplication().services();
            ExportService exports = services.exports();
            Tenant tenant = tenant(services);
            List<Invoice> all = invoices(services, tenant, 400);
            List<Invoice> hundred = all.subList(0, 100);
            for (int i = 0; i < 3; i++) {
                singles(exports, tenant, hundred);
                exports.zip(tenant, hundred, FORMATS, Locale.ENGLISH, OutputStream.nullOutputStream());
            }
            double[] single = new double[runs];
            double[] archive = new double[runs];
            long bytes = 0;
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                singles(exports, tenant, hundred);
                single[r] = (System.nanoTime() - start) / 1e6;
                Counting out = new Counting();
                start = System.nanoTime();
                exports.zip(tenant, hundred, FORMATS, Locale.ENGLISH, out);
                archive[r] = (System.nanoTime() - start) / 1e6;
                bytes = out.count;
            }
            double singleMs = median(single);
            double archiveMs = median(archive);
            System.out.println(String.format(Locale.ROOT, "| archive of 100 invoices × pdf, xml, csv (300 entries, %d KB) | %.0f ms"
                    + " | %.0f ms (300 single renders one after the other) | %.2f |", bytes / 1024, archiveMs, singleMs,
                    archiveMs / singleMs));
            for (List<Invoice> invoices : List.of(hundred, all)) {
                Heap heap = heap(exports, tenant, invoices);
                System.out.println(String.format(Locale.ROOT, "| heap, archive of %d invoices × 3 formats | %.1f MB in use half-way"
                        + " (after a full GC, above before) | highest use while writing %.0f MB (garbage included), heap before %.1f MB |",
                        invoices.size(), heap.retainedHalfWay / 1048576.0, heap.peak / 1048576.0, heap.before / 1048576.0));
            }
        } finally {
            app.after();
        }
    }

    private static void singles(ExportService exports, Tenant tenant, List<Invoice> invoices) throws Exception {
        for (Invoice invoice : invoices) {
            for (String format : FORMATS) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
                exports.render(tenant, invoice, format, Locale.ENGLISH).writer().writeTo(out);
            }
        }
    }

    private record Heap(long before, long retainedHalfWay, long peak) {}

    private static Heap heap(ExportService exports, Tenant tenant, List<Invoice> invoices) throws Exception {
        System.gc();
        long before = MEMORY.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong();
        AtomicLong halfWay = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!done.get()) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                Thread.onSpinWait();
            }
        });
        int middle = invoices.size() * FORMATS.size() / 2;
        int[] written = {0};
        try (ZipOutputStream zip = new ZipOutputStream(new Counting())) {
            exports.writeArchive(tenant, invoices, FORMATS, Locale.ENGLISH, zip, entry -> {
                if (++written[0] == middle) {
                    System.gc();
                    halfWay.set(MEMORY.getHeapMemoryUsage().getUsed() - before);
                }
            });
        } finally {
            done.set(true);
            sampler.join();
        }
        return new Heap(before, halfWay.get(), peak.get());
    }

    private static Tenant tenant(Services services) {
        Tenant tenant = services.tenants().create(new TenantRequest("archives", "Archief Energie B.V.", "nl",
                new TenantRequest.SellerInput("Archief Energie B.V.", null, "NL123456789B01", null, "NL91ABNA0417164300"),
                null, null, null)).tenant();
        services.tenants().updateSettings(tenant, new SettingsRequest(FORMATS, null, null, null, null, null, null, null),
                Set.copyOf(FORMATS), Set.of("email"), Map.of());
        services.customers().put(tenant, "C-1", new CustomerRequest("Klant Archief B.V.", "klant@example.test", null, null,
                null, null, null, null, null, null, null), "bench");
        return services.tenants().findBySlug("archives").orElseThrow();
    }

    /** {@code count} invoices of three lines each for the one customer. */
    private static List<Invoice> invoices(Services services, Tenant tenant, int count) {
        List<InvoiceRequest> requests = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            requests.add(new InvoiceRequest("2026-%05d".formatted(i), "C-1", "2026-01-05", "2026-02-04", "Energie", "EUR",
                    null, null, List.of(
                            new InvoiceRequest.LineInput("1", "Levering stroom januari", "1250", "KWH", "0.28", "S", "21"),
                            new InvoiceRequest.LineInput("2", "Vastrecht", "1", "C62", "7.50", "S", "21"),
                            new InvoiceRequest.LineInput("3", "Netbeheerkosten", "1", "C62", "39.12", "S", "21")), null, null));
        }
        services.invoices().publishAll(tenant, requests, "bench");
        return requests.stream().map(r -> services.invoices().find(tenant, r.invoiceNumber()).orElseThrow()).toList();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Counts what the ZIP writes and keeps nothing, as a response that is sent on. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
