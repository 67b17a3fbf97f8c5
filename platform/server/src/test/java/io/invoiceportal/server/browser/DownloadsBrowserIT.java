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
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Downloads on the invoice screen in a real headless Chromium against the whole application and the built plugins. */
@ExtendWith(DropwizardExtensionsSupport.class)
class DownloadsBrowserIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("downloads");
    static Browser browser;
    static String base;

    @BeforeAll
    static void setUp() {
        base = "http://localhost:" + APP.getLocalPort();
        Http api = new Http(base + "/api");
        String key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme Energie B.V.",
                "language", "nl")).json().path("apiKey").asText();
        api.put("/v1/tenants/acme/customers/C-1", key, Map.of("companyName", "Bakkerij De Korenschoof B.V.",
                "email", "a@korenschoof.example", "login", "korenschoof"));
        for (int i = 1; i <= 5; i++) {
            api.post("/v1/tenants/acme/invoices", key, Map.of("invoiceNumber", "2026-000" + i, "customerNumber", "C-1",
                    "issueDate", "2026-03-0" + i, "dueDate", "2026-12-31", "currency", "EUR", "category", "Energie", "lines", List.of(Map.of(
                            "name", "Levering", "quantity", "1", "unitPrice", "100", "vatCategory", "S", "vatRate", "21"))));
        }
        PortalApp.activate(APP, "acme", "C-1", "Factuur2026");
        browser = new Browser();
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    static Page signedIn() {
        Page page = browser.newPage("nl-NL");
        page.navigate(base + "/t/acme/login");
        Browser.logIn(page, "korenschoof", "Factuur2026");
        page.waitForURL(Pattern.compile(".*/t/acme/invoices.*"));
        assertThat(page.getByText("2026-0005")).isVisible();
        return page;
    }

    static List<String> entries(Download download) throws Exception {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(download.path()); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(zip.readAllBytes()).as(e.getName()).isNotEmpty();
                names.add(e.getName());
            }
        }
        return names;
    }

    /** Nothing ticked gives the message; two ticked rows in CSV give one ZIP with two CSV files. */
    @Test
    void tickTwoRowsAndDownloadAZip() throws Exception {
        Page page = signedIn();
        Locator download = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Downloaden"));
        download.click();
        assertThat(page.getByText("Er is geen factuur geselecteerd.").first()).isVisible();

        Locator rows = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Factuur selecteren"));
        rows.nth(0).check();
        rows.nth(1).check();
        page.locator("vaadin-select.download-format").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("CSV"))).click();
        Browser.screenshot(page, "downloads-two-ticked");
        Download zip = page.waitForDownload(download::click);
        assertThat(zip.suggestedFilename()).matches("Facturen Acme Energie B\\.V\\. \\d{4}-\\d{2}-\\d{2} \\d{4}\\.zip");
        assertThat(entries(zip)).hasSize(2).allSatisfy(name -> assertThat(name).endsWith(".csv"));
    }

    /** A row's download icon gives that invoice in PDF, XML and CSV in one ZIP. */
    @Test
    void rowIconGivesThreeFormats() throws Exception {
        Page page = signedIn();
        Download zip = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Download PDF, XML en CSV")).first().click());
        assertThat(entries(zip)).hasSize(3).anySatisfy(n -> assertThat(n).endsWith(".pdf"))
                .anySatisfy(n -> assertThat(n).endsWith(".xml")).anySatisfy(n -> assertThat(n).endsWith(".csv"));
    }
}
