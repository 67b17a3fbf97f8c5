package io.invoiceportal.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invoiceportal.core.db.Database;
import io.invoiceportal.core.export.ExporterCatalog;
import io.invoiceportal.core.tenant.TenantDefaults;
import io.invoiceportal.core.testing.TestDatabase;
import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.server.Services;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Bulk export job benchmark: loads the bench tenant (the big customer with {@code --invoices}
 * invoices, default 10,000), starts the runnable jar as its own process with {@code -Xmx256m}
 * (or {@code --heap}), runs one export job of all of the big customer's invoices in
 * {@code --format} (default pdf) and samples the server's heap (the admin port's
 * {@code jvm.memory.heap.used}) every 200 ms. The limit it is compared with, on the same server in
 * the same run: the synchronous ZIP of 500 of the same invoices ({@code POST …/me/exports}),
 * in invoices per second. Writes its section into docs/benchmarks.md. Run it with
 * {@code bench/export-job-benchmark.sh}; it is not a test.
 */
public final class ExportJobBenchmark {
    static final String START = "<!-- export-job-benchmark:start (written by ExportJobBenchmark; edit outside these markers) -->";
    static final String END = "<!-- export-job-benchmark:end -->";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).build();
    private final String api;

    private ExportJobBenchmark(String api) {
        this.api = api + "/v1/tenants/" + BenchData.TENANT;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("Arguments are --name=value: invoices, format, heap, database; got " + a);
            }
            o.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        int invoices = Integer.parseInt(o.getOrDefault("invoices", "10000"));
        String format = o.getOrDefault("format", "pdf");
        String heap = o.getOrDefault("heap", "256m");
        Path root = Path.of("").toAbsolutePath();
        String database = o.containsKey("database") ? o.get("database") : TestDatabase.create("exportbench").url();
        System.err.println("Database: " + database + " (run again on it with --database=<that url>)");
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(database);
        Services services = Services.build(Database.jdbi(source), NO_PLUGINS, new TenantDefaults(List.of("pdf", "xml", "csv"),
                List.of("email"), ZoneId.of("Europe/Amsterdam")), "http://localhost", Clock.systemUTC());
        BenchData.loadIfMissing(services, invoices * 10, 100); // the big customer has every tenth invoice
        String machine = Machine.describe(services);

        int port = freePort();
        int adminPort = freePort();
        Path data = Files.createTempDirectory("export-bench-data");
        Path log = data.resolve("server.log");
        ProcessBuilder server = new ProcessBuilder(javaCommand(), "-Xmx" + heap, "-jar",
                root.resolve("platform/server/target/invoice-portal.jar").toString(), "server", "config.yml")
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        server.environment().putAll(Map.of("PORTAL_DATABASE_URL", database, "PORTAL_HTTP_PORT", String.valueOf(port),
                "PORTAL_ADMIN_PORT", String.valueOf(adminPort), "PORTAL_LOAD_SAMPLES", "false",
                "PORTAL_DATA_DIR", data.toString(), "PORTAL_PLUGINS_DIR", root.resolve("target/plugins").toString(),
                "PORTAL_ADMIN_KEY", BenchApp.ADMIN_KEY));
        Process process = server.start();
        try {
            ExportJobBenchmark bench = new ExportJobBenchmark("http://127.0.0.1:" + port + "/api");
            bench.waitForStart(process, log);
            bench.signIn();
            HeapSampler heapSampler = new HeapSampler("http://127.0.0.1:" + adminPort + "/metrics");
            heapSampler.start();
            long start = System.nanoTime();
            JsonNode job = bench.post("/me/export-jobs", Map.of("format", format, "filter", Map.of()));
            long id = job.path("id").asLong();
            int total = job.path("total").asInt();
            System.err.printf("Job %d: %,d invoices in %s%n", id, total, format);
            JsonNode state;
            do {
                Thread.sleep(1000);
                state = JSON.readTree(bench.get("/me/export-jobs/" + id).body());
                System.err.printf("  %s %,d / %,d, heap peak so far %d MB%n", state.path("state").asText(),
                        state.path("done").asInt(), total, heapSampler.peak() / 1024 / 1024);
            } while (state.path("state").asText().matches("queued|running"));
            double jobSeconds = (System.nanoTime() - start) / 1e9;
            heapSampler.interrupt();
            if (!state.path("state").asText().equals("done")) {
                throw new IllegalStateException("The job ended " + state);
            }
            HttpResponse<byte[]> zip = bench.client.send(HttpRequest.newBuilder(URI.create(bench.api + "/me/export-jobs/"
                    + id + "/download")).build(), HttpResponse.BodyHandlers.ofByteArray());
            int entries = entries(zip.body());

            List<String> numbers = bench.numbers(500);
            long archiveStart = System.nanoTime();
            HttpResponse<byte[]> archive = bench.client.send(HttpRequest.newBuilder(URI.create(bench.api + "/me/exports"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            JSON.writeValueAsString(Map.of("invoiceNumbers", numbers, "format", format)))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            double archiveSeconds = (System.nanoTime() - archiveStart) / 1e9;
            if (archive.statusCode() != 200) {
                throw new IllegalStateException("Archive: " + archive.statusCode());
            }
            double jobRate = total / jobSeconds;
            double limitRate = numbers.size() / archiveSeconds;
            String load = Files.readString(Path.of("/proc/loadavg")).strip();
            String section = String.format(Locale.ROOT, """
                    **Latest run (%s):** one export job of **%,d invoices in %s** with the server's heap at
                    `-Xmx%s`: done in **%.1f s, %.0f invoices/s**; peak heap used %d MB of %d MB (%.0f%%); the ZIP
                    %,d bytes, %,d entries (every invoice and `manifest.csv`). Limit, same server and run: the
                    synchronous ZIP of %d of the same invoices (`POST …/me/exports`), %.0f invoices/s; **ratio %.2f**.

                    Machine: %s. Load average at the end: `%s`.
                    """, LocalDate.now(), total, format, heap, jobSeconds, jobRate, heapSampler.peak() / 1024 / 1024,
                    heapSampler.max() / 1024 / 1024, 100.0 * heapSampler.peak() / Math.max(heapSampler.max(), 1),
                    zip.body().length, entries, numbers.size(), limitRate, jobRate / limitRate, machine, load);
            System.out.println(section);
            write(root.resolve("docs/benchmarks.md"), section);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static final ExporterCatalog NO_PLUGINS = new ExporterCatalog() {
        @Override
        public List<InvoiceExporter> exporters() {
            return List.of();
        }

        @Override
        public List<DeliveryChannel> channels() {
            return List.of();
        }
    };

    /** Samples the server's heap in use (and its maximum) from the admin port's metrics. */
    private static final class HeapSampler extends Thread {
        private final HttpClient client = HttpClient.newHttpClient();
        private final String metrics;
        private volatile long peak;
        private volatile long max;

        HeapSampler(String metrics) {
            this.metrics = metrics;
            setDaemon(true);
        }

        long peak() {
            return peak;
        }

        long max() {
            return max;
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                try {
                    JsonNode gauges = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(metrics)).build(),
                            HttpResponse.BodyHandlers.ofString()).body()).path("gauges");
                    peak = Math.max(peak, gauges.path("jvm.memory.heap.used").path("value").asLong());
                    max = gauges.path("jvm.memory.heap.max").path("value").asLong();
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    // the server is busy; the next sample counts
                }
            }
        }
    }

    private void waitForStart(Process process, Path log) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped; its log: " + log);
            }
            try {
                // 401 without a session: the server answers
                if (client.send(HttpRequest.newBuilder(URI.create(api + "/me/formats")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 401) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server did not start; its log: " + log);
    }

    private void signIn() throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(api + "/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("login", BenchData.BIG_CUSTOMER, "password", BenchData.PASSWORD)))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Sign-in failed: " + r.statusCode() + " " + r.body());
        }
    }

    private JsonNode post(String path, Object body) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(api + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(api + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The numbers of the customer's newest invoices. */
    private List<String> numbers(int count) throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int page = 0; numbers.size() < count; page++) {
            JsonNode items = JSON.readTree(get("/me/invoices?size=100&page=" + page).body()).path("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(i -> numbers.add(i.path("invoiceNumber").asText()));
        }
        return numbers.subList(0, Math.min(count, numbers.size()));
    }

    private static int entries(byte[] zip) throws IOException {
        int n = 0;
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                n++;
            }
        }
        return n;
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Replaces the generated part of the export job section (between the markers). */
    static void write(Path file, String section) throws IOException {
        String generated = START + "\n" + section + END;
        String old = Files.readString(file);
        int start = old.indexOf(START);
        int end = old.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException("No export job markers in " + file);
        }
        Files.writeString(file, old.substring(0, start) + generated + old.substring(end + END.length()));
    }
}
