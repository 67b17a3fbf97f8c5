package io.invoiceportal.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.DropwizardTestSupport;
import io.invoiceportal.core.testing.TestDatabase;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.Services;
import io.invoiceportal.server.bench.Report.Result;
import io.invoiceportal.server.bench.Scenarios.Scenario;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark of the customer's invoice list ({@code GET /api/v1/tenants/{t}/me/invoices}): loads
 * the invoices into a fresh database (BenchData.Load), starts the real application on random
 * ports, signs in as the biggest customer and measures every sort and filter on the first, a deep
 * and the last page: p99 with one client, requests per second with 1, 4 and 16 clients, each set
 * against two limits measured in the same run, the lightest authenticated endpoint
 * ({@code GET …/me/formats}, same client settings) and pgbench running the statements the request
 * runs (PgBench). Prints a Markdown section and writes it into docs/benchmarks.md. Run it with
 * {@code bench/list-benchmark.sh} (options there); it is not a test.
 */
public final class ListBenchmark {
    static final String COMMAND = "bench/list-benchmark.sh";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).build();
    private final String list;

    private ListBenchmark(String api) {
        this.list = api + "/v1/tenants/" + BenchData.TENANT + "/me/invoices";
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchApp.options(args, "requests, warmup, seconds, clients, size, invoices, tenants, customers, otherCustomers, big, database, only, out");
        int requests = Integer.parseInt(o.getOrDefault("requests", "200"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "50"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "2"));
        List<Integer> clients = java.util.Arrays.stream(o.getOrDefault("clients", "1,4,16").split(","))
                .map(Integer::parseInt).toList();
        String only = o.get("only");
        Path root = BenchApp.repositoryRoot();
        String database = o.containsKey("database") ? o.get("database") : TestDatabase.create("bench").url();
        System.err.println("Database: " + database + " (run again on it with --database=<that url>)");

        DropwizardTestSupport<PortalConfiguration> app = BenchApp.start(root, database);
        try {
            Services services = app.<PortalApplication>getApplication().services();
            BenchData.Load load = BenchData.Load.of(o);
            BenchData.loadIfMissing(services, load);
            BenchData.Shape shape = BenchData.shape(services);
            String machine = Machine.describe(services);
            String loadBefore = Machine.loadAverage();
            ListBenchmark bench = new ListBenchmark("http://127.0.0.1:" + app.getLocalPort() + "/api");
            bench.signIn();
            PgBench pgbench = new PgBench(services.jdbi(), database);

            Map<Integer, Double> formats = bench.limit(clients, warmup, requests, seconds);
            List<Report.Row> rows = new ArrayList<>();
            for (Scenario s : Scenarios.all(shape.sampleNumber())) {
                if (only != null && !s.name().contains(only)) {
                    continue;
                }
                Report.Row row = bench.run(s, requests, warmup, clients, seconds, pgbench);
                rows.add(row);
                System.err.println(row.summary());
            }
            if (rows.isEmpty()) {
                return;
            }
            Map<Integer, Double> formatsAfter = bench.limit(clients, warmup, requests, seconds);
            String section = Report.section(machine, COMMAND + (args.length == 0 ? "" : " " + String.join(" ", args)),
                    shape, load, requests, warmup, seconds, clients, formats, formatsAfter, rows, loadBefore,
                    Machine.loadAverage());
            System.out.println(section);
            if (only == null) {
                Report.write(root.resolve(o.getOrDefault("out", "docs/benchmarks.md")), section);
            }
        } finally {
            app.after();
        }
    }

    private void signIn() throws Exception {
        String body = JSON.writeValueAsString(Map.of("login", BenchData.BIG_CUSTOMER, "password", BenchData.PASSWORD));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(list.replace("/me/invoices", "/session")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Sign-in failed: " + r.statusCode() + " " + r.body());
        }
    }

    /**
     * One scenario: the last page is found first (from the total, or for a long filtered list with
     * an inexact total from the exact total a page past the end answers); then its latency with one
     * client, its throughput with each number of clients, and pgbench on the statements it runs.
     */
    private Report.Row run(Scenario s, int requests, int warmup, List<Integer> clients, int seconds, PgBench pgbench)
            throws Exception {
        var first = JSON.readTree(get(list + s.url(0)));
        boolean exact = first.path("totalIsExact").asBoolean(true);
        long total = exact ? first.path("total").asLong()
                : JSON.readTree(get(list + s.url(1_000_000))).path("total").asLong();
        int page = s.page() == Scenarios.LAST ? (int) Math.max(0, (total - 1) / s.size()) : s.page();
        String url = list + s.url(page);
        Result latency = sequential(s.name(), url, total, requests, warmup);
        Map<Integer, Double> perSecond = new java.util.LinkedHashMap<>();
        for (int n : clients) {
            perSecond.put(n, n == 1 ? latency.perSecond() : throughput(url, n, seconds));
        }
        List<PgBench.Statement> statements = pgbench.record(() -> get(url));
        String script = PgBench.script(statements);
        Path scripts = Files.createDirectories(Path.of("target", "list-benchmark"));
        Files.writeString(scripts.resolve(s.name().replaceAll("[^A-Za-z0-9]+", "-") + ".sql"), script);
        Map<Integer, Double> database = new java.util.LinkedHashMap<>();
        for (int n : clients) {
            database.put(n, pgbench.run(script, n, seconds));
        }
        return new Report.Row(s.name(), s.url(page), total, exact, latency, perSecond, database, statements.size());
    }

    /**
     * The limit: the lightest authenticated endpoint, {@code GET …/me/formats}, with the same client,
     * session and connection settings, at each number of clients.
     */
    private Map<Integer, Double> limit(List<Integer> clients, int warmup, int requests, int seconds) throws Exception {
        String url = list.replace("/me/invoices", "/me/formats");
        Map<Integer, Double> perSecond = new java.util.LinkedHashMap<>();
        for (int n : clients) {
            perSecond.put(n, n == 1 ? sequential("formats", url, 0, Math.max(requests, 500), warmup).perSecond()
                    : throughput(url, n, seconds));
        }
        System.err.println("GET /me/formats req/s by clients: " + perSecond);
        return perSecond;
    }

    /** One client, one request after the other: latency percentiles and requests per second. */
    private Result sequential(String name, String url, long total, int requests, int warmup) throws Exception {
        for (int i = 0; i < warmup; i++) {
            get(url);
        }
        long[] nanos = new long[requests];
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            get(url);
            nanos[i] = System.nanoTime() - t;
        }
        return Result.of(name, url, total, nanos, System.nanoTime() - start);
    }

    /** {@code clients} threads each sending the request again as soon as the answer is in, for {@code seconds}. */
    private double throughput(String url, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long warmEnd = System.nanoTime() + 500_000_000L;
            long start = warmEnd;
            long end = start + seconds * 1_000_000_000L;
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                futures.add(pool.submit(() -> {
                    int done = 0;
                    long now;
                    while ((now = System.nanoTime()) < end) {
                        get(url);
                        if (now >= start) {
                            done++;
                        }
                    }
                    return done;
                }));
            }
            long count = 0;
            for (Future<Integer> f : futures) {
                count += f.get();
            }
            return count / (double) seconds;
        } finally {
            pool.shutdown();
        }
    }

    private String get(String url) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
