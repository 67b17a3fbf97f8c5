package io.invoiceportal.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.DropwizardTestSupport;
import io.invoiceportal.core.testing.TestDatabase;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.Services;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark of invoice ingestion: {@code POST …/invoices} (JSON, 3 lines) with 1 and 8 clients and
 * {@code POST …/invoices/batch} (1,000 per request, JSON array and NDJSON), each in invoices/s
 * against pgbench inserting the same rows into the same database in the same run: per invoice
 * the invoice, its 3 lines, the outbox row and the audit row in one transaction (1 and 8
 * clients), and set-based in transactions of 100 invoices (the batch's limit). Prints a Markdown
 * section and writes it into docs/benchmarks.md. Run it with {@code bench/ingest-benchmark.sh}; it
 * is not a test.
 */
public final class IngestBenchmark {
    static final String COMMAND = "bench/ingest-benchmark.sh";
    static final String START = "<!-- ingest-benchmark:start (written by IngestBenchmark; edit outside these markers) -->";
    static final String END = "<!-- ingest-benchmark:end -->";
    static final String TENANT = "ingest";
    static final String ADMIN_KEY = BenchApp.ADMIN_KEY;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String api;
    private final String prefix = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
    private final AtomicLong numbers = new AtomicLong();
    private String key;

    private IngestBenchmark(String api) {
        this.api = api;
    }

    /** One measured scenario: invoices per second, and the server's request-thread CPU per invoice. */
    record Result(String name, long invoices, double seconds, double cpuMsPerInvoice) {
        double perSecond() {
            return invoices / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchApp.options(args, "seconds, database, only, out");
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "15"));
        String only = o.get("only");
        Path root = BenchApp.repositoryRoot();
        TestDatabase db = o.containsKey("database") ? null : TestDatabase.create("ingest-bench");
        String database = db != null ? db.url() : o.get("database");
        DropwizardTestSupport<PortalConfiguration> app = BenchApp.start(root, database);
        try {
            Services services = app.<PortalApplication>getApplication().services();
            String machine = Machine.describe(services);
            IngestBenchmark bench = new IngestBenchmark("http://127.0.0.1:" + app.getLocalPort() + "/api");
            bench.tenant();
            long[] ids = services.jdbi().withHandle(h -> new long[] {
                h.createQuery("select id from tenant where slug = :s").bind("s", TENANT).mapTo(Long.class).one(),
                h.createQuery("select c.id from customer c join tenant t on t.id = c.tenant_id where t.slug = :s")
                        .bind("s", TENANT).mapTo(Long.class).one()});
            Pgbench pgbench = new Pgbench(database, ids[0], ids[1]);
            services.jdbi().useHandle(h -> h.execute("create sequence if not exists ingest_bench_seq"));

            System.err.println("warming up");
            bench.single(1, Math.max(5, seconds / 2));
            bench.batch(1, false, Math.max(5, seconds / 2));
            // statistics for the tables the warm-up filled (autovacuum may be off, as on the test server): without
            // them the foreign-key checks' plans, cached per connection while the tables were empty, stay
            // sequential scans that grow with every invoice (the loads of the other benchmarks end the same way)
            services.jdbi().useHandle(h -> h.execute("vacuum analyze"));

            List<String[]> rows = new ArrayList<>();
            for (int clients : new int[] {1, 8}) {
                if (only == null || only.contains("single")) {
                    Result limit = pgbench.perInvoice(clients, seconds);
                    Result r = bench.single(clients, seconds);
                    rows.add(row("`POST …/invoices`, JSON, 3 lines, " + clients + (clients == 1 ? " client" : " clients"),
                            r, limit, "pgbench, one transaction per invoice, " + clients
                                    + (clients == 1 ? " client" : " clients")));
                }
            }
            if (only == null || only.contains("batch")) {
                Result limit = pgbench.perHundred(1, seconds);
                rows.add(row("`POST …/invoices/batch`, JSON array of 1,000, 1 client", bench.batch(1, false, seconds),
                        limit, "pgbench, set-based, 100 invoices per transaction, 1 client"));
                rows.add(row("`POST …/invoices/batch`, NDJSON of 1,000, 1 client", bench.batch(1, true, seconds),
                        limit, "the same"));
            }
            String load = Files.readString(Path.of("/proc/loadavg")).strip();
            String section = section(machine, load, seconds, rows);
            System.out.println(section);
            if (only == null) {
                write(root.resolve(o.getOrDefault("out", "docs/benchmarks.md")), section);
            }
        } finally {
            app.after();
            if (db != null) {
                db.close();
            }
        }
    }

    private static String[] row(String name, Result r, Result limit, String limitName) {
        System.err.printf(Locale.ROOT, "%-60s %8.0f invoices/s  limit %8.0f/s  ratio %5.1f%%  cpu %.2f ms/invoice%n",
                name, r.perSecond(), limit.perSecond(), 100 * r.perSecond() / limit.perSecond(), r.cpuMsPerInvoice());
        return new String[] {name, String.format(Locale.ROOT, "%,.0f", r.perSecond()), limitName,
            String.format(Locale.ROOT, "%,.0f", limit.perSecond()),
            String.format(Locale.ROOT, "%.0f%%", 100 * r.perSecond() / limit.perSecond()),
            String.format(Locale.ROOT, "%.2f", r.cpuMsPerInvoice())};
    }

    private void tenant() throws Exception {
        HttpResponse<String> t = send("POST", "/v1/tenants", ADMIN_KEY, JSON.writeValueAsString(Map.of("slug", TENANT,
                "name", "Ingest B.V.", "seller", Map.of("legalName", "Ingest B.V.", "vatId", "NL123456789B01",
                        "iban", "NL91ABNA0417164300", "address", Map.of("street", "Dorpsstraat 1", "city", "Utrecht",
                                "postalCode", "3511 AB", "countryCode", "NL")))), "application/json");
        if (t.statusCode() != 201) {
            throw new IllegalStateException("tenant: " + t.statusCode() + " " + t.body());
        }
        key = JSON.readTree(t.body()).path("apiKey").asText();
        HttpResponse<String> c = send("PUT", "/v1/tenants/" + TENANT + "/customers/C-1", key, JSON.writeValueAsString(
                Map.of("companyName", "Klant 1", "email", "klant@ingest.test", "language", "nl")), "application/json");
        if (c.statusCode() != 201) {
            throw new IllegalStateException("customer: " + c.statusCode() + " " + c.body());
        }
    }

    /** The body of one invoice with 3 lines and a fresh number. */
    private String invoice() {
        String number = prefix + "-" + numbers.incrementAndGet();
        return "{\"invoiceNumber\":\"" + number + "\",\"customerNumber\":\"C-1\",\"issueDate\":\"2026-11-01\","
                + "\"dueDate\":\"2026-12-01\",\"currency\":\"EUR\",\"category\":\"Energie\",\"lines\":["
                + "{\"id\":\"1\",\"name\":\"Servicekosten\",\"quantity\":\"2\",\"unitCode\":\"C62\",\"unitPrice\":\"20.00\","
                + "\"vatCategory\":\"S\",\"vatRate\":\"21\"},"
                + "{\"id\":\"2\",\"name\":\"Boek\",\"quantity\":\"1\",\"unitPrice\":\"10.00\",\"vatCategory\":\"S\",\"vatRate\":\"9\"},"
                + "{\"id\":\"3\",\"name\":\"Vrij\",\"quantity\":\"3\",\"unitPrice\":\"1.25\",\"vatCategory\":\"Z\",\"vatRate\":\"0\"}],"
                + "\"payment\":{\"meansCode\":\"30\",\"iban\":\"NL91ABNA0417164300\",\"reference\":\"" + number + "\"}}";
    }

    private Result single(int clients, int seconds) throws Exception {
        return timed("single", clients, seconds, () -> {
            HttpResponse<String> r = send("POST", "/v1/tenants/" + TENANT + "/invoices", key, invoice(), "application/json");
            if (r.statusCode() != 201) {
                throw new IllegalStateException("publish: " + r.statusCode() + " " + r.body());
            }
            return 1;
        });
    }

    private Result batch(int clients, boolean ndjson, int seconds) throws Exception {
        return timed("batch", clients, seconds, () -> {
            StringBuilder body = new StringBuilder(ndjson ? "" : "[");
            for (int i = 0; i < 1000; i++) {
                body.append(i == 0 || ndjson ? "" : ",").append(invoice()).append(ndjson ? "\n" : "");
            }
            body.append(ndjson ? "" : "]");
            HttpResponse<String> r = send("POST", "/v1/tenants/" + TENANT + "/invoices/batch", key, body.toString(),
                    ndjson ? "application/x-ndjson" : "application/json");
            JsonNode answer = JSON.readTree(r.body());
            if (r.statusCode() != 200 || answer.path("created").asInt() != 1000) {
                throw new IllegalStateException("batch: " + r.statusCode() + " " + r.body().substring(0, 500));
            }
            return 1000;
        });
    }

    interface Call {
        int run() throws Exception;
    }

    /** Runs {@code call} from {@code clients} threads for {@code seconds}; counts invoices and the server's request-thread CPU. */
    private Result timed(String name, int clients, int seconds, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long cpuBefore = serverCpuNanos();
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            List<Future<Long>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    long n = 0;
                    while (System.nanoTime() < end) {
                        n += call.run();
                    }
                    return n;
                }));
            }
            long invoices = 0;
            for (Future<Long> f : futures) {
                invoices += f.get();
            }
            double wall = (System.nanoTime() - start) / 1e9;
            double cpuMs = (serverCpuNanos() - cpuBefore) / 1e6;
            return new Result(name, invoices, wall, cpuMs / invoices);
        } finally {
            pool.shutdown();
        }
    }

    /** CPU time of Jetty's request threads ({@code dw-…}) so far; threads are pooled, so they are the same ones. */
    private static long serverCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("dw-")) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                total += Math.max(0, cpu);
            }
        }
        return total;
    }

    private HttpResponse<String> send(String method, String path, String bearer, String body, String type)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** pgbench against the benchmark's database: the rows the service inserts, without the service. */
    static final class Pgbench {
        private static final String INVOICE = "insert into invoice (tenant_id, customer_id, invoice_number, issue_date,"
                + " due_date, category, description, currency, buyer_reference, payment_means_code, payment_iban,"
                + " payment_reference, line_total, allowance_total, charge_total, tax_exclusive, tax_total, tax_inclusive,"
                + " prepaid_amount, payable, content_hash, document_type, preceding_number, preceding_issue_date,"
                + " order_reference, contract_reference, payment_terms, delivery_date, note)";
        private static final String LINE = "insert into invoice_line (tenant_id, invoice_id, position, line_id, name,"
                + " quantity, unit_code, unit_price, vat_category, vat_rate, line_amount, note, seller_item_id,"
                + " standard_item_scheme, standard_item_id, period_start, period_end)";
        private static final String OUTBOX = "insert into outbox (tenant_id, kind, customer_id, invoice_id, channel,"
                + " payload, message_id)";
        private static final String AUDIT = "insert into audit_event (tenant_id, actor, action, subject, detail)";
        private final List<String> connection;

        Pgbench(String jdbcUrl, long tenantId, long customerId) {
            Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+):?(\\d*)/([^?]+)(?:\\?user=([^&]+))?.*").matcher(jdbcUrl);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a PostgreSQL JDBC URL I can pass to pgbench: " + jdbcUrl);
            }
            connection = List.of("-h", m.group(1), "-p", m.group(2).isEmpty() ? "5432" : m.group(2),
                    "-U", m.group(4) == null ? "postgres" : m.group(4), "-D", "tenant=" + tenantId,
                    "-D", "customer=" + customerId, m.group(3));
        }

        /** What the single endpoint inserts for one invoice with 3 lines, one transaction per invoice. */
        Result perInvoice(int clients, int seconds) throws Exception {
            String script = "begin;\n"
                    + INVOICE + " values (:tenant, :customer, 'PGB-' || nextval('ingest_bench_seq'), '2026-11-01',"
                    + " '2026-12-01', 'Energie', null, 'EUR', null, '30', 'NL91ABNA0417164300', 'ref', 53.75, 0, 0, 53.75,"
                    + " 9.30, 63.05, 0, 63.05, sha256('x'::bytea), 'invoice', null, null, null, null, null, null, null)"
                    + " on conflict (tenant_id, invoice_number) do nothing returning id \\gset\n"
                    + LINE + " values (:tenant, :id, 0, '1', 'Servicekosten', 2, 'C62', 20.00, 'S', 21, 40.00, null,"
                    + " null, null, null, null, null);\n"
                    + LINE + " values (:tenant, :id, 1, '2', 'Boek', 1, 'C62', 10.00, 'S', 9, 10.00, null, null, null,"
                    + " null, null, null);\n"
                    + LINE + " values (:tenant, :id, 2, '3', 'Vrij', 3, 'C62', 1.25, 'Z', 0, 3.75, null, null, null,"
                    + " null, null, null);\n"
                    + OUTBOX + " values (:tenant, 'new-invoice', :customer, :id, 'email', '{}'::jsonb,"
                    + " '<' || gen_random_uuid() || '@invoice-portal>');\n"
                    + AUDIT + " values (:tenant, 'issuer-api', 'invoice.published', 'PGB', '{\"customerNumber\": \"C-1\"}');\n"
                    + "commit;\n";
            return new Result("pgbench", run(script, clients, seconds), seconds, 0);
        }

        /** The same rows set-based, 100 invoices per transaction (the batch endpoint's chunk). */
        Result perHundred(int clients, int seconds) throws Exception {
            String script = "with i as (" + INVOICE + " select :tenant, :customer, 'PGB-' || nextval('ingest_bench_seq'),"
                    + " '2026-11-01', '2026-12-01', 'Energie', null, 'EUR', null, '30', 'NL91ABNA0417164300', 'ref', 53.75,"
                    + " 0, 0, 53.75, 9.30, 63.05, 0, 63.05, sha256('x'::bytea), 'invoice', null, null, null, null, null,"
                    + " null, null from generate_series(1, 100)"
                    + " on conflict (tenant_id, invoice_number) do nothing returning id),"
                    + " l as (" + LINE + " select :tenant, i.id, p, (p + 1)::text, 'Regel', 2, 'C62', 20.00, 'S', 21,"
                    + " 40.00, null, null, null, null, null, null from i cross join generate_series(0, 2) p),"
                    + " o as (" + OUTBOX + " select :tenant, 'new-invoice', :customer, i.id, 'email', '{}'::jsonb,"
                    + " '<' || gen_random_uuid() || '@invoice-portal>' from i)"
                    + " " + AUDIT + " select :tenant, 'issuer-api', 'invoice.published', 'PGB',"
                    + " '{\"customerNumber\": \"C-1\"}' from i;\n";
            long transactions = run(script, clients, seconds);
            return new Result("pgbench", transactions * 100, seconds, 0);
        }

        /** Runs the script; answers the number of transactions pgbench completed. */
        private long run(String script, int clients, int seconds) throws Exception {
            Path file = Files.createTempFile("ingest-bench", ".sql");
            try {
                Files.writeString(file, script);
                List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-c", String.valueOf(clients), "-j",
                        String.valueOf(Math.min(clients, 2)), "-T", String.valueOf(seconds), "-f", file.toString()));
                command.addAll(connection);
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (p.waitFor() != 0) {
                    throw new IllegalStateException("pgbench failed:\n" + out);
                }
                Matcher m = Pattern.compile("number of transactions actually processed: (\\d+)").matcher(out);
                if (!m.find()) {
                    throw new IllegalStateException("no transaction count in:\n" + out);
                }
                return Long.parseLong(m.group(1));
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    static String section(String machine, String load, int seconds, List<String[]> rows) {
        StringBuilder md = new StringBuilder("### Latest run (" + LocalDate.now() + ")\n\n"
                + "**Machine:** " + machine + "; load average before the summary: `" + load + "`\n\n"
                + "**Command:** `" + COMMAND + "` (" + seconds + " s per scenario, after a warm-up)\n\n"
                + "| scenario | invoices/s | limit: same rows by | limit invoices/s | ratio | server CPU ms/invoice |\n"
                + "| --- | ---: | --- | ---: | ---: | ---: |\n");
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return md.toString();
    }

    /** Replaces the generated part of the file (between the markers), keeping what is written around it. */
    static void write(Path file, String section) throws IOException {
        String generated = START + "\n" + section + END;
        String old = Files.readString(file);
        int start = old.indexOf(START);
        int end = old.indexOf(END);
        String text = start >= 0 && end > start
                ? old.substring(0, start) + generated + old.substring(end + END.length())
                : old + "\n" + generated + "\n";
        Files.writeString(file, text);
    }
}
