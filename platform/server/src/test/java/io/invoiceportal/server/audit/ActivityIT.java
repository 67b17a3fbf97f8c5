package io.invoiceportal.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.Services;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PortalApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The activity trail over REST with real PostgreSQL: each action of the manual leaves its event,
 * a customer sees only their own, the issuer's per-invoice and per-customer trails (JSON and CSV),
 * append-only, and the retention purge.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ActivityIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("activity");
    static String api;
    static String key;
    static String otherKey;

    @BeforeAll
    static void data() {
        api = "http://localhost:" + APP.getLocalPort() + "/api";
        Http admin = new Http(api);
        key = admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme Energie B.V."))
                .json().path("apiKey").asText();
        otherKey = admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "globex", "name", "Globex Ltd"))
                .json().path("apiKey").asText();
        for (String c : List.of("C-1", "C-2", "C-3", "C-4")) {
            admin.put("/v1/tenants/acme/customers/" + c, key, Map.of("companyName", "Klant " + c, "email", c + "@example.test"));
        }
        admin.put("/v1/tenants/globex/customers/C-1", otherKey, Map.of("companyName", "Globex klant", "email", "g@example.test"));
        for (String[] i : new String[][] {{"A-1", "C-1"}, {"A-2", "C-1"}, {"B-1", "C-2"}, {"D-1", "C-3"}}) {
            assertThat(admin.post("/v1/tenants/acme/invoices", key, invoice(i[0], i[1])).status()).isEqualTo(201);
        }
        assertThat(admin.post("/v1/tenants/globex/invoices", otherKey, invoice("A-1", "C-1")).status()).isEqualTo(201);
        for (String c : List.of("C-1", "C-2", "C-3", "C-4")) {
            PortalApp.activate(APP, "acme", c, "Factuur2026");
        }
        PortalApp.activate(APP, "globex", "C-1", "Factuur2026");
    }

    static Map<String, Object> invoice(String number, String customer) {
        return Map.of("invoiceNumber", number, "customerNumber", customer, "issueDate", "2026-03-02",
                "dueDate", "2026-04-30", "category", "Energie", "currency", "EUR", "description", "Levering " + number,
                "lines", List.of(Map.of("name", "Stroom", "quantity", "1", "unitPrice", "100.00",
                        "vatCategory", "S", "vatRate", "21")));
    }

    static Http signedIn(String slug, String login, String password) {
        Http http = new Http(api);
        Answer a = http.post("/v1/tenants/" + slug + "/session", null, Map.of("login", login, "password", password));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return http;
    }

    static List<JsonNode> items(JsonNode page) {
        List<JsonNode> out = new ArrayList<>();
        page.path("items").forEach(out::add);
        return out;
    }

    static List<String> actions(JsonNode page) {
        return items(page).stream().map(i -> i.path("action").asText()).toList();
    }

    /** Every customer action of the manual done over REST leaves its event, newest first, with where it came from. */
    @Test
    void eachRestActionLeavesItsEvent() {
        Http failed = new Http(api);
        assertThat(failed.post("/v1/tenants/acme/session", null, Map.of("login", "C-1", "password", "Verkeerd99"))
                .status()).isEqualTo(401);
        Http c1 = signedIn("acme", "C-1", "Factuur2026");
        assertThat(c1.get("/v1/tenants/acme/me/invoices/A-1/pdf", null).status()).isEqualTo(200);
        assertThat(c1.get("/v1/tenants/acme/me/invoices/A-2/bundle", null).status()).isEqualTo(200);
        Answer profile = c1.put("/v1/tenants/acme/me/profile", null, Map.of("contact", Map.of("phone", "+31 20 123 4567")));
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        Answer job = c1.post("/v1/tenants/acme/me/export-jobs", null, Map.of("format", "pdf", "invoiceNumbers", List.of("A-1")));
        assertThat(job.status()).as(job.body()).isEqualTo(202);
        assertThat(c1.put("/v1/tenants/acme/me/password", null, Map.of("currentPassword", "Factuur2026",
                "newPassword", "Nieuw2026x", "newPasswordConfirmation", "Nieuw2026x")).status()).isEqualTo(204);

        JsonNode page = c1.get("/v1/tenants/acme/me/activity?size=100", null).json();
        assertThat(actions(page)).containsSubsequence("account.password-changed", "export-job.created",
                "customer.profile-saved", "invoice.downloaded", "invoice.opened", "account.signed-in",
                "account.sign-in-failed");
        JsonNode opened = find(page, "invoice.opened");
        assertThat(opened.path("invoiceNumber").asText()).isEqualTo("A-1");
        assertThat(opened.path("format").asText()).isEqualTo("pdf");
        assertThat(opened.path("via").asText()).isEqualTo("rest");
        assertThat(opened.path("ip").asText()).isEqualTo("127.0.0.1");
        assertThat(opened.path("userAgent").asText()).isNotBlank();
        assertThat(opened.has("actor")).as("the customer's own trail names no actor").isFalse();
        JsonNode bundle = find(page, "invoice.downloaded");
        assertThat(bundle.path("invoiceNumber").asText()).isEqualTo("A-2");
        assertThat(bundle.path("format").asText()).isEqualTo("bundle");
        assertThat(find(page, "customer.profile-saved").path("detail").path("fields").toString()).isEqualTo("[\"contact.phone\"]");
        assertThat(find(page, "account.signed-in").path("detail").path("method").asText()).isEqualTo("password");
        assertThat(find(page, "account.sign-in-failed").path("detail").path("reason").asText()).isEqualTo("password");
        assertThat(find(page, "export-job.created").path("detail").path("formats").toString()).isEqualTo("[\"pdf\"]");

        c1.send("DELETE", "/v1/tenants/acme/session", null, null, null, Map.of());
        Http again = signedIn("acme", "C-1", "Nieuw2026x");
        JsonNode latest = again.get("/v1/tenants/acme/me/activity?size=3", null).json();
        assertThat(actions(latest)).startsWith("account.signed-in", "session.ended");
        assertThat(items(latest).get(1).path("detail").path("reason").asText()).isEqualTo("signed-out");
    }

    static JsonNode find(JsonNode page, String action) {
        return items(page).stream().filter(i -> i.path("action").asText().equals(action)).findFirst().orElseThrow();
    }

    /** Throttled sign-ins are recorded as such; an unknown login is recorded without a customer. */
    @Test
    void failedSignInsAreRecorded() {
        Http anyone = new Http(api);
        for (int i = 0; i < 4; i++) {
            anyone.post("/v1/tenants/acme/session", null, Map.of("login", "C-4", "password", "Fout" + i + "xxxx"));
        }
        Answer throttled = anyone.post("/v1/tenants/acme/session", null, Map.of("login", "C-4", "password", "Fout9xxxx"));
        assertThat(throttled.status()).isEqualTo(429);
        anyone.post("/v1/tenants/acme/session", null, Map.of("login", "nobody-here", "password", "Whatever1"));

        List<String> reasons = services().jdbi().withHandle(h -> h.createQuery("select detail->>'reason' from audit_event"
                + " e join customer c on c.tenant_id = e.tenant_id and c.id = e.customer_id where c.customer_number = 'C-4'"
                + " and action = 'account.sign-in-failed' and e.tenant_id = :t order by e.id").bind("t", acme().id())
                .mapTo(String.class).list());
        assertThat(reasons).contains("password", "throttled");
        List<Map<String, Object>> unknown = services().jdbi().withHandle(h -> h.createQuery("select customer_id, actor"
                + " from audit_event where tenant_id = :t and action = 'account.sign-in-failed' and subject = 'nobody-here'")
                .bind("t", acme().id()).mapToMap().list());
        assertThat(unknown).hasSize(1);
        assertThat(unknown.get(0).get("customer_id")).isNull();
        assertThat(unknown.get(0).get("actor")).isEqualTo("anonymous");
    }

    /** A customer sees only their own events: never another customer's, nor another tenant's customer with the same number. */
    @Test
    void customersSeeOnlyTheirOwnTrail() {
        Http c2 = signedIn("acme", "C-2", "Factuur2026");
        assertThat(c2.get("/v1/tenants/acme/me/invoices/B-1/pdf", null).status()).isEqualTo(200);
        assertThat(c2.get("/v1/tenants/acme/me/invoices/A-1/pdf", null).status()).as("not C-2's invoice").isEqualTo(404);
        Http globex = signedIn("globex", "C-1", "Factuur2026");

        JsonNode mine = c2.get("/v1/tenants/acme/me/activity", null).json();
        assertThat(items(mine)).isNotEmpty().allSatisfy(i -> assertThat(i.path("invoiceNumber").asText("B-1")).isEqualTo("B-1"));
        assertThat(actions(mine)).doesNotContain("account.password-changed", "customer.profile-saved");
        JsonNode theirs = globex.get("/v1/tenants/globex/me/activity?size=100", null).json();
        assertThat(actions(theirs)).containsOnly("account.activated", "account.signed-in");
        assertThat(c2.get("/v1/tenants/globex/me/activity", null).status()).as("acme's session at globex").isIn(401, 403, 404);
    }

    /** Bad paging is a 422 naming each parameter, as in the invoice list. */
    @Test
    void badPagingIsRefused() {
        Http c2 = signedIn("acme", "C-2", "Factuur2026");
        Answer bad = c2.get("/v1/tenants/acme/me/activity?page=-1&size=0", null);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("page", "size");
        assertThat(c2.get("/v1/tenants/acme/me/activity?size=abc", null).json().path("errors").findValuesAsText("field"))
                .containsExactly("size");
        assertThat(new Http(api).get("/v1/tenants/acme/invoices/A-1/activity?size=101", key).status()).isEqualTo(422);
        assertThat(new Http(api).get("/v1/tenants/acme/customers/C-1/activity?format=xls", key).json()
                .path("errors").findValuesAsText("field")).containsExactly("format");
        JsonNode one = c2.get("/v1/tenants/acme/me/activity?size=1&page=1", null).json();
        assertThat(one.path("size").asInt()).isEqualTo(1);
        assertThat(one.path("page").asInt()).isEqualTo(1);
        assertThat(one.path("items")).hasSize(1);
        assertThat(one.path("total").asLong()).isGreaterThan(1);
    }

    /** The issuer sees who opened or downloaded an invoice, with its deliveries; as JSON and as CSV. */
    @Test
    void issuerSeesTheTrailOfAnInvoice() {
        Http c3 = signedIn("acme", "C-3", "Factuur2026");
        Answer xml = c3.send("GET", "/v1/tenants/acme/me/invoices/D-1/pdf", null, null, null,
                Map.of("User-Agent", "=HYPERLINK(\"http://evil.example\")"));
        assertThat(xml.status()).isEqualTo(200);

        Http issuer = new Http(api);
        JsonNode trail = issuer.get("/v1/tenants/acme/invoices/D-1/activity", key).json();
        assertThat(trail.path("invoiceNumber").asText()).isEqualTo("D-1");
        JsonNode opened = find(trail, "invoice.opened");
        assertThat(opened.path("actor").asText()).isEqualTo("customer:C-3");
        assertThat(opened.path("format").asText()).isEqualTo("pdf");
        assertThat(opened.path("via").asText()).isEqualTo("rest");
        assertThat(actions(trail)).contains("invoice.published");
        assertThat(trail.path("deliveries")).isNotEmpty();
        assertThat(trail.path("deliveries").get(0).path("channel").asText()).isEqualTo("email");
        assertThat(trail.path("deliveries").get(0).has("state")).isTrue();

        Answer csv = issuer.get("/v1/tenants/acme/invoices/D-1/activity?format=csv", key);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.body().split("\n");
        assertThat(lines[0]).isEqualTo("at,action,actor,invoiceNumber,format,via,ip,userAgent,detail");
        assertThat(csv.body()).contains("invoice.opened,customer:C-3,D-1,pdf,rest,127.0.0.1,");
        assertThat(csv.body()).as("a formula is neutralised").contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"")
                .doesNotContain(",\"=HYPERLINK");
        Answer byAccept = issuer.send("GET", "/v1/tenants/acme/invoices/D-1/activity", key, null, null,
                Map.of("Accept", "text/csv"));
        assertThat(byAccept.header("Content-Type")).startsWith("text/csv");
        assertThat(byAccept.body()).startsWith("at,action,");
    }

    /** Unknown invoice or customer: 404 JSON; another tenant's key or none: refused as elsewhere. */
    @Test
    void issuerTrailsAreTenantBound() {
        Http issuer = new Http(api);
        Answer none = issuer.get("/v1/tenants/acme/invoices/NOPE/activity", key);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().path("code").asText()).isNotBlank();
        assertThat(issuer.get("/v1/tenants/acme/customers/NOPE/activity?format=csv", key).status()).isEqualTo(404);
        assertThat(issuer.get("/v1/tenants/acme/customers/NOPE/activity", key).header("Content-Type"))
                .startsWith("application/json");
        int usual = issuer.get("/v1/tenants/acme/invoices/A-1", otherKey).status();
        assertThat(issuer.get("/v1/tenants/acme/invoices/A-1/activity", otherKey).status()).isEqualTo(usual).isIn(401, 404);
        assertThat(issuer.get("/v1/tenants/acme/customers/C-1/activity", otherKey).status()).isIn(401, 404);
        assertThat(issuer.get("/v1/tenants/acme/customers/C-1/activity", null).status()).isEqualTo(401);
        // globex's own C-1 and A-1 show only globex's events
        JsonNode globexC1 = issuer.get("/v1/tenants/globex/customers/C-1/activity?size=100", otherKey).json();
        assertThat(items(globexC1)).isNotEmpty().allSatisfy(i -> assertThat(i.path("invoiceNumber").asText("A-1")).isEqualTo("A-1"));
        assertThat(actions(globexC1)).doesNotContain("customer.profile-saved", "account.password-changed", "invoice.downloaded");
    }

    /** The issuer's view of one customer: the same events the customer sees, with the actor. */
    @Test
    void issuerSeesTheTrailOfACustomer() {
        signedIn("acme", "C-2", "Factuur2026");
        JsonNode trail = new Http(api).get("/v1/tenants/acme/customers/C-2/activity?size=5", key).json();
        assertThat(actions(trail)).first().isEqualTo("account.signed-in");
        assertThat(items(trail).get(0).path("actor").asText()).isEqualTo("customer:C-2");
        Answer csv = new Http(api).get("/v1/tenants/acme/customers/C-2/activity?format=csv", key);
        assertThat(csv.body().lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l).contains("customer:C-2"));
    }

    /** The database refuses UPDATE, DELETE and TRUNCATE of audit events, whoever asks. */
    @Test
    void theTrailIsAppendOnly() {
        long tenantId = acme().id();
        assertThatThrownBy(() -> services().jdbi().useHandle(h -> h.execute(
                "update audit_event set action = 'x' where tenant_id = ?", tenantId)))
                .isInstanceOf(UnableToExecuteStatementException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> services().jdbi().useHandle(h -> h.execute(
                "delete from audit_event where tenant_id = ?", tenantId)))
                .isInstanceOf(UnableToExecuteStatementException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> services().jdbi().useHandle(h -> h.execute("truncate audit_event cascade")))
                .isInstanceOf(UnableToExecuteStatementException.class).hasMessageContaining("append-only");
        long count = services().jdbi().withHandle(h -> h.createQuery("select count(*) from audit_event where tenant_id = :t")
                .bind("t", tenantId).mapTo(Long.class).one());
        assertThat(count).isPositive();
    }

    /** Retention: a tenant with 30 days loses its older events; another tenant's, under its 730 days, stay. */
    @Test
    void retentionPurgesOnlyExpiredEventsOfEachTenant() {
        Http issuer = new Http(api);
        Answer set = issuer.put("/v1/tenants/acme/settings", key, Map.of("security", Map.of("auditRetentionDays", 30)));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        long acme = acme().id();
        long globex = services().tenants().findBySlug("globex").orElseThrow().id();
        services().jdbi().useHandle(h -> {
            for (long t : List.of(acme, globex)) {
                h.execute("insert into audit_event (tenant_id, at, actor, action, subject) values"
                        + " (?, now() - interval '31 days', 'system', 'test.old', 'old'),"
                        + " (?, now() - interval '29 days', 'system', 'test.recent', 'recent')", t, t);
            }
        });

        assertThat(services().audit().purgeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(subjects(acme)).contains("recent").doesNotContain("old");
        assertThat(subjects(globex)).contains("recent", "old");
    }

    static List<String> subjects(long tenantId) {
        return services().jdbi().withHandle(h -> h.createQuery("select subject from audit_event where tenant_id = :t"
                + " and action like 'test.%'").bind("t", tenantId).mapTo(String.class).list());
    }

    static Services services() {
        return APP.<PortalApplication>getApplication().services();
    }

    static Tenant acme() {
        return services().tenants().findBySlug("acme").orElseThrow();
    }
}
