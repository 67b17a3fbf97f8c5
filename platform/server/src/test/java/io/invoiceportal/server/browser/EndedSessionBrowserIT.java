package io.invoiceportal.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
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
 * Ending a session ends its open screens at once: two browsers (two profiles, two sessions) on
 * the Facturenscherm of one account; the password is changed in one, and the other lands on the
 * login page by itself (its session watch) and its download links are refused.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class EndedSessionBrowserIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("endedsession");
    static Browser browser;
    static String base;

    @BeforeAll
    static void setUp() {
        base = "http://localhost:" + APP.getLocalPort();
        Http api = new Http(base + "/api");
        String key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme Energie B.V.",
                "language", "nl")).json().path("apiKey").asText();
        for (String customer : List.of("C-1", "C-2")) {
            api.put("/v1/tenants/acme/customers/" + customer, key, Map.of("companyName", "Klant " + customer,
                    "email", customer + "@example.test", "login", customer.toLowerCase()));
            for (int i = 1; i <= 3; i++) {
                api.post("/v1/tenants/acme/invoices", key, Map.of("invoiceNumber", customer + "-000" + i,
                        "customerNumber", customer, "issueDate", "2026-03-0" + i, "dueDate", "2026-12-31", "currency", "EUR", "lines",
                        List.of(Map.of("name", "Levering", "quantity", "1", "unitPrice", "100", "vatCategory", "S",
                                "vatRate", "21"))));
            }
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

    static Page signedIn(String login, String password) {
        Page page = browser.newPage("nl-NL");
        page.navigate(base + "/t/acme/login");
        Browser.logIn(page, login, password);
        page.waitForURL(Pattern.compile(".*/t/acme/invoices.*"));
        assertThat(page.getByText(login.toUpperCase() + "-0003")).isVisible();
        return page;
    }

    /** Downloads the first row's bundle and answers the address the screen served it from. */
    static String downloadFirstRow(Page page) {
        Download zip = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Download PDF, XML en CSV")).first().click());
        assertThat(zip.failure()).isNull();
        return zip.url();
    }

    static APIResponse fetch(Page page, String url) {
        return page.context().request().get(url, RequestOptions.create().setMaxRedirects(0));
    }

    /**
     * Sign-out in one tab ends the session's other tab too: without a click it lands on the login
     * page, and a file it downloaded before is refused.
     */
    @Test
    void signOutEndsTheOtherTabOfTheSession() {
        Page first = signedIn("c-2", "Factuur2026");
        Page second = first.context().newPage();
        second.navigate(base + "/t/acme/invoices");
        assertThat(second.getByText("C-2-0003")).isVisible();
        String download = downloadFirstRow(second);

        first.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("c-2").setExact(true)).click();
        first.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Uitloggen").setExact(true)).click();
        first.waitForURL(Pattern.compile(".*/t/acme/login.*"));

        second.waitForURL(Pattern.compile(".*/t/acme/login.*"), new Page.WaitForURLOptions().setTimeout(15_000));
        assertThat(second.getByLabel("Login naam")).isVisible();
        assertThat(fetch(second, download).status()).isNotEqualTo(200);
        first.context().close();
    }

    /**
     * Three sessions of one account and one of another: the password changes in one; of the other
     * two, one clicks Zoeken and lands on the login page, the other fetches a file it downloaded
     * before (refused) and its next click lands on the login page too. The changing session and the
     * other account go on.
     */
    @Test
    void passwordChangeElsewhereEndsTheOpenScreen() {
        Page other = signedIn("c-1", "Factuur2026");
        Page downloader = signedIn("c-1", "Factuur2026");
        String oldDownload = downloadFirstRow(downloader);
        assertThat(fetch(downloader, oldDownload).status()).isEqualTo(200);
        Page bystander = signedIn("c-2", "Factuur2026");

        Page changing = signedIn("c-1", "Factuur2026");
        APIResponse changed = changing.context().request().put(base + "/api/v1/tenants/acme/me/password",
                RequestOptions.create().setData(Map.of("currentPassword", "Factuur2026", "newPassword", "Nieuwwachtwoord42",
                        "newPasswordConfirmation", "Nieuwwachtwoord42")));
        assertThat(changed.ok()).as(changed.text()).isTrue();

        // no click: the open screen follows its ended session by itself (the session watch polls)
        other.waitForURL(Pattern.compile(".*/t/acme/login.*"), new Page.WaitForURLOptions().setTimeout(15_000));
        assertThat(other.getByLabel("Login naam")).isVisible();
        Browser.screenshot(other, "ended-session-login");

        APIResponse refused = fetch(downloader, oldDownload);
        assertThat(refused.status()).as("the old session's download").isNotEqualTo(200);
        assertThat(refused.headers().getOrDefault("content-type", "")).doesNotContain("zip");
        downloader.waitForURL(Pattern.compile(".*/t/acme/login.*"), new Page.WaitForURLOptions().setTimeout(15_000));

        Locator stillThere = changing.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken"));
        stillThere.click();
        assertThat(changing).hasURL(Pattern.compile(".*/t/acme/invoices.*"));
        assertThat(downloadFirstRow(changing)).isNotBlank();
        bystander.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
        assertThat(bystander).hasURL(Pattern.compile(".*/t/acme/invoices.*"));
        assertThat(bystander.getByText("C-2-0003")).isVisible();
    }
}
