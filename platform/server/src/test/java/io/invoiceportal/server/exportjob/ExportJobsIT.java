package io.invoiceportal.server.exportjob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PortalApp;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bulk export jobs over REST against the whole application with the built export plugins, a real
 * database and a real SMTP server (GreenMail): by filter and by numbers, the ZIP and its manifest,
 * the mail, expiry, bad input and tenant isolation.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ExportJobsIT {
    static final int SMTP_PORT = ExportJobData.freePort();

    @RegisterExtension
    @Order(1)
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("exportjobs",
            ConfigOverride.config("smtp.host", "127.0.0.1"),
            ConfigOverride.config("smtp.port", String.valueOf(SMTP_PORT)),
            ConfigOverride.config("delivery.pollMillis", "200"),
            ConfigOverride.config("exportJobs.pollMillis", "100"));
    static final String PASSWORD = "Factuur2026";
    static String base;
    static Http c1;
    static Http c2;
    static Http other;

    @BeforeAll
    static void data() {
        base = "http://localhost:" + APP.getLocalPort() + "/api";
        Http api = new Http(base);
        String key = ExportJobData.tenant(api, "acme", "Acme Energie B.V.");
        ExportJobData.customer(api, "acme", key, "C-1", "c1@example.test");
        ExportJobData.customer(api, "acme", key, "C-2", "c2@example.test");
        ExportJobData.invoices(api, "acme", key, "C-1", "A", 12);
        ExportJobData.invoices(api, "acme", key, "C-2", "B", 2);
        String otherKey = ExportJobData.tenant(api, "other", "Other B.V.");
        ExportJobData.customer(api, "other", otherKey, "C-1", "o1@example.test");
        ExportJobData.invoices(api, "other", otherKey, "C-1", "O", 1);
        PortalApp.activate(APP, "acme", "C-1", PASSWORD);
        PortalApp.activate(APP, "acme", "C-2", PASSWORD);
        PortalApp.activate(APP, "other", "C-1", PASSWORD);
        c1 = ExportJobData.signIn(base, "acme", "C-1", PASSWORD);
        c2 = ExportJobData.signIn(base, "acme", "C-2", PASSWORD);
        other = ExportJobData.signIn(base, "other", "C-1", PASSWORD);
    }

    static Http.Answer create(Http who, Object body) {
        return who.post("/v1/tenants/acme/me/export-jobs", null, body);
    }

    /**
     * A job by filter (the customer's invoices of January 2026 in every format) is queued with the
     * number of matching invoices, runs, and gives a ZIP with one file per invoice and format plus
     * manifest.csv listing each; the customer gets one branded mail that links to the exports screen.
     */
    @Test
    void byFilterInEveryFormat() throws Exception {
        Http.Answer queued = create(c1, Map.of("format", "all",
                "filter", Map.of("dateFrom", "2026-01-01", "dateTo", "2026-01-10")));
        assertThat(queued.status()).isEqualTo(202);
        assertThat(queued.json().path("state").asText()).isEqualTo("queued");
        assertThat(queued.json().path("total").asInt()).isEqualTo(10);
        long id = queued.json().path("id").asLong();

        JsonNode done = ExportJobData.finished(c1, "acme", id, Duration.ofSeconds(40));
        assertThat(done.path("state").asText()).isEqualTo("done");
        assertThat(done.path("done").asInt()).isEqualTo(10);
        assertThat(done.path("downloadUrl").asText()).isEqualTo("/api/v1/tenants/acme/me/export-jobs/" + id + "/download");
        assertThat(done.path("expiresAt").asText()).isNotEmpty();

        Http.Answer zip = c1.get("/v1/tenants/acme/me/export-jobs/" + id + "/download", null);
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.header("Content-Type")).isEqualTo("application/zip");
        Map<String, byte[]> entries = ExportJobData.entries(zip.raw().body());
        List<String> expected = IntStream.rangeClosed(1, 10).boxed()
                .flatMap(i -> java.util.stream.Stream.of("A-" + i + ".pdf", "A-" + i + ".xml", "A-" + i + ".csv")).toList();
        assertThat(entries.keySet()).containsAll(expected).contains("manifest.csv").hasSize(31);
        assertThat(new String(entries.get("A-3.pdf"), 0, 5)).isEqualTo("%PDF-");
        List<String> rows = ExportJobData.manifest(entries);
        assertThat(rows).hasSize(30).contains("A-3,A-3.pdf,pdf,ok,", "A-10,A-10.csv,csv,ok,");
        assertThat(rows.get(0)).startsWith("A-10,"); // newest first, as the list shows them

        String subject = "Uw export van 10 facturen staat klaar"; // the other tests' jobs have fewer
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo("c1@example.test", subject).length > 0);
        Thread.sleep(1000); // a second mail would be sent on the relay's next rounds
        MimeMessage[] mails = mailsTo("c1@example.test", subject);
        assertThat(mails).hasSize(1);
        assertThat(GreenMailUtil.getBody(mails[0])).contains("/t/acme/exports");
    }

    static MimeMessage[] mailsTo(String to, String subject) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(to) && m.getSubject().equals(subject);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    /** A job by numbers keeps their order and writes only those invoices, in the one format asked for. */
    @Test
    void byNumbers() {
        Http.Answer queued = create(c1, Map.of("format", "xml", "invoiceNumbers", List.of("A-12", "A-1", "A-12")));
        assertThat(queued.status()).isEqualTo(202);
        assertThat(queued.json().path("total").asInt()).isEqualTo(2);
        long id = queued.json().path("id").asLong();
        assertThat(ExportJobData.finished(c1, "acme", id, Duration.ofSeconds(30)).path("state").asText()).isEqualTo("done");

        Map<String, byte[]> entries = ExportJobData.entries(
                c1.get("/v1/tenants/acme/me/export-jobs/" + id + "/download", null).raw().body());
        assertThat(entries.keySet()).containsExactly("A-12.xml", "A-1.xml", "manifest.csv");
        assertThat(ExportJobData.manifest(entries)).containsExactly("A-12,A-12.xml,xml,ok,", "A-1,A-1.xml,xml,ok,");
        assertThat(c1.get("/v1/tenants/acme/me/export-jobs", null).json().path("items").findValuesAsText("id"))
                .contains(String.valueOf(id));
    }

    /** Bad input is a 422 naming the field, never a job: format, selection, filter values, numbers. */
    @Test
    void badInputNamesTheField() {
        assertThat(field(create(c1, Map.of("format", "docx", "filter", Map.of())))).isEqualTo("format");
        assertThat(field(create(c1, Map.of("filter", Map.of())))).isEqualTo("format");
        assertThat(field(create(c1, Map.of("format", List.of("pdf", "docx"), "filter", Map.of())))).isEqualTo("format[1]");
        assertThat(field(create(c1, Map.of("format", "pdf", "filter", Map.of("dateFrom", "2030-01-01")))))
                .isEqualTo("filter");
        assertThat(field(create(c1, Map.of("format", "pdf", "filter", Map.of("dateFrom", "yesterday")))))
                .isEqualTo("filter.dateFrom");
        assertThat(field(create(c1, Map.of("format", "pdf", "filter", Map.of("read", "maybe"))))).isEqualTo("filter.read");
        assertThat(field(create(c1, Map.of("format", "pdf", "filter", Map.of("colour", "red"))))).isEqualTo("filter.colour");
        assertThat(field(create(c1, Map.of("format", "pdf")))).isEqualTo("filter");
        assertThat(field(create(c1, Map.of("format", "pdf", "filter", Map.of(), "invoiceNumbers", List.of("A-1")))))
                .isEqualTo("invoiceNumbers");
        assertThat(field(create(c1, Map.of("format", "pdf", "invoiceNumbers", List.of())))).isEqualTo("invoiceNumbers");
        assertThat(field(create(c1, Map.of("format", "pdf", "invoiceNumbers", List.of("A-1", "B-1")))))
                .isEqualTo("invoiceNumbers[1]");
        Http.Answer dutch = c1.send("POST", "/v1/tenants/acme/me/export-jobs", null,
                Map.of("format", "pdf", "filter", Map.of("category", "Niets")), "application/json",
                Map.of("Accept-Language", "nl"));
        assertThat(dutch.json().path("errors").get(0).path("message").asText()).isEqualTo("geen factuur voldoet aan dit filter");
    }

    static String field(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        return answer.json().path("errors").get(0).path("field").asText();
    }

    /**
     * A job is its customer's alone: another customer of the tenant and a customer of another
     * tenant get 404 for its id (and for its download), and their lists do not show it.
     */
    @Test
    void anotherCustomersJobIsNotFound() {
        long id = create(c1, Map.of("format", "csv", "invoiceNumbers", List.of("A-2"))).json().path("id").asLong();
        ExportJobData.finished(c1, "acme", id, Duration.ofSeconds(30));

        assertThat(c2.get("/v1/tenants/acme/me/export-jobs/" + id, null).status()).isEqualTo(404);
        assertThat(c2.get("/v1/tenants/acme/me/export-jobs/" + id + "/download", null).status()).isEqualTo(404);
        assertThat(c2.get("/v1/tenants/acme/me/export-jobs", null).json().path("items").findValuesAsText("id"))
                .doesNotContain(String.valueOf(id));
        assertThat(other.get("/v1/tenants/other/me/export-jobs/" + id, null).status()).isEqualTo(404);
        assertThat(other.get("/v1/tenants/other/me/export-jobs/" + id + "/download", null).status()).isEqualTo(404);
        assertThat(other.get("/v1/tenants/acme/me/export-jobs/" + id, null).status()).isIn(401, 403, 404);
        Http.Answer notANumber = c1.get("/v1/tenants/acme/me/export-jobs/abc", null);
        assertThat(notANumber.status()).isEqualTo(404);
        assertThat(notANumber.json().path("code").asText()).isEqualTo("not_found");
    }

    /**
     * After its download period the job is expired: the download is 410 Gone with a JSON error, and
     * the sweeper removes the file and marks the job expired.
     */
    @Test
    void expiredDownloadIsGoneAndItsFileRemoved() {
        long id = create(c1, Map.of("format", "pdf", "invoiceNumbers", List.of("A-5"))).json().path("id").asLong();
        ExportJobData.finished(c1, "acme", id, Duration.ofSeconds(30));
        assertThat(c1.get("/v1/tenants/acme/me/export-jobs/" + id + "/download", null).status()).isEqualTo(200);
        PortalApplication app = APP.getApplication();
        Path exports = Path.of(APP.getConfiguration().getDataDir(), "exports");
        Path file = app.services().jdbi().withHandle(h -> exports.resolve(h.createQuery(
                "select tenant_id || '/' || file_name from export_job where id = :id").bind("id", id).mapTo(String.class).one()));
        assertThat(file).exists();

        app.services().jdbi().useHandle(h -> h.execute("update export_job set expires_at = now() - interval '1 minute'"
                + " where id = ?", id));
        Http.Answer gone = c1.get("/v1/tenants/acme/me/export-jobs/" + id + "/download", null);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.json().path("code").asText()).isEqualTo("gone");
        assertThat(c1.get("/v1/tenants/acme/me/export-jobs/" + id, null).json().path("downloadUrl").isNull()).isTrue();

        assertThat(app.exportJobRunner().sweepNow()).isGreaterThanOrEqualTo(1);
        assertThat(file).doesNotExist();
        assertThat(c1.get("/v1/tenants/acme/me/export-jobs/" + id, null).json().path("state").asText()).isEqualTo("expired");
        assertThat(c1.get("/v1/tenants/acme/me/export-jobs/" + id + "/download", null).status()).isEqualTo(410);
    }
}
