package io.invoiceportal.server.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PortalApp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Your sessions" over REST on real PostgreSQL: listing, ending one or all others, another
 * customer's or tenant's session never reachable, every way a session ends answered with 401 JSON
 * at once and recorded with its reason; idle and absolute timeouts by moving the row's times back
 * instead of waiting. Also the tenant's {@code security} settings that drive the timeouts.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SessionsIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("sessions");
    static final String PASSWORD = "Geheim12345";
    static String base;
    static String acmeKey;
    static String globexKey;

    @BeforeAll
    static void tenants() {
        base = "http://localhost:" + APP.getLocalPort();
        Http admin = new Http(base + "/api");
        acmeKey = admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme B.V."))
                .json().path("apiKey").asText();
        globexKey = admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "globex", "name", "Globex"))
                .json().path("apiKey").asText();
        for (String number : List.of("C-1", "C-2", "C-3", "C-4", "C-5", "C-6")) {
            customer(admin, "acme", acmeKey, number);
        }
        customer(admin, "globex", globexKey, "C-1");
    }

    static void customer(Http admin, String tenant, String key, String number) {
        String login = tenant + "-" + number.toLowerCase();
        Answer put = admin.put("/v1/tenants/" + tenant + "/customers/" + number, key,
                Map.of("companyName", "Bedrijf " + number, "email", login + "@example.com", "login", login));
        assertThat(put.status()).as(put.body()).isIn(200, 201);
        PortalApp.activate(APP, tenant, number, PASSWORD);
    }

    static Jdbi jdbi() {
        return APP.<PortalApplication>getApplication().services().jdbi();
    }

    /** A new client (one browser, one device) signed in as that customer. */
    static Http signIn(String tenant, String number) {
        Http client = new Http(base + "/api");
        Answer login = client.post("/v1/tenants/" + tenant + "/session", null,
                Map.of("login", tenant + "-" + number.toLowerCase(), "password", PASSWORD));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return client;
    }

    static JsonNode sessions(Http client, String tenant) {
        Answer list = client.get("/v1/tenants/" + tenant + "/me/sessions", null);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().path("items");
    }

    static long currentId(Http client, String tenant) {
        for (JsonNode s : sessions(client, tenant)) {
            if (s.path("current").asBoolean()) {
                return s.path("id").asLong();
            }
        }
        throw new AssertionError("no current session");
    }

    static int invoices(Http client, String tenant) {
        return client.get("/v1/tenants/" + tenant + "/me/invoices", null).status();
    }

    static Map<String, Object> row(String tenant, long id) {
        return jdbi().withHandle(h -> h.createQuery("select s.ended_at, s.end_reason, s.last_seen_at, s.method,"
                        + " s.embed, s.ip from user_session s join tenant t on t.id = s.tenant_id"
                        + " where t.slug = :t and s.id = :id")
                .bind("t", tenant).bind("id", id).mapToMap().one());
    }

    static List<String> endedAudit(String tenant, String login) {
        return jdbi().withHandle(h -> h.createQuery("select a.detail ->> 'reason' from audit_event a"
                        + " join tenant t on t.id = a.tenant_id where t.slug = :t and a.action = 'session.ended'"
                        + " and a.actor in ('customer:' || :login, 'system') and a.subject = :login order by a.id")
                .bind("t", tenant).bind("login", login).mapTo(String.class).list());
    }

    static void moveBack(String tenant, long id, String column, String interval) {
        int moved = jdbi().withHandle(h -> h.createUpdate("update user_session s set " + column + " = s." + column
                        + " - cast(:interval as interval) from tenant t where t.id = s.tenant_id and t.slug = :t"
                        + " and s.id = :id")
                .bind("interval", interval).bind("t", tenant).bind("id", id).execute());
        assertThat(moved).isEqualTo(1);
    }

    static void assertUnauthorized(Http client, String tenant) {
        Answer a = client.get("/v1/tenants/" + tenant + "/me/invoices", null);
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.json().path("code").asText()).isEqualTo("unauthorized");
    }

    @Test
    void listsOwnSessionsOnlyWithTheCurrentOneMarked() {
        Http laptop = signIn("acme", "C-1");
        Http phone = signIn("acme", "C-1");
        signIn("acme", "C-2");
        signIn("globex", "C-1");

        JsonNode fromLaptop = sessions(laptop, "acme");
        JsonNode fromPhone = sessions(phone, "acme");

        assertThat(fromLaptop).hasSize(2);
        assertThat(fromPhone).hasSize(2);
        long laptopId = currentId(laptop, "acme");
        long phoneId = currentId(phone, "acme");
        assertThat(laptopId).isNotEqualTo(phoneId);
        List<Long> ids = new ArrayList<>();
        fromLaptop.forEach(s -> ids.add(s.path("id").asLong()));
        assertThat(ids).containsExactlyInAnyOrder(laptopId, phoneId);
        JsonNode one = fromLaptop.get(0);
        assertThat(one.path("method").asText()).isEqualTo("password");
        assertThat(one.path("embed").asBoolean()).isFalse();
        assertThat(one.path("ip").asText()).isEqualTo("127.0.0.1");
        assertThat(one.path("device").path("browser").asText()).isEqualTo("Java");
        assertThat(Instant.parse(one.path("signedInAt").asText())).isBefore(Instant.now().plusSeconds(1));
        Instant idle = Instant.parse(one.path("idleExpiresAt").asText());
        Instant absolute = Instant.parse(one.path("expiresAt").asText());
        assertThat(idle).isBetween(Instant.now().plusSeconds(29 * 60), Instant.now().plusSeconds(31 * 60));
        assertThat(absolute).isBetween(Instant.now().plusSeconds(11 * 3600 + 3500), Instant.now().plusSeconds(12 * 3600 + 5));
        assertThat(laptop.get("/v1/tenants/acme/me/sessions", null).header("Cache-Control")).contains("no-store");
    }

    @Test
    void endingOneSignsItOutAtOnceAndIsRecorded() {
        Http laptop = signIn("acme", "C-3");
        Http phone = signIn("acme", "C-3");
        long phoneId = currentId(phone, "acme");
        assertThat(invoices(phone, "acme")).isEqualTo(200);

        Answer end = laptop.send("DELETE", "/v1/tenants/acme/me/sessions/" + phoneId, null, null, null, Map.of());

        assertThat(end.status()).as(end.body()).isEqualTo(204);
        assertUnauthorized(phone, "acme");
        assertThat(invoices(laptop, "acme")).isEqualTo(200);
        assertThat(row("acme", phoneId)).containsEntry("end_reason", "ended-elsewhere");
        assertThat(endedAudit("acme", "acme-c-3")).containsExactly("ended-elsewhere");
        assertThat(sessions(laptop, "acme")).hasSize(1);
        Answer again = laptop.send("DELETE", "/v1/tenants/acme/me/sessions/" + phoneId, null, null, null, Map.of());
        assertThat(again.status()).isEqualTo(404);
    }

    @Test
    void anotherCustomersOrTenantsSessionIsNotFoundAndNothingChanges() {
        Http mine = signIn("acme", "C-4");
        Http neighbour = signIn("acme", "C-5");
        Http foreign = signIn("globex", "C-1");
        long neighbourId = currentId(neighbour, "acme");
        long foreignId = currentId(foreign, "globex");

        for (String id : List.of(Long.toString(neighbourId), Long.toString(foreignId), "999999", "abc", "-1")) {
            Answer a = mine.send("DELETE", "/v1/tenants/acme/me/sessions/" + id, null, null, null, Map.of());
            assertThat(a.status()).as(id).isEqualTo(404);
            assertThat(a.json().path("code").asText()).isEqualTo("not_found");
        }
        // a session of acme presented for globex is not signed in there
        assertThat(mine.get("/v1/tenants/globex/me/sessions", null).status()).isEqualTo(401);
        assertThat(mine.send("DELETE", "/v1/tenants/globex/me/sessions/" + foreignId, null, null, null, Map.of())
                .status()).isEqualTo(401);

        assertThat(invoices(neighbour, "acme")).isEqualTo(200);
        assertThat(invoices(foreign, "globex")).isEqualTo(200);
        assertThat(row("acme", neighbourId).get("ended_at")).isNull();
        assertThat(row("globex", foreignId).get("ended_at")).isNull();
        assertThat(sessions(mine, "acme")).hasSize(1);
    }

    @Test
    void endingAllOthersKeepsTheCurrentOne() {
        Http here = signIn("acme", "C-6");
        Http second = signIn("acme", "C-6");
        Http third = signIn("acme", "C-6");
        Http otherCustomer = signIn("acme", "C-2");

        Answer end = here.send("DELETE", "/v1/tenants/acme/me/sessions", null, null, null, Map.of());

        assertThat(end.status()).as(end.body()).isEqualTo(200);
        assertThat(end.json().path("ended").asInt()).isEqualTo(2);
        assertUnauthorized(second, "acme");
        assertUnauthorized(third, "acme");
        assertThat(invoices(here, "acme")).isEqualTo(200);
        assertThat(invoices(otherCustomer, "acme")).isEqualTo(200);
        assertThat(sessions(here, "acme")).hasSize(1);
    }

    @Test
    void idleAndAbsoluteTimeoutsEndTheSessionWithTheirReason() {
        Http idle = signIn("globex", "C-1");
        Http old = signIn("globex", "C-1");
        long idleId = currentId(idle, "globex");
        long oldId = currentId(old, "globex");

        moveBack("globex", idleId, "last_seen_at", "29 minutes");
        assertThat(invoices(idle, "globex")).isEqualTo(200); // a user action: the idle time starts again
        moveBack("globex", idleId, "last_seen_at", "29 minutes");
        assertThat(invoices(idle, "globex")).isEqualTo(200);
        moveBack("globex", idleId, "last_seen_at", "31 minutes");
        assertUnauthorized(idle, "globex");
        assertThat(row("globex", idleId)).containsEntry("end_reason", "idle");

        moveBack("globex", oldId, "created_at", "12 hours");
        assertUnauthorized(old, "globex");
        assertThat(row("globex", oldId)).containsEntry("end_reason", "absolute");
        assertThat(endedAudit("globex", "globex-c-1")).contains("idle", "absolute");
    }

    @Test
    void readingTheSessionsListIsNotActivity() {
        Http client = signIn("acme", "C-1");
        long id = currentId(client, "acme");
        moveBack("acme", id, "last_seen_at", "10 minutes");
        Object before = row("acme", id).get("last_seen_at");

        JsonNode current = sessions(client, "acme");

        assertThat(row("acme", id).get("last_seen_at")).isEqualTo(before);
        JsonNode mine = null;
        for (JsonNode s : current) {
            mine = s.path("id").asLong() == id ? s : mine;
        }
        assertThat(Instant.parse(mine.path("idleExpiresAt").asText()))
                .isBetween(Instant.now().plusSeconds(19 * 60), Instant.now().plusSeconds(21 * 60));
        assertThat(invoices(client, "acme")).isEqualTo(200);
        assertThat(row("acme", id).get("last_seen_at")).isNotEqualTo(before);
    }

    @Test
    void shorterIdleTimeOfTheTenantApplies() {
        customer(new Http(base + "/api"), "acme", acmeKey, "C-7");
        Http client = signIn("acme", "C-7");
        long id = currentId(client, "acme");
        Http issuer = new Http(base + "/api");
        Answer put = issuer.put("/v1/tenants/acme/settings", acmeKey, Map.of("security", Map.of("idleMinutes", 5)));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        try {
            moveBack("acme", id, "last_seen_at", "6 minutes");
            assertUnauthorized(client, "acme");
            assertThat(row("acme", id)).containsEntry("end_reason", "idle");
        } finally {
            issuer.put("/v1/tenants/acme/settings", acmeKey, Map.of("security", Map.of("idleMinutes", 30)));
        }
    }

    @Test
    void aHandOverRegistersAnEmbeddedSession() {
        Http issuer = new Http(base + "/api");
        Answer made = issuer.post("/v1/tenants/globex/portal-sessions", globexKey,
                Map.of("customerNumber", "C-1", "embed", true));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String url = made.json().path("url").asText();
        Http browser = new Http(base);

        Answer landed = browser.get(url.substring(url.indexOf("/t/")), null);

        assertThat(landed.status()).isEqualTo(303);
        List<Map<String, Object>> rows = jdbi().withHandle(h -> h.createQuery("select s.method, s.embed, s.ended_at"
                        + " from user_session s join tenant t on t.id = s.tenant_id where t.slug = 'globex'"
                        + " and s.method = 'portal-session'")
                .mapToMap().list());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("embed", true);
        assertThat(rows.get(0).get("ended_at")).isNull();
    }

    @Test
    void signingOutEndsTheRow() {
        Http client = signIn("globex", "C-1");
        long id = currentId(client, "globex");

        assertThat(client.send("DELETE", "/v1/tenants/globex/session", null, null, null, Map.of()).status())
                .isEqualTo(204);

        assertUnauthorized(client, "globex");
        assertThat(row("globex", id)).containsEntry("end_reason", "signed-out");
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndTheChangingOneGoesOn() {
        customer(new Http(base + "/api"), "acme", acmeKey, "C-8");
        Http changer = signIn("acme", "C-8");
        Http other = signIn("acme", "C-8");
        long changerId = currentId(changer, "acme");
        long otherId = currentId(other, "acme");

        Answer change = changer.put("/v1/tenants/acme/me/password", null, Map.of("currentPassword", PASSWORD,
                "newPassword", "Nieuw123456", "newPasswordConfirmation", "Nieuw123456"));

        assertThat(change.status()).as(change.body()).isEqualTo(204);
        assertThat(row("acme", otherId)).containsEntry("end_reason", "password");
        assertUnauthorized(other, "acme");
        assertThat(invoices(changer, "acme")).isEqualTo(200);
        assertThat(currentId(changer, "acme")).isEqualTo(changerId);
        assertThat(row("acme", changerId).get("ended_at")).isNull();
    }

    @Test
    void aCredentialsChangeElsewhereEndsTheSession() {
        customer(new Http(base + "/api"), "acme", acmeKey, "C-9");
        Http client = signIn("acme", "C-9");
        long id = currentId(client, "acme");
        jdbi().useHandle(h -> h.execute("update account a set credentials_version = credentials_version + 1"
                + " from tenant t where t.id = a.tenant_id and t.slug = 'acme' and a.login = 'acme-c-9'"));

        assertUnauthorized(client, "acme");
        assertThat(row("acme", id)).containsEntry("end_reason", "password");
    }

    @Test
    void aPasswordResetEndsEverySession() {
        customer(new Http(base + "/api"), "acme", acmeKey, "C-10");
        Http one = signIn("acme", "C-10");
        Http two = signIn("acme", "C-10");
        long oneId = currentId(one, "acme");
        long twoId = currentId(two, "acme");

        PortalApp.activate(APP, "acme", "C-10", "Nieuw123456"); // the same path as a reset link: a token, a new password
        var services = APP.<PortalApplication>getApplication().services();
        var tenant = services.tenants().findBySlug("acme").orElseThrow();
        String token = services.jdbi().inTransaction(h -> services.accounts().mintToken(h, tenant.id(),
                h.createQuery("select id from account where tenant_id = :t and login = 'acme-c-10'")
                        .bind("t", tenant.id()).mapTo(Long.class).one(),
                io.invoiceportal.core.account.TokenPurpose.PASSWORD_RESET));
        services.accounts().resetPassword(tenant, token, "Anders123456", "Anders123456");

        assertThat(row("acme", oneId).get("ended_at")).isNotNull();
        assertThat(row("acme", twoId)).containsEntry("end_reason", "password");
        assertUnauthorized(one, "acme");
        assertUnauthorized(two, "acme");
    }

    @Test
    void securitySettingsAreCheckedAndShown() {
        Http issuer = new Http(base + "/api");
        Map<String, Object> good = Map.of("mfa", "optional", "idleMinutes", 20, "absoluteHours", 8,
                "auditRetentionDays", 365);
        Answer ok = issuer.put("/v1/tenants/globex/settings", globexKey, Map.of("security", good));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        try {
            JsonNode shown = issuer.get("/v1/tenants/globex/settings", globexKey).json().path("security");
            assertThat(shown.path("mfa").asText()).isEqualTo("optional");
            assertThat(shown.path("idleMinutes").asInt()).isEqualTo(20);
            assertThat(shown.path("absoluteHours").asInt()).isEqualTo(8);
            assertThat(shown.path("auditRetentionDays").asInt()).isEqualTo(365);

            Map<String, Object> bad = new HashMap<>();
            bad.put("mfa", "sometimes");
            assertFieldError(issuer, bad, "security.mfa");
            for (Object idle : List.of(0, -1, 100000, 4)) {
                assertFieldError(issuer, Map.of("idleMinutes", idle), "security.idleMinutes");
            }
            assertFieldError(issuer, Map.of("idleMinutes", 9 * 60, "absoluteHours", 8), "security.idleMinutes");
            assertFieldError(issuer, Map.of("idleMinutes", 9 * 60), "security.idleMinutes");
            assertFieldError(issuer, Map.of("absoluteHours", 0), "security.absoluteHours");
            assertFieldError(issuer, Map.of("auditRetentionDays", 1), "security.auditRetentionDays");
            assertFieldError(issuer, Map.of("idleMinutes", "abc"), "security.idleMinutes");
            assertFieldError(issuer, Map.of("mfa", 3), "security.mfa");

            Map<String, Object> partial = new HashMap<>();
            partial.put("idleMinutes", 15);
            partial.put("mfa", null);
            Answer part = issuer.put("/v1/tenants/globex/settings", globexKey, Map.of("security", partial));
            assertThat(part.status()).as(part.body()).isEqualTo(200);
            JsonNode after = issuer.get("/v1/tenants/globex/settings", globexKey).json().path("security");
            assertThat(after.path("idleMinutes").asInt()).isEqualTo(15);
            assertThat(after.path("mfa").asText()).isEqualTo("optional");
            assertThat(after.path("absoluteHours").asInt()).isEqualTo(8);
            assertThat(after.path("auditRetentionDays").asInt()).isEqualTo(365);
        } finally {
            issuer.put("/v1/tenants/globex/settings", globexKey, Map.of("security",
                    Map.of("idleMinutes", 30, "absoluteHours", 12, "auditRetentionDays", 730)));
        }
    }

    static void assertFieldError(Http issuer, Map<String, Object> security, String field) {
        JsonNode before = issuer.get("/v1/tenants/globex/settings", globexKey).json().path("security");
        Answer a = issuer.put("/v1/tenants/globex/settings", globexKey, Map.of("security", security));
        assertThat(a.status()).as(security + ": " + a.body()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        a.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).as(a.body()).contains(field);
        assertThat(issuer.get("/v1/tenants/globex/settings", globexKey).json().path("security")).isEqualTo(before);
    }
}
