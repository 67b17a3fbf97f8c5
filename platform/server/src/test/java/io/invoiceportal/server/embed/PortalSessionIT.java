package io.invoiceportal.server.embed;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.core.common.Hashes;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.Https;
import io.invoiceportal.server.testing.PortalApp;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Portal sessions: one-time, expiring, tenant-bound hand-overs into a fresh (embedded) session, over https. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PortalSessionIT {
    static final Https TLS = Https.selfSigned();
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("portal-session",
            TLS.portalConnector().toArray(ConfigOverride[]::new));
    static String base;
    static Http api;
    static String acmeKey;
    static String otherKey;

    @BeforeAll
    static void tenants() {
        base = "https://localhost:" + APP.getLocalPort();
        api = new Http(base + "/api", TLS.sslContext());
        acmeKey = PortalApp.acmeWithCustomer(api, "Acme B.V.", "Klant Een", "klant1");
        api.put("/v1/tenants/acme/settings", acmeKey, Map.of("embedOrigins", List.of("https://partner.example")));
        api.put("/v1/tenants/acme/customers/C-2", acmeKey, Map.of("companyName", "Klant Twee",
                "email", "b@klant2.example", "login", "klant2"));
        PortalApp.activate(APP, "acme", "C-1", "Welkom-portal-2026");
        otherKey = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "other", "name", "Other B.V."))
                .json().path("apiKey").asText();
        api.put("/v1/tenants/other/customers/C-9", otherKey, Map.of("companyName", "Ander",
                "email", "c@ander.example", "login", "ander"));
        PortalApp.activate(APP, "other", "C-9", "Welkom-portal-2026");
    }

    private static Answer create(Map<String, Object> body) {
        return api.post("/v1/tenants/acme/portal-sessions", acmeKey, body);
    }

    private static String url(Map<String, Object> body) {
        Answer a = create(body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("url").asText();
    }

    private static String path(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static String token(String url) {
        return url.substring(url.indexOf("token=") + "token=".length());
    }

    private static Answer english(Http browser, String path) {
        return browser.send("GET", path, null, null, null, Map.of("Accept-Language", "en-GB,en;q=0.9"));
    }

    private static Jdbi jdbi() {
        return APP.<PortalApplication>getApplication().services().jdbi();
    }

    @Test
    void aPortalSessionSignsTheCustomerInOnceIntoAnEmbeddedSession() {
        Instant before = Instant.now();
        Answer created = create(Map.of("customerNumber", "C-1", "embed", true,
                "returnUrl", "https://partner.example/account", "language", "en"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String url = created.json().path("url").asText();
        assertThat(url).startsWith("http://localhost:8080/t/acme/portal-session?token=");
        assertThat(token(url)).hasSizeGreaterThanOrEqualTo(43);
        Instant expiresAt = Instant.parse(created.json().path("expiresAt").asText());
        assertThat(expiresAt).isBetween(before.plus(Duration.ofMinutes(4)), Instant.now().plus(Duration.ofMinutes(5)));

        Http browser = new Http(base, TLS.sslContext());
        Answer landing = browser.get(path(url), null);
        assertThat(landing.status()).isEqualTo(303);
        assertThat(landing.header("Location")).isEqualTo("/t/acme/embed/invoices");
        assertThat(landing.header("Cache-Control")).isEqualTo("no-store");
        assertThat(landing.header("Referrer-Policy")).isEqualTo("no-referrer");
        String cookie = landing.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(EmbedSessionHandler.EMBED_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=None").containsIgnoringCase("; Partitioned").contains("Path=/");
        assertThat(landing.raw().headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));

        Answer profile = browser.get("/api/v1/tenants/acme/me/profile", null);
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        assertThat(profile.json().path("customerNumber").asText()).isEqualTo("C-1");

        Answer again = english(new Http(base, TLS.sslContext()), path(url));
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.body()).contains("This sign-in link has been used already");
        assertThat(again.raw().headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aRefusedTokenShowsAClearPageInTheBrowsersLanguageAndStartsNoSession() {
        String expired = url(Map.of("customerNumber", "C-1"));
        jdbi().useHandle(h -> h.execute("update portal_session set expires_at = now() - interval '1 second'"
                + " where token_hash = ?", (Object) Hashes.sha256(token(expired))));
        Http browser = new Http(base, TLS.sslContext());
        Answer late = browser.send("GET", path(expired), null, null, null, Map.of("Accept-Language", "nl-NL,nl;q=0.9"));
        assertThat(late.status()).isEqualTo(410);
        assertThat(late.body()).contains("Deze aanmeldlink is verlopen").contains("<html lang=\"nl\"");

        for (String garbage : List.of("/t/acme/portal-session?token=nonsense", "/t/acme/portal-session",
                "/t/acme/portal-session?token=" + "x".repeat(300), "/t/acme/portal-session?token=%2Fetc%2Fpasswd",
                "/t/acme/portal-session?token=a&token=b")) {
            Answer a = english(browser, garbage);
            assertThat(a.status()).as(garbage).isEqualTo(404);
            assertThat(a.body()).as(garbage).contains("This sign-in link is not valid");
            assertThat(a.raw().headers().allValues("Set-Cookie")).as(garbage).isEmpty();
        }
        assertThat(browser.get("/t/nobody/portal-session?token=abc", null).status()).isEqualTo(404);
        assertThat(browser.cookie(EmbedSessionHandler.EMBED_COOKIE)).isNull();
        assertThat(browser.get("/api/v1/tenants/acme/me/profile", null).status()).isEqualTo(401);
    }

    @Test
    void aTokenIsBoundToItsTenant() {
        String url = url(Map.of("customerNumber", "C-1"));
        Http browser = new Http(base, TLS.sslContext());
        Answer elsewhere = browser.get("/t/other/portal-session?token=" + token(url), null);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(browser.get("/api/v1/tenants/other/me/profile", null).status()).isEqualTo(401);
        assertThat(browser.get(path(url), null).status()).as("not used up by the other tenant").isEqualTo(303);
        assertThat(browser.get("/api/v1/tenants/other/me/profile", null).status()).isEqualTo(401);
    }

    @Test
    void onlyTheHashIsStoredAndEveryUseAndRefusalIsAudited() {
        String url = url(Map.of("customerNumber", "C-1"));
        String token = token(url);
        Http browser = new Http(base, TLS.sslContext());
        browser.get(path(url), null);
        browser.get(path(url), null);
        List<Map<String, Object>> rows = jdbi().withHandle(h -> h.createQuery(
                "select token_hash, used_at from portal_session where token_hash = :h")
                .bind("h", Hashes.sha256(token)).mapToMap().list());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("used_at")).isNotNull();
        String dump = jdbi().withHandle(h -> h.createQuery(
                "select coalesce(string_agg(p::text, ' '), '') from portal_session p").mapTo(String.class).one())
                + jdbi().withHandle(h -> h.createQuery("select coalesce(string_agg(a::text, ' '), '') from audit_event a")
                .mapTo(String.class).one());
        assertThat(dump).doesNotContain(token);
        List<Map<String, Object>> audit = jdbi().withHandle(h -> h.createQuery(
                "select actor, action, subject, detail::text as detail from audit_event"
                + " where action like 'portal-session.%' order by id").mapToMap().list());
        assertThat(audit).anyMatch(r -> r.get("action").equals("portal-session.created") && "C-1".equals(r.get("subject")));
        assertThat(audit).anyMatch(r -> r.get("action").equals("portal-session.used")
                && r.get("actor").equals("customer:klant1") && r.get("detail").toString().contains("address"));
        assertThat(audit).anyMatch(r -> r.get("action").equals("portal-session.refused")
                && r.get("detail").toString().contains("\"reason\": \"used\""));
    }

    @Test
    void aNonEmbeddedSessionUsesTheLaxCookieAndTheNormalPortal() {
        String url = url(Map.of("customerNumber", "C-1", "embed", false));
        Answer landing = new Http(base, TLS.sslContext()).get(path(url), null);
        assertThat(landing.status()).isEqualTo(303);
        assertThat(landing.header("Location")).isEqualTo("/t/acme/invoices");
        String cookie = landing.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Partitioned");
    }

    @Test
    void aNewHandOverEndsThisBrowsersEarlierEmbeddedSession() {
        Http browser = new Http(base, TLS.sslContext());
        browser.get(path(url(Map.of("customerNumber", "C-1"))), null);
        String first = browser.cookie(EmbedSessionHandler.EMBED_COOKIE);
        browser.get(path(url(Map.of("customerNumber", "C-1"))), null);
        String second = browser.cookie(EmbedSessionHandler.EMBED_COOKIE);
        assertThat(second).isNotEqualTo(first);
        Answer old = new Http(base, TLS.sslContext()).send("GET", "/api/v1/tenants/acme/me/profile", null, null, null,
                Map.of("Cookie", EmbedSessionHandler.EMBED_COOKIE + "=" + first));
        assertThat(old.status()).isEqualTo(401);
        assertThat(browser.get("/api/v1/tenants/acme/me/profile", null).status()).isEqualTo(200);
    }

    @Test
    void anEmbeddedSessionChangesThingsOnlyFromThePortalOrAnEmbedOrigin() {
        Http browser = new Http(base, TLS.sslContext());
        browser.get(path(url(Map.of("customerNumber", "C-1"))), null);
        String profile = "/api/v1/tenants/acme/me/profile";
        for (String origin : List.of("https://evil.example", "null", "https://partner.example.evil.example",
                "http://partner.example", "https://localhost:1")) {
            Answer refused = browser.send("PUT", profile, null, Map.of("language", "en"), "application/json",
                    Map.of("Origin", origin));
            assertThat(refused.status()).as(origin).isEqualTo(403);
            assertThat(refused.json().path("code").asText()).isEqualTo("forbidden");
        }
        assertThat(browser.send("PUT", profile, null, Map.of("language", "en"), "application/json", Map.of()).status())
                .as("no Origin").isEqualTo(403);
        assertThat(browser.send("DELETE", "/api/v1/tenants/acme/session", null, null, null,
                Map.of("Origin", "https://evil.example")).status()).isEqualTo(403);
        assertThat(browser.get(profile, null).json().path("language").asText()).isEqualTo("nl");

        Answer fromPartner = browser.send("PUT", profile, null, Map.of("language", "en"), "application/json",
                Map.of("Origin", "https://partner.example"));
        assertThat(fromPartner.status()).as(fromPartner.body()).isEqualTo(200);
        Answer fromPortal = browser.send("PUT", profile, null, Map.of("language", "nl"), "application/json",
                Map.of("Origin", base));
        assertThat(fromPortal.status()).as(fromPortal.body()).isEqualTo(200);
        assertThat(browser.get(profile, null).json().path("language").asText()).isEqualTo("nl");

        Http portal = new Http(base, TLS.sslContext());
        Answer login = portal.post("/api/v1/tenants/acme/session", null,
                Map.of("login", "klant1", "password", "Welkom-portal-2026"));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        assertThat(portal.send("PUT", profile, null, Map.of("language", "nl"), "application/json", Map.of()).status())
                .as("a normal (SameSite=Lax) session needs no Origin").isEqualTo(200);
    }

    @Test
    void badRequestsAnswer422PerFieldAndStoreNothing() {
        long before = count();
        Map<Map<String, Object>, String> bad = new java.util.LinkedHashMap<>();
        bad.put(Map.of(), "customerNumber");
        bad.put(Map.of("customerNumber", " "), "customerNumber");
        bad.put(Map.of("customerNumber", "C-404"), "customerNumber");
        bad.put(Map.of("customerNumber", "C-9"), "customerNumber"); // the other tenant's customer
        bad.put(Map.of("customerNumber", "C-2"), "customerNumber"); // not activated
        bad.put(Map.of("customerNumber", "C-1", "returnUrl", "http://partner.example/a"), "returnUrl");
        bad.put(Map.of("customerNumber", "C-1", "returnUrl", "https://evil.example/a"), "returnUrl");
        bad.put(Map.of("customerNumber", "C-1", "returnUrl", "https://partner.example.evil.example/"), "returnUrl");
        bad.put(Map.of("customerNumber", "C-1", "returnUrl", "https://user@partner.example/"), "returnUrl");
        bad.put(Map.of("customerNumber", "C-1", "returnUrl", "javascript:alert(1)"), "returnUrl");
        bad.put(Map.of("customerNumber", "C-1", "returnUrl", "https://partner.example:8443/"), "returnUrl");
        bad.put(Map.of("customerNumber", "C-1", "language", "de"), "language");
        for (var e : bad.entrySet()) {
            Answer a = create(new HashMap<>(e.getKey()));
            assertThat(a.status()).as(e.getKey().toString()).isEqualTo(422);
            assertThat(a.json().path("errors").findValuesAsText("field")).as(e.getKey().toString())
                    .containsExactly(e.getValue());
        }
        assertThat(api.send("POST", "/v1/tenants/acme/portal-sessions", acmeKey, "{\"customerNumber\":", "application/json",
                Map.of()).status()).isEqualTo(400);
        assertThat(create(Map.of("customerNumber", "C-1", "embed", "yes")).status()).isIn(400, 422);
        assertThat(create(Map.of("customerNumber", "C-1", "extra", 1)).status()).isIn(400, 422);
        assertThat(api.post("/v1/tenants/acme/portal-sessions", otherKey, Map.of("customerNumber", "C-1")).status())
                .as("another tenant's key").isEqualTo(404);
        assertThat(api.post("/v1/tenants/acme/portal-sessions", null, Map.of("customerNumber", "C-1")).status())
                .isEqualTo(401);
        assertThat(count()).isEqualTo(before);
    }

    private static long count() {
        return jdbi().withHandle(h -> h.createQuery("select count(*) from portal_session").mapTo(Long.class).one());
    }
}
