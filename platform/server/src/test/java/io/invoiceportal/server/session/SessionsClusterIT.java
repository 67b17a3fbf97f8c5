package io.invoiceportal.server.session;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import io.dropwizard.testing.DropwizardTestSupport;
import io.invoiceportal.core.testing.TestDatabase;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PortalApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one database; HTTP sessions stay on the node they signed in on. A session ended
 * through the other node is over at once where it lives: its next REST call there is 401, and its
 * open screen there goes to the login page without a click. The row in the database is the truth.
 */
class SessionsClusterIT {
    static final String PASSWORD = "Factuur2026";
    static final TestDatabase DB = TestDatabase.create("sessionscluster");
    static final List<DropwizardTestSupport<PortalConfiguration>> RUNNING = new ArrayList<>();
    static DropwizardTestSupport<PortalConfiguration> nodeA;
    static DropwizardTestSupport<PortalConfiguration> nodeB;
    static Browser browser;

    static DropwizardTestSupport<PortalConfiguration> start() {
        DropwizardTestSupport<PortalConfiguration> node = PortalApp.node(DB.url(), PortalApp.pluginsDir());
        try {
            node.before();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        RUNNING.add(node);
        return node;
    }

    static String base(DropwizardTestSupport<PortalConfiguration> node) {
        return "http://localhost:" + node.getLocalPort();
    }

    @BeforeAll
    static void up() {
        nodeA = start();
        nodeB = start();
        Http api = new Http(base(nodeA) + "/api");
        String key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme B.V.",
                "language", "nl")).json().path("apiKey").asText();
        api.put("/v1/tenants/acme/customers/C-1", key, Map.of("companyName", "Klant C-1", "email", "c1@acme.test",
                "login", "c-1"));
        PortalApp.activate(nodeA.<PortalApplication>getApplication().services(), "acme", "C-1", PASSWORD);
        browser = new Browser();
    }

    @AfterAll
    static void down() {
        if (browser != null) {
            browser.close();
        }
        RUNNING.forEach(DropwizardTestSupport::after);
    }

    static Http signIn(DropwizardTestSupport<PortalConfiguration> node) {
        Http client = new Http(base(node) + "/api");
        assertThat(client.post("/v1/tenants/acme/session", null, Map.of("login", "c-1", "password", PASSWORD))
                .status()).isEqualTo(200);
        return client;
    }

    static long currentId(Http client) {
        for (JsonNode s : client.get("/v1/tenants/acme/me/sessions", null).json().path("items")) {
            if (s.path("current").asBoolean()) {
                return s.path("id").asLong();
            }
        }
        throw new AssertionError("no current session");
    }

    @Test
    void aSessionEndedThroughTheOtherNodeIsOverWhereItLives() {
        Http onA = signIn(nodeA);
        Http onB = signIn(nodeB);
        long idOnA = currentId(onA);
        assertThat(onA.get("/v1/tenants/acme/me/invoices", null).status()).isEqualTo(200);

        assertThat(onB.send("DELETE", "/v1/tenants/acme/me/sessions/" + idOnA, null, null, null, Map.of()).status())
                .isEqualTo(204);

        var refused = onA.get("/v1/tenants/acme/me/invoices", null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("code").asText()).isEqualTo("unauthorized");
        assertThat(onB.get("/v1/tenants/acme/me/invoices", null).status()).isEqualTo(200);
    }

    @Test
    void anOpenScreenOnOneNodeEndedFromTheOtherGoesToTheLogin() {
        Page page = browser.newPage("nl-NL");
        page.navigate(base(nodeA) + "/t/acme/login");
        Browser.logIn(page, "c-1", PASSWORD);
        page.waitForURL(Pattern.compile(".*/t/acme/invoices.*"));
        Http onB = signIn(nodeB);

        assertThat(onB.send("DELETE", "/v1/tenants/acme/me/sessions", null, null, null, Map.of()).status())
                .isEqualTo(200);

        page.waitForURL(Pattern.compile(".*/t/acme/login.*"), new Page.WaitForURLOptions().setTimeout(15_000));
        assertThat(page.getByLabel("Login naam")).isVisible();
        assertThat(onB.get("/v1/tenants/acme/me/invoices", null).status()).isEqualTo(200);
    }
}
