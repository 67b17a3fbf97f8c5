package io.invoiceportal.server.exportjob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.testing.TestDatabase;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PluginJars;
import io.invoiceportal.server.testing.PortalApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Export jobs on several nodes sharing one database and one exports folder, with a "csv" exporter
 * that takes 100 ms per invoice ({@link SlowCsvExporter}): a node stopped mid-job gives it back
 * and another finishes it, a node that died is taken over when its lease ends, two nodes share
 * the queue without doing a job twice, and a customer never has more jobs running than allowed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExportJobsClusterIT {
    static final String PASSWORD = "Factuur2026";
    static final TestDatabase DB = TestDatabase.create("exportcluster");
    static final Path EXPORTS = temp("exports-shared");
    static final String PLUGINS = PluginJars.folder("export-{pdf,xml}-*.jar", "slow-csv", SlowCsvExporter.class).toString();
    static final List<DropwizardTestSupport<PortalConfiguration>> RUNNING = new ArrayList<>();
    /** The first node, started with the data; the tests add a second one and restart it. */
    static DropwizardTestSupport<PortalConfiguration> first;

    static Path temp(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A node: two workers, a 3 s lease, at most 2 jobs running and 3 active per customer. */
    static DropwizardTestSupport<PortalConfiguration> start() {
        DropwizardTestSupport<PortalConfiguration> node = PortalApp.node(DB.url(), PLUGINS,
                ConfigOverride.config("exportJobs.directory", EXPORTS.toString()),
                ConfigOverride.config("exportJobs.workers", "2"),
                ConfigOverride.config("exportJobs.leaseSeconds", "3"),
                ConfigOverride.config("exportJobs.pollMillis", "100"),
                ConfigOverride.config("exportJobs.maxRunningPerCustomer", "2"),
                ConfigOverride.config("exportJobs.maxActivePerCustomer", "3"));
        try {
            node.before();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        RUNNING.add(node);
        return node;
    }

    static void stop(DropwizardTestSupport<PortalConfiguration> node) {
        node.after();
        RUNNING.remove(node);
    }

    static String api(DropwizardTestSupport<PortalConfiguration> node) {
        return "http://localhost:" + node.getLocalPort() + "/api";
    }

    static Jdbi jdbi(DropwizardTestSupport<PortalConfiguration> node) {
        return node.<PortalApplication>getApplication().services().jdbi();
    }

    @BeforeAll
    static void data() {
        DropwizardTestSupport<PortalConfiguration> node = start();
        first = node;
        Http api = new Http(api(node));
        String key = ExportJobData.tenant(api, "acme", "Acme Energie B.V.");
        PortalApplication app = node.getApplication();
        var tenant = app.services().tenants().findBySlug("acme").orElseThrow();
        for (String customer : List.of("C-1", "C-2", "C-3", "C-4")) {
            ExportJobData.customer(api, "acme", key, customer, customer.toLowerCase() + "@example.test");
            PortalApp.activate(app.services(), "acme", customer, PASSWORD);
        }
        List<InvoiceRequest> invoices = new ArrayList<>();
        for (String customer : List.of("C-1", "C-2", "C-3", "C-4")) {
            int count = customer.equals("C-1") ? 60 : 12;
            for (int i = 1; i <= count; i++) {
                LocalDate date = LocalDate.of(2026, 1, 1).plusDays(i);
                invoices.add(new InvoiceRequest(customer + "-" + i, customer, date.toString(), date.plusDays(30).toString(),
                        "Energie", "EUR", null, "Omschrijving", List.of(new InvoiceRequest.LineInput("1", "Regel", "1",
                                "C62", "10.00", "S", "21")), null, null));
            }
        }
        app.services().invoices().publishAll(tenant, invoices, "test");
    }

    @AfterAll
    static void down() {
        List.copyOf(RUNNING).forEach(ExportJobsClusterIT::stop);
        DB.close();
    }

    static long create(Http customer, String format) {
        Http.Answer queued = customer.post("/v1/tenants/acme/me/export-jobs", null, Map.of("format", format, "filter", Map.of()));
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        return queued.json().path("id").asLong();
    }

    record Row(String state, int attempts, String worker, int done, int total) {}

    static Row row(Jdbi jdbi, long id) {
        return jdbi.withHandle(h -> h.createQuery("select state, attempts, worker, done, total from export_job where id = :id")
                .bind("id", id).map((rs, ctx) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5))).one());
    }

    /** The ZIP has each of the customer's invoices exactly once, and the manifest lists each once. */
    static void everyInvoiceOnce(Http customer, long id, String prefix, int count) {
        Map<String, byte[]> entries = ExportJobData.entries(
                customer.get("/v1/tenants/acme/me/export-jobs/" + id + "/download", null).raw().body());
        Set<String> expected = new HashSet<>();
        IntStream.rangeClosed(1, count).forEach(i -> expected.add(prefix + "-" + i + ".csv"));
        expected.add("manifest.csv");
        assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        List<String> rows = ExportJobData.manifest(entries);
        assertThat(rows).hasSize(count).doesNotHaveDuplicates().allMatch(r -> r.endsWith(",csv,ok,"));
    }

    /**
     * A node stopped in the middle of a job gives it back; a node started afterwards on the same
     * database finishes it from the start (a second attempt), with every invoice once.
     */
    @Test
    @Order(3)
    void jobSurvivesARestart() {
        List.copyOf(RUNNING).stream().filter(n -> n != first).forEach(ExportJobsClusterIT::stop);
        Http customer = ExportJobData.signIn(api(first), "acme", "C-1", PASSWORD);
        long id = create(customer, "csv");
        Jdbi jdbi = jdbi(first);
        await().atMost(Duration.ofSeconds(30)).until(() -> row(jdbi, id).done() >= 5);
        assertThat(customer.get("/v1/tenants/acme/me/export-jobs/" + id + "/download", null).status())
                .as("a running job's download").isEqualTo(409);
        String firstWorker = row(jdbi, id).worker();
        stop(first);
        assertThat(row(DB.jdbi(), id).state()).as("given back on stop").isEqualTo("queued");

        DropwizardTestSupport<PortalConfiguration> second = start();
        Http again = ExportJobData.signIn(api(second), "acme", "C-1", PASSWORD);
        assertThat(ExportJobData.finished(again, "acme", id, Duration.ofSeconds(40)).path("state").asText())
                .isEqualTo("done");
        Row done = row(DB.jdbi(), id);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.worker()).isNotEqualTo(firstWorker);
        assertThat(done.done()).isEqualTo(60);
        everyInvoiceOnce(again, id, "C-1", 60);
    }

    /**
     * A job whose node died holding it (claimed, lease running, never reported again) is taken over
     * once its lease has ended, and finished once.
     */
    @Test
    @Order(1)
    void aDeadNodesJobIsTakenOverWhenItsLeaseEnds() {
        DropwizardTestSupport<PortalConfiguration> node = first;
        Http customer = ExportJobData.signIn(api(node), "acme", "C-4", PASSWORD);
        Jdbi jdbi = jdbi(node);
        // the dead node's claim, made before this node's workers can look
        long id = jdbi.inTransaction(h -> {
            h.createQuery("select 'locked' from (select pg_advisory_xact_lock(7166420730236461668)) l")
                    .mapTo(String.class).one();
            long job = create(customer, "csv");
            h.execute("update export_job set state = 'running', attempts = 1, worker = 'dead-node',"
                    + " leased_until = now() + interval '3 seconds' where id = ?", job);
            return job;
        });
        assertThat(ExportJobData.finished(customer, "acme", id, Duration.ofSeconds(40)).path("state").asText())
                .isEqualTo("done");
        Row done = row(jdbi, id);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.worker()).isNotEqualTo("dead-node");
        everyInvoiceOnce(customer, id, "C-4", 12);
    }

    /**
     * Two nodes on one database share the queue: each job is claimed once (one attempt) and both
     * nodes work; a customer never has more than 2 running, and a fourth active job is refused (429)
     * unless one of the three was done before it came.
     */
    @Test
    @Order(2)
    void twoNodesShareTheQueueWithinTheCustomersLimit() {
        DropwizardTestSupport<PortalConfiguration> a = first;
        DropwizardTestSupport<PortalConfiguration> b = start();
        Http c2 = ExportJobData.signIn(api(a), "acme", "C-2", PASSWORD);
        Http c3 = ExportJobData.signIn(api(b), "acme", "C-3", PASSWORD);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(create(c2, "csv"));
            ids.add(create(c3, "csv"));
        }
        Jdbi jdbi = jdbi(a);
        Http.Answer fourth = c2.post("/v1/tenants/acme/me/export-jobs", null, Map.of("format", "csv", "filter", Map.of()));
        if (fourth.status() == 202) {
            // on a quick machine one of the three may be done already: then the fourth is within the limit
            long fourthId = fourth.json().path("id").asLong();
            int activeBefore = jdbi.withHandle(h -> h.createQuery("select count(*) from export_job j, export_job f"
                    + " where f.id = :fourth and j.tenant_id = f.tenant_id and j.customer_id = f.customer_id"
                    + " and j.id <> f.id and (j.finished_at is null or j.finished_at > f.created_at)")
                    .bind("fourth", fourthId).mapTo(Integer.class).one());
            assertThat(activeBefore).as("jobs of C-2 active when the fourth was accepted").isLessThan(3);
            ids.add(fourthId);
        } else {
            assertThat(fourth.status()).as(fourth.body()).isEqualTo(429);
            assertThat(fourth.json().path("code").asText()).isEqualTo("too_many_jobs");
        }

        int mostRunning = 0;
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until && jdbi.withHandle(h -> h.createQuery(
                "select count(*) from export_job where state in ('queued', 'running')").mapTo(Integer.class).one()) > 0) {
            mostRunning = Math.max(mostRunning, jdbi.withHandle(h -> h.createQuery("select coalesce(max(n), 0) from"
                    + " (select count(*) n from export_job where state = 'running' group by customer_id) r")
                    .mapTo(Integer.class).one()));
            sleep(50);
        }
        assertThat(mostRunning).as("jobs of one customer running at once").isBetween(1, 2);
        Set<String> workers = new HashSet<>();
        for (long id : ids) {
            Row done = row(jdbi, id);
            assertThat(done.state()).isEqualTo("done");
            assertThat(done.attempts()).as("claims of job " + id).isEqualTo(1);
            workers.add(done.worker());
        }
        assertThat(workers.stream().map(w -> w.substring(w.indexOf('/') + 1)).distinct().count())
                .as("nodes that ran jobs").isEqualTo(2);
        everyInvoiceOnce(c2, ids.get(0), "C-2", 12);
        everyInvoiceOnce(c3, ids.get(1), "C-3", 12);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
