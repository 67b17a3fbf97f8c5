package io.invoiceportal.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PortalApp;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The login page in a real headless Chromium against the whole application. */
@ExtendWith(DropwizardExtensionsSupport.class)
class LoginBrowserIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("browser");
    static Browser browser;
    static String base;

    @BeforeAll
    static void setUp() {
        base = "http://localhost:" + APP.getLocalPort();
        Http api = new Http(base + "/api");
        String key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme Energie B.V.",
                "language", "nl", "branding", Map.of("primaryColor", "#1b7340", "accentColor", "#0e5a35")))
                .json().path("apiKey").asText();
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

    /** A wrong password shows the neutral message; the right one opens the invoices page under a new session id. */
    @Test
    void logInThroughTheLoginPage() {
        Page page = browser.newPage("nl-NL");
        page.navigate(base + "/t/acme/login");
        assertThat(page.getByText("Inloggen").first()).isVisible();
        String sessionBefore = sessionCookie(page);
        Browser.logIn(page, "korenschoof", "niet-goed-1");
        assertThat(page.getByText("Login naam of wachtwoord is onjuist.")).isVisible();
        Browser.screenshot(page, "login-failed");

        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("Factuur2026");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(Pattern.compile(".*/t/acme/invoices.*"));
        assertThat(page.getByText("Welkom, Bakkerij De Korenschoof B.V.")).isVisible();
        assertThat(sessionCookie(page)).as("session id renewed at login").isNotEqualTo(sessionBefore);
        Browser.screenshot(page, "invoices-after-login");

        page.reload();
        assertThat(page.getByText("Welkom, Bakkerij De Korenschoof B.V.")).isVisible();
    }

    /** Without a session, the invoices page sends the browser to the login page. */
    @Test
    void closedPagesNeedLogin() {
        Page page = browser.newPage("en-GB");
        page.navigate(base + "/t/acme/invoices");
        page.waitForURL(Pattern.compile(".*/t/acme/login.*"));
        Browser.screenshot(page, "login");
    }

    static String sessionCookie(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse(null);
    }
}
