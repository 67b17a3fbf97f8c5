package io.invoiceportal.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PortalApp;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Activiteit screen in a real headless Chromium: a customer signs in, downloads an invoice as
 * PDF on the invoice screen, opens "Activiteit" from the user menu and sees those events in Dutch
 * (the English variant for an English-speaking customer); a download in an embedded session shows
 * as "Ingebed".
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ActivityBrowserIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("activity-browser");
    static Browser browser;
    static String base;
    static Http api;
    static String key;

    @BeforeAll
    static void setUp() {
        base = "http://localhost:" + APP.getLocalPort();
        api = new Http(base + "/api");
        key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme Energie B.V.",
                "language", "nl")).json().path("apiKey").asText();
        api.put("/v1/tenants/acme/customers/C-1", key, Map.of("companyName", "Bakkerij De Korenschoof B.V.",
                "email", "a@korenschoof.example", "login", "korenschoof"));
        api.put("/v1/tenants/acme/customers/C-2", key, Map.of("companyName", "Northwind Bakery Ltd",
                "email", "b@northwind.example", "login", "northwind", "language", "en"));
        for (String[] i : new String[][] {{"2026-0001", "C-1"}, {"2026-0002", "C-1"}, {"2026-0101", "C-2"}}) {
            api.post("/v1/tenants/acme/invoices", key, Map.of("invoiceNumber", i[0], "customerNumber", i[1],
                    "issueDate", "2026-03-02", "dueDate", "2026-12-31", "currency", "EUR", "category", "Energie",
                    "lines", List.of(Map.of("name", "Levering", "quantity", "1", "unitPrice", "100", "vatCategory", "S",
                            "vatRate", "21"))));
        }
        PortalApp.activate(APP, "acme", "C-1", "Factuur2026");
        PortalApp.activate(APP, "acme", "C-2", "Factuur2026");
        browser = new Browser();
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Ticks the invoice's row, picks PDF and downloads it. */
    /** Ticks the first (newest) row, which must be {@code invoiceNumber}, picks PDF and downloads it. */
    static Download downloadPdf(Page page, String invoiceNumber, String rowLabel) {
        page.getByText(invoiceNumber).first().waitFor();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(rowLabel)).first().check();
        page.locator("vaadin-select.download-format").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("PDF"))).first().click();
        Download file = page.waitForDownload(() -> page.locator(".download-selected").click());
        assertThat(file.suggestedFilename()).isEqualTo(invoiceNumber + ".pdf");
        return file;
    }

    static final Pattern LOOPBACK = Pattern.compile("127\\.0\\.0\\.1|::1");

    @Test
    void dutchCustomerSeesSignInAndDownloadInActiviteit() {
        Page page = browser.newPage("nl-NL");
        page.navigate(base + "/t/acme/login");
        Browser.logIn(page, "korenschoof", "Wrong2026x");
        assertThat(page.getByText("Login naam of wachtwoord is onjuist").first()).isVisible();
        Browser.logIn(page, "korenschoof", "Factuur2026");
        page.waitForURL(Pattern.compile(".*/t/acme/invoices.*"));
        downloadPdf(page, "2026-0002", "Factuur selecteren");

        page.locator("span.signed-in-as").click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Activiteit")).click();
        page.waitForURL(Pattern.compile(".*/t/acme/activity"));
        Locator grid = page.locator("vaadin-grid.activity-grid");
        assertThat(page.locator("h1")).hasText("Activiteit");
        assertThat(grid).containsText("Factuur gedownload");
        assertThat(grid).containsText("Ingelogd (wachtwoord)");
        assertThat(grid).containsText("Mislukte aanmelding (wachtwoord)");
        assertThat(grid).containsText("2026-0002");
        assertThat(grid).containsText("Scherm");
        assertThat(grid).containsText("Chrome op Linux");
        assertThat(grid).containsText(LOOPBACK);
        assertThat(page.locator(".activity-position")).hasText("Pagina 1 van 1");
        String text = grid.innerText();
        assertThat(text.indexOf("Factuur gedownload")).as("newest first").isLessThan(text.indexOf("Ingelogd"));
        assertThat(text).doesNotContain("2026-0101", "!{");
        Browser.screenshot(page, "activity-nl");
    }

    @Test
    void englishCustomerSeesTheTrailInEnglish() {
        Page page = browser.newPage("nl-NL");
        page.navigate(base + "/t/acme/login");
        Browser.logIn(page, "northwind", "Factuur2026");
        page.waitForURL(Pattern.compile(".*/t/acme/invoices.*"));
        downloadPdf(page, "2026-0101", "Select invoice");
        page.locator("span.signed-in-as").click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Activity")).click();
        page.waitForURL(Pattern.compile(".*/t/acme/activity"));
        Locator grid = page.locator("vaadin-grid.activity-grid");
        assertThat(page.locator("h1")).hasText("Activity");
        assertThat(grid).containsText("Invoice downloaded");
        assertThat(grid).containsText("Signed in (password)");
        assertThat(grid).containsText("Screen");
        assertThat(grid).containsText("Chrome on Linux");
        assertThat(grid.innerText()).doesNotContain("2026-0001", "2026-0002");
        Browser.screenshot(page, "activity-en");
    }

    /** In an embedded session (a portal session's URL), a download is recorded as embedded and the bar links to the trail. */
    @Test
    void embeddedDownloadShowsAsEmbedded() {
        String url = api.post("/v1/tenants/acme/portal-sessions", key, Map.of("customerNumber", "C-1", "language", "nl"))
                .json().path("url").asText();
        URI uri = URI.create(url);
        Page page = browser.newPage("nl-NL");
        page.navigate(base + uri.getRawPath() + "?" + uri.getRawQuery());
        page.waitForURL(Pattern.compile(".*/t/acme/embed/invoices.*"));
        downloadPdf(page, "2026-0002", "Factuur selecteren");
        page.locator(".embed-activity").click();
        page.waitForURL(Pattern.compile(".*/t/acme/embed/activity"));
        Locator grid = page.locator("vaadin-grid.activity-grid");
        assertThat(grid).containsText("Ingelogd (via de site van de uitgever)");
        assertThat(grid).containsText("Ingebed");
        assertThat(grid).containsText("Factuur gedownload");
        Browser.screenshot(page, "activity-embedded");
    }
}
