package io.invoiceportal.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
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
 * Benchmark of the customer's invoice list ({@code GET /api/v1/tenants/{t}/me/invoices}): loads one
 * tenant with a million invoices into a fresh database, starts the real application on random
 * ports, signs in as the customer with 100,000 invoices and times every sort and filter on the
 * first, a deep and the last page. Prints a Markdown table and writes it into docs/benchmarks.md.
 * Run it with {@code bench/list-benchmark.sh} (options there); it is not a test.
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
        Map<String, String> o = options(args);
        int requests = Integer.parseInt(o.getOrDefault("requests", "200"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "50"));
        int threads = Integer.parseInt(o.getOrDefault("threads", "4"));
        String only = o.get("only");
        Path root = repositoryRoot();
        String database = o.containsKey("database") ? o.get("database") : TestDatabase.create("bench").url();
        System.err.println("Database: " + database + " (run again on it with --database=<that url>)");

        DropwizardTestSupport<PortalConfiguration> app = start(root, database);
        try {
            Services services = app.<PortalApplication>getApplication().services();
            BenchData.loadIfMissing(services, Integer.parseInt(o.getOrDefault("invoices", "1000000")),
                    Integer.parseInt(o.getOrDefault("customers", "1000")));
            BenchData.Shape shape = BenchData.shape(services);
            String machine = Machine.describe(services);
            ListBenchmark bench = new ListBenchmark("http://127.0.0.1:" + app.getLocalPort() + "/api");
            bench.signIn();

            List<Result> results = new ArrayList<>();
            List<String> urls = new ArrayList<>();
            for (Scenario s : Scenarios.all(shape.sampleNumber())) {
                if (only != null && !s.name().contains(only)) {
                    continue;
                }
                Result r = bench.run(s, requests, warmup);
                results.add(r);
                urls.add(r.request());
                System.err.printf("%-55s p50 %6.1f  p95 %6.1f  p99 %6.1f ms%n", s.name(), r.p50(), r.p95(), r.p99());
            }
            if (results.isEmpty()) {
                return;
            }
            Result concurrent = bench.concurrent(urls, threads, requests);
            String section = Report.section(machine, COMMAND, shape, requests, warmup, results, concurrent, threads);
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

    /** Times one scenario: the last page is found first from the total; warm-up requests are not counted. */
    private Result run(Scenario s, int requests, int warmup) throws Exception {
        long total = JSON.readTree(get(s.url(0))).path("total").asLong();
        int page = s.page() == Scenarios.LAST ? (int) Math.max(0, (total - 1) / s.size()) : s.page();
        String url = s.url(page);
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
        return Result.of(s.name(), url, total, nanos, System.nanoTime() - start);
    }

    /** All scenarios round robin from several threads at once, for throughput. */
    private Result concurrent(List<String> urls, int threads, int requestsPerThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int offset = t * urls.size() / threads;
                futures.add(pool.submit(() -> {
                    long[] nanos = new long[requestsPerThread];
                    for (int i = 0; i < requestsPerThread; i++) {
                        long begin = System.nanoTime();
                        get(urls.get((offset + i) % urls.size()));
                        nanos[i] = System.nanoTime() - begin;
                    }
                    return nanos;
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : futures) {
                all.add(f.get());
            }
            long wall = System.nanoTime() - start;
            long[] nanos = all.stream().flatMapToLong(java.util.Arrays::stream).toArray();
            return Result.of("concurrent", threads + " threads", 0, nanos, wall);
        } finally {
            pool.shutdown();
        }
    }

    private String get(String query) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(list + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(query + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static DropwizardTestSupport<PortalConfiguration> start(Path root, String database) throws Exception {
        Path data = Files.createTempDirectory("portal-bench");
        Path plugins = root.resolve("target/plugins");
        if (!Files.isDirectory(plugins)) {
            plugins = Files.createDirectories(data.resolve("plugins"));
        }
        DropwizardTestSupport<PortalConfiguration> app = new DropwizardTestSupport<>(PortalApplication.class,
                root.resolve("config.yml").toString(),
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                ConfigOverride.config("server.requestLog.appenders[0].type", "file"),
                ConfigOverride.config("server.requestLog.appenders[0].currentLogFilename", data.resolve("requests.log").toString()),
                ConfigOverride.config("server.requestLog.appenders[0].archive", "false"),
                ConfigOverride.config("logging.level", "WARN"),
                ConfigOverride.config("database.url", database),
                ConfigOverride.config("adminKey", "bench-admin-key-0123456789"),
                ConfigOverride.config("samples.load", "false"),
                ConfigOverride.config("delivery.pollMillis", "86400000"),
                ConfigOverride.config("plugins.directory", plugins.toString()),
                ConfigOverride.config("dataDir", data.toString()));
        app.before();
        return app;
    }

    /** The folder with config.yml and docs/, from the repository root or a module below it. */
    private static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("config.yml")) && Files.isDirectory(p.resolve("platform"))) {
                return p;
            }
        }
        throw new IllegalStateException("Run from the repository (no config.yml found above " + Path.of("").toAbsolutePath() + ")");
    }

    /** {@code --name=value} arguments. */
    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("Arguments are --name=value: requests, warmup, threads, invoices,"
                        + " customers, database, only, out; got " + a);
            }
            options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        return options;
    }
}
