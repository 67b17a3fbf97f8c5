package io.invoiceportal.server.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PortalApp;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A tenant's own host names over HTTP: its portal at /, mail links to its host, and nothing of another tenant or host. */
@ExtendWith(DropwizardExtensionsSupport.class)
class HostNamesIT {
    static final String ACME = "facturen.acme.example";
    static final String GLOBEX = "portal.globex.example";
    static final int SMTP_PORT = freePort();

    @RegisterExtension
    @Order(1)
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("hosts",
            ConfigOverride.config("publicUrl", "http://portal.example:8080"),
            ConfigOverride.config("smtp.host", "127.0.0.1"),
            ConfigOverride.config("smtp.port", String.valueOf(SMTP_PORT)),
            ConfigOverride.config("delivery.pollMillis", "200"));
    static final Pattern LINK = Pattern.compile("(http://[^\\s\"<>]+)\\?token=([A-Za-z0-9_-]+)");
    static String base;
    static String acmeKey;
    static String globexKey;

    static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void tenants() {
        base = "http://localhost:" + APP.getLocalPort();
        Http admin = new Http(base + "/api");
        acmeKey = admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme Energie B.V.",
                "hostNames", List.of(ACME, "acme.localhost"))).json().path("apiKey").asText();
        globexKey = admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "globex", "name", "Globex Ltd",
                "language", "en")).json().path("apiKey").asText();
        Answer hosts = admin.put("/v1/tenants/globex/settings", globexKey, Map.of("hostNames", List.of(GLOBEX)));
        assertThat(hosts.status()).as(hosts.body()).isEqualTo(200);
        admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "plain", "name", "Plain B.V."));
    }

    /** On its own host a tenant's screens are at /, /login, /invoices, /activate, /forgot-password, and under /t/{itself}/ too. */
    @Test
    void tenantHostServesItsPortalAtTheRoot() {
        for (String host : List.of(ACME, "Facturen.ACME.example:8080", "acme.localhost:" + APP.getLocalPort())) {
            Http browser = new Http(base, host);
            for (String page : List.of("/", "/login", "/invoices", "/invoices/2026-1", "/profile", "/forgot-password",
                    "/activate?token=x", "/reset-password?token=x", "/t/acme/login")) {
                Answer a = browser.get(page, null);
                assertThat(a.status()).as(host + page).isEqualTo(200);
                assertThat(a.body()).as(host + page).contains("Acme Energie B.V.").doesNotContain("Globex", "Plain B.V.");
            }
        }
        assertThat(new Http(base, GLOBEX).get("/login", null).body()).contains("Globex Ltd").doesNotContain("Acme");
    }

    /** On a tenant's host another tenant's /t/{slug}/ pages are a 404 that shows nothing of that tenant. */
    @Test
    void anotherTenantsPagesAreNotFoundOnATenantHost() {
        Http browser = new Http(base, ACME);
        for (String page : List.of("/t/globex", "/t/globex/login", "/t/plain/invoices", "/t/nope/login")) {
            Answer a = browser.get(page, null);
            assertThat(a.status()).as(page).isEqualTo(404);
            assertThat(a.body()).as(page).doesNotContain("Globex", "Plain B.V.");
        }
    }

    /** The portal's own host and unknown hosts keep the /t/{slug}/ paths and have no tenant pages at the root. */
    @Test
    void otherHostsKeepTheTenantPaths() {
        for (String host : List.of("portal.example:8080", "unknown.example", "127.0.0.1")) {
            Http browser = new Http(base, host);
            for (String page : List.of("/", "/login", "/invoices", "/profile", "/activate?token=x")) {
                assertThat(browser.get(page, null).status()).as(host + page).isEqualTo(404);
            }
            assertThat(browser.get("/t/acme/login", null).status()).as(host).isEqualTo(200);
            assertThat(browser.get("/t/globex/login", null).body()).as(host).contains("Globex Ltd");
        }
    }

    /** The customer API on a tenant's host answers only that tenant: another tenant's {t} is a 404, also for signing in. */
    @Test
    void customerApiRefusesAnotherTenantOnATenantHost() {
        Http browser = new Http(base, ACME);
        assertThat(browser.post("/api/v1/tenants/globex/session", null, Map.of("login", "a", "password", "b")).status())
                .isEqualTo(404);
        assertThat(browser.get("/api/v1/tenants/globex/me/profile", null).status()).isEqualTo(404);
        assertThat(browser.post("/api/v1/tenants/acme/session", null, Map.of("login", "a", "password", "b")).status())
                .isEqualTo(401);
        assertThat(browser.get("/api/v1/tenants/acme/me/profile", null).status()).isEqualTo(401);
    }

    /**
     * Mails link to the tenant's first host (with the public URL's scheme and port); a session signed in on
     * that host is not signed in when its cookie is presented on another tenant's host or the portal's own host.
     */
    @Test
    void mailsLinkToTheTenantHostAndSessionsStayOnTheirHost() {
        Answer created = new Http(base + "/api").put("/v1/tenants/acme/customers/C-7", acmeKey, Map.of(
                "companyName", "Bakkerij Korenschoof", "email", "admin@korenschoof.example", "login", "korenschoof"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Matcher activation = awaitLink("admin@korenschoof.example", 1);
        assertThat(activation.group(1)).isEqualTo("http://" + ACME + ":8080/activate");
        Http acme = new Http(base, ACME);
        assertThat(acme.get("/activate?token=" + activation.group(2), null).body()).contains("Acme Energie B.V.");
        assertThat(acme.post("/api/v1/tenants/acme/activation", null, Map.of("token", activation.group(2),
                "password", "Factuur2026", "passwordConfirmation", "Factuur2026")).status()).isEqualTo(200);
        assertThat(acme.post("/api/v1/tenants/acme/password-reset-requests", null,
                Map.of("login", "korenschoof", "email", "admin@korenschoof.example")).status()).isEqualTo(202);
        assertThat(awaitLink("admin@korenschoof.example", 2).group(1)).isEqualTo("http://" + ACME + ":8080/reset-password");

        assertThat(acme.post("/api/v1/tenants/acme/session", null,
                Map.of("login", "korenschoof", "password", "Factuur2026")).status()).isEqualTo(200);
        String session = acme.cookie("JSESSIONID");
        assertThat(acme.get("/api/v1/tenants/acme/me/profile", null).status()).isEqualTo(200);
        assertThat(acme.get("/invoices", null).body()).contains("korenschoof");

        Map<String, String> stolen = Map.of("Cookie", "JSESSIONID=" + session);
        Http globex = new Http(base, GLOBEX);
        assertThat(globex.send("GET", "/api/v1/tenants/globex/me/profile", null, null, null, stolen).status()).isEqualTo(401);
        assertThat(globex.send("GET", "/api/v1/tenants/acme/me/profile", null, null, null, stolen).status()).isEqualTo(404);
        assertThat(globex.send("GET", "/invoices", null, null, null, stolen).body()).doesNotContain("korenschoof", "Acme");
        Http portal = new Http(base, "portal.example");
        assertThat(portal.send("GET", "/api/v1/tenants/acme/me/profile", null, null, null, stolen).status())
                .as("the same tenant on another host").isEqualTo(401);
        assertThat(portal.send("GET", "/t/acme/invoices", null, null, null, stolen).body()).doesNotContain("korenschoof");
        assertThat(acme.get("/api/v1/tenants/acme/me/profile", null).status()).as("still signed in on its host").isEqualTo(200);
    }

    /** Settings show and change the host names; another tenant's host is a 409 naming the field, the portal's own a 422; errors change nothing. */
    @Test
    void settingsGuardTheHostNames() {
        Http api = new Http(base + "/api");
        String key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "initech", "name", "Initech B.V.",
                "hostNames", List.of("initech.example"))).json().path("apiKey").asText();
        assertThat(api.get("/v1/tenants/initech/settings", key).json().path("hostNames").toString())
                .isEqualTo("[\"initech.example\"]");

        Answer taken = api.put("/v1/tenants/initech/settings", key, Map.of("hostNames", List.of("www.initech.example", GLOBEX)));
        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(taken.json().path("errors").findValuesAsText("field")).containsExactly("hostNames[1]");
        Answer own = api.put("/v1/tenants/initech/settings", key, Map.of("hostNames", List.of("Portal.Example")));
        assertThat(own.status()).isEqualTo(422);
        assertThat(own.json().path("errors").findValuesAsText("field")).containsExactly("hostNames[0]");
        for (Object bad : List.of(List.of("https://initech.example"), List.of("initech.example:443"), List.of("*.initech.example"),
                List.of("initech.example/portal"), "initech.example", List.of(12))) {
            Answer refused = api.put("/v1/tenants/initech/settings", key, Map.of("hostNames", bad));
            assertThat(refused.status()).as(bad.toString()).isEqualTo(422);
        }
        assertThat(api.get("/v1/tenants/initech/settings", key).json().path("hostNames").toString())
                .isEqualTo("[\"initech.example\"]");
        Answer duplicate = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "copycat", "name", "Copycat",
                "hostNames", List.of("fine.example", "INITECH.example")));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("errors").findValuesAsText("field")).containsExactly("hostNames[1]");
        assertThat(api.get("/v1/tenants/copycat/settings", PortalApp.ADMIN_KEY).status()).isNotEqualTo(200);

        Answer moved = api.put("/v1/tenants/initech/settings", key, Map.of("hostNames", List.of("www.initech.example")));
        assertThat(moved.json().path("hostNames").toString()).isEqualTo("[\"www.initech.example\"]");
        assertThat(new Http(base, "initech.example").get("/login", null).status()).as("the old host at once").isEqualTo(404);
        assertThat(new Http(base, "www.initech.example").get("/login", null).body()).contains("Initech B.V.");
    }

    private static Matcher awaitLink(String address, int mailNumber) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(address).size() >= mailNumber);
        String body = GreenMailUtil.getBody(mailsTo(address).get(mailNumber - 1)).replace("=\r\n", "").replace("=3D", "=");
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as("a link with a token in: " + body).isTrue();
        return m;
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
