package io.invoiceportal.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.core.account.TokenPurpose;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.Services;
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
 * The password-reset journey in a real Chromium, from the reset link on: whether or not the account is signed in in that browser, in the same tab or in
 * another one, saving the new password lands on the login page with the confirmation, which stays
 * there, and signing in with the new password works. No page is ever an error.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ResetPasswordBrowserIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("resetbrowser");
    static final String DONE = "Uw nieuwe wachtwoord is opgeslagen. U kunt nu inloggen.";
    static Browser browser;
    static String base;
    static Http api;

    @BeforeAll
    static void setUp() {
        base = "http://localhost:" + APP.getLocalPort();
        api = new Http(base + "/api");
        String key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme Energie B.V.",
                "language", "nl")).json().path("apiKey").asText();
        for (String customer : List.of("C-1", "C-2", "C-3", "C-4", "C-5")) {
            api.put("/v1/tenants/acme/customers/" + customer, key, Map.of("companyName", "Klant " + customer,
                    "email", customer.toLowerCase() + "@example.test", "login", customer.toLowerCase(), "language", "nl"));
            PortalApp.activate(APP, "acme", customer, "Factuur2026");
        }
        browser = new Browser();
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A reset link with a freshly minted password-reset token, as the reset e-mail carries it. */
    static String resetLink(String login) {
        Services services = APP.<PortalApplication>getApplication().services();
        Tenant tenant = services.tenants().findBySlug("acme").orElseThrow();
        String token = services.jdbi().inTransaction(h -> {
            long accountId = h.createQuery("select id from account where tenant_id = :t and login = :l")
                    .bind("t", tenant.id()).bind("l", login).mapTo(Long.class).one();
            return services.accounts().mintToken(h, tenant.id(), accountId, TokenPurpose.PASSWORD_RESET);
        });
        return base + "/t/acme/reset-password?token=" + token;
    }

    static void logIn(Page page, String login, String password) {
        Browser.logIn(page, login, password);
        page.waitForURL(Pattern.compile(".*/t/acme/invoices.*"));
    }

    static Page signedIn(Page page, String login) {
        page.navigate(base + "/t/acme/login");
        logIn(page, login, "Factuur2026");
        assertThat(page.getByText("Welkom, Klant " + login.toUpperCase())).isVisible();
        return page;
    }

    /** Opens the link, saves a new password and checks the login page that follows, then signs in with it. */
    static void resetAndSignIn(Page page, String link, String login) {
        page.navigate(link);
        page.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("Herstel2029x");
        page.getByLabel("Bevestig nieuw wachtwoord").fill("Herstel2029x");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        page.waitForURL(Pattern.compile(".*/t/acme/login.*"));
        assertThat(page.getByText(DONE)).isVisible();
        page.waitForTimeout(1500);
        assertThat(page.getByText(DONE)).isVisible();
        assertThat(page.locator("body")).not().containsText("HTTP ERROR");
        logIn(page, login, "Herstel2029x");
        assertThat(page.getByText("Welkom, Klant " + login.toUpperCase())).isVisible();
    }

    @Test
    void resetInABrowserWithoutSession() {
        resetAndSignIn(browser.newPage("nl-NL"), resetLink("c-1"), "c-1");
    }

    @Test
    void resetInTheTabWhereTheAccountIsSignedIn() {
        Page page = signedIn(browser.newPage("nl-NL"), "c-2");
        resetAndSignIn(page, resetLink("c-2"), "c-2");
    }

    /** The other tab of the ended session lands on the login page at its next click, not on an error. */
    @Test
    void resetInAnotherTabOfTheSignedInBrowser() {
        Page first = signedIn(browser.newPage("nl-NL"), "c-3");
        Page second = first.context().newPage();
        resetAndSignIn(second, resetLink("c-3"), "c-3");
        // the first tab's screen was closed with its session; its polling (the session watch) reloads it by
        // itself within seconds: onto the login page, or the invoices of the session the reset signed in
        first.waitForTimeout(5_000);
        Locator search = first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken"));
        if (search.isVisible()) {
            search.click();
        }
        assertThat(first).hasURL(Pattern.compile(".*/t/acme/(login|invoices).*"));
        assertThat(first.locator("body")).not().containsText("HTTP ERROR");
    }

    /** Another account signed in in this browser: the reset still ends on the login page with the confirmation. */
    @Test
    void resetWhileAnotherAccountIsSignedIn() {
        Page page = signedIn(browser.newPage("nl-NL"), "c-4");
        resetAndSignIn(page, resetLink("c-5"), "c-5");
    }
}
