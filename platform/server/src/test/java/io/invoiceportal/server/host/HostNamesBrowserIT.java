package io.invoiceportal.server.host;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PortalApp;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant's own host name in Chromium (which resolves {@code *.localhost} to this machine): the
 * portal at the root of the host, navigation, back/forward and reload staying on it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class HostNamesBrowserIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("host-browser");
    static Browser browser;
    static String acme;
    static String globex;

    @BeforeAll
    static void setUp() {
        int port = APP.getLocalPort();
        acme = "http://acme.localhost:" + port;
        globex = "http://globex.localhost:" + port;
        Http api = new Http("http://localhost:" + port + "/api");
        String key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme Energie B.V.",
                "language", "nl", "hostNames", List.of("acme.localhost"))).json().path("apiKey").asText();
        api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "globex", "name", "Globex Ltd", "language", "en",
                "hostNames", List.of("globex.localhost")));
        api.put("/v1/tenants/acme/customers/C-1", key, Map.of("companyName", "Bakkerij De Korenschoof B.V.",
                "email", "a@korenschoof.example", "login", "korenschoof"));
        PortalApp.activate(APP, "acme", "C-1", "Factuur2026");
        browser = new Browser();
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Logging in at /login of the tenant's host lands on /invoices there; profile, back, forward and reload keep host and tenant. */
    @Test
    void theWholePortalStaysOnTheTenantsHost() {
        Page page = browser.newPage("nl-NL");
        page.navigate(acme + "/invoices");
        page.waitForURL(acme + "/login?next=invoices");
        assertThat(page.getByText("Acme Energie B.V.").first()).isVisible();
        Browser.logIn(page, "korenschoof", "Factuur2026");
        page.waitForURL(acme + "/invoices");
        assertThat(page.getByText("Welkom, Bakkerij De Korenschoof B.V.")).isVisible();
        Browser.screenshot(page, "host-invoices");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wachtwoord wijzigen")).click();
        page.waitForURL(acme + "/profile");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Profiel"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar facturen")).click();
        page.waitForURL(acme + "/invoices");
        assertThat(page.getByText("Welkom, Bakkerij De Korenschoof B.V.")).isVisible();

        page.goBack();
        page.waitForURL(acme + "/profile");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Profiel"))).isVisible();
        page.goForward();
        page.waitForURL(acme + "/invoices");
        // the screen has come back from the server before it is reloaded (a reload during that round trip
        // was aborted by Chromium: net::ERR_ABORTED)
        assertThat(page.getByText("Welkom, Bakkerij De Korenschoof B.V.")).isVisible();
        page.reload();
        assertThat(page.getByText("Welkom, Bakkerij De Korenschoof B.V.")).isVisible();
        assertThat(page.url()).isEqualTo(acme + "/invoices");

        page.navigate(acme + "/t/acme/profile");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Profiel"))).isVisible();
        page.navigate(acme + "/t/globex/login");
        assertThat(page.getByText("Globex Ltd")).hasCount(0);
    }

    /** The session of one host is not signed in on another tenant's host, nor on the portal's own host for the same tenant. */
    @Test
    void theSessionStaysOnItsHost() {
        Page page = browser.newPage("nl-NL");
        page.navigate(acme + "/login");
        Browser.logIn(page, "korenschoof", "Factuur2026");
        page.waitForURL(acme + "/invoices");

        page.navigate(globex + "/invoices");
        page.waitForURL(globex + "/login?next=invoices");
        assertThat(page.getByText("Bakkerij De Korenschoof B.V.")).hasCount(0);
        page.navigate("http://localhost:" + APP.getLocalPort() + "/t/acme/invoices");
        page.waitForURL(Pattern.compile(".*/t/acme/login.*"));

        page.navigate(acme + "/invoices");
        assertThat(page.getByText("Welkom, Bakkerij De Korenschoof B.V.")).isVisible();
        page.getByText("korenschoof").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Uitloggen")).click();
        page.waitForURL(acme + "/login");
    }
}
