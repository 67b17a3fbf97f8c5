package io.invoiceportal.server.exportjob;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PluginJars;
import io.invoiceportal.server.testing.PortalApp;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The export job journey in a real headless Chromium: tick the page, select all invoices that
 * match the filter (more than the page), download: a job whose progress shows while the list stays
 * usable, then its ZIP with every invoice. The "csv" exporter takes 100 ms per invoice
 * ({@link SlowCsvExporter}), so the progress is there to be seen.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ExportJobsBrowserIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.withPlugins("exportbrowser",
            PluginJars.folder("export-{pdf,xml}-*.jar", "slow-csv", SlowCsvExporter.class).toString());
    static String base;

    @BeforeAll
    static void data() {
        base = "http://localhost:" + APP.getLocalPort();
        Http api = new Http(base + "/api");
        String key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme Energie B.V.",
                "language", "nl")).json().path("apiKey").asText();
        ExportJobData.customer(api, "acme", key, "C-1", "c1@example.test");
        PortalApplication app = APP.getApplication();
        List<InvoiceRequest> invoices = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            LocalDate date = LocalDate.of(2026, 1, 1).plusDays(i);
            invoices.add(new InvoiceRequest("2026-" + i, "C-1", date.toString(), date.plusDays(30).toString(), "Energie",
                    "EUR", null, "Levering", List.of(new InvoiceRequest.LineInput("1", "Regel", "1", "C62", "10.00", "S",
                            "21")), null, null));
        }
        app.services().invoices().publishAll(app.services().tenants().findBySlug("acme").orElseThrow(), invoices, "test");
        PortalApp.activate(APP, "acme", "C-1", "Factuur2026");
    }

    /** Select all 40 across pages of 25, download as CSV: progress, then a ZIP of 40 files and the manifest. */
    @Test
    void selectAllAcrossPagesMakesAJob() throws Exception {
        try (Browser browser = new Browser()) {
            Page page = browser.newPage("nl-NL");
            page.navigate(base + "/t/acme/login");
            Browser.logIn(page, "C-1", "Factuur2026");
            page.waitForURL(Pattern.compile(".*/t/acme/invoices.*"));
            Locator rows = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Factuur selecteren"));
            assertThat(rows.first()).isVisible();
            for (int i = 0; i < rows.count(); i++) {
                rows.nth(i).check();
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Selecteer alle 40 facturen die aan het filter voldoen")).click();
            assertThat(page.getByText("Alle 40 facturen die aan het filter voldoen zijn geselecteerd")).isVisible();
            page.locator("vaadin-select.download-format").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("CSV"))).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Downloaden")).click();

            Locator job = page.locator(".export-job").first();
            assertThat(job).containsText("40 facturen");
            assertThat(page.locator(".export-job vaadin-progress-bar")).isVisible();
            Browser.screenshot(page, "export-job-progress");
            Locator zipLink = page.locator(".export-job-download");
            assertThat(zipLink).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            Download zip = page.waitForDownload(zipLink::click);
            List<String> names = new ArrayList<>();
            try (InputStream in = Files.newInputStream(zip.path()); ZipInputStream entries = new ZipInputStream(in)) {
                for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                    names.add(e.getName());
                }
            }
            assertThat(names).hasSize(41).contains("2026-1.csv", "2026-40.csv", "manifest.csv");
        }
    }
}
