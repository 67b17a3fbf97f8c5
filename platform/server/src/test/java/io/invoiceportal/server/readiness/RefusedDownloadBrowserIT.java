package io.invoiceportal.server.readiness;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PluginJars;
import io.invoiceportal.server.testing.PortalApp;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium: a download that an e-invoice format refuses for missing data tells the customer why
 * next to the download button (the business terms), in the customer's language; a format that can
 * make the file still downloads it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RefusedDownloadBrowserIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.withPlugins("refused-download",
            PluginJars.folder("export-pdf-*.jar", "einvoice-test", EndpointExporter.class).toString());
    static Browser browser;
    static String base;

    @BeforeAll
    static void setUp() {
        base = "http://localhost:" + APP.getLocalPort();
        Http api = new Http(base + "/api");
        String key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme Energie B.V.",
                "language", "nl")).json().path("apiKey").asText();
        api.put("/v1/tenants/acme/settings", key, Map.of("enabledFormats", List.of("pdf", "einvoice")));
        api.put("/v1/tenants/acme/customers/C-1", key, Map.of("companyName", "Bakkerij De Korenschoof B.V.",
                "email", "a@korenschoof.example", "login", "korenschoof"));
        api.post("/v1/tenants/acme/invoices", key, Map.of("invoiceNumber", "2026-0001", "customerNumber", "C-1",
                "issueDate", "2026-03-01", "dueDate", "2026-12-31", "currency", "EUR", "lines", List.of(Map.of(
                        "name", "Levering", "quantity", "1", "unitPrice", "100", "vatCategory", "S", "vatRate", "21"))));
        PortalApp.activate(APP, "acme", "C-1", "Factuur2026");
        browser = new Browser();
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The refused e-invoice names the missing business terms next to the button; the PDF of the same row downloads. */
    @Test
    void refusalIsShownNextToTheButton() {
        Page page = browser.newPage("nl-NL");
        page.navigate(base + "/t/acme/login");
        Browser.logIn(page, "korenschoof", "Factuur2026");
        page.waitForURL(Pattern.compile(".*/t/acme/invoices.*"));
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Factuur selecteren")).first().check();
        Locator download = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Downloaden"));

        page.locator("vaadin-select.download-format").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("E-invoice")).click();
        download.click();
        Locator message = page.locator(".download-message");
        assertThat(message).containsText("Dit bestand kon niet worden gemaakt");
        assertThat(message).containsText("Ontbreekt: " + EndpointExporter.BUYER_ENDPOINT + ", " + EndpointExporter.SELLER_EMAIL);
        Browser.screenshot(page, "download-refused");

        page.locator("vaadin-select.download-format").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("PDF")).click();
        Download pdf = page.waitForDownload(download::click);
        org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).isEqualTo("2026-0001.pdf");
    }
}
