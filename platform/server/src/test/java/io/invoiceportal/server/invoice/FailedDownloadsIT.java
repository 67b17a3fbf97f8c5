package io.invoiceportal.server.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalConfiguration;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PortalApp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Downloads whose file cannot be made mark nothing read, over REST against the whole application:
 * the real PDF and XML plugins and a real plugin jar whose "csv" exporter fails for invoices
 * ending in 2 ({@link BrokenCsvExporter}).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class FailedDownloadsIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.withPlugins("faileddownloads",
            pluginsWithBrokenCsv().toString());
    static Http customer;

    @BeforeAll
    static void data() {
        Http api = new Http("http://localhost:" + APP.getLocalPort() + "/api");
        String key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme Energie B.V."))
                .json().path("apiKey").asText();
        api.put("/v1/tenants/acme/customers/C-1", key, Map.of("companyName", "Klant", "email", "k@example.test"));
        for (String number : List.of("2026-1", "2026-2", "2026-3", "2026-4")) {
            assertThat(api.post("/v1/tenants/acme/invoices", key, Map.of("invoiceNumber", number, "customerNumber", "C-1",
                    "issueDate", "2026-01-01", "dueDate", "2026-12-31", "currency", "EUR", "lines", List.of(Map.of("name", "x", "quantity", "1",
                            "unitPrice", "1", "vatCategory", "S", "vatRate", "21")))).status()).isEqualTo(201);
        }
        api.put("/v1/tenants/acme/customers/C-2", key, Map.of("companyName", "Klant 2", "email", "k2@example.test"));
        assertThat(api.post("/v1/tenants/acme/invoices", key, Map.of("invoiceNumber", "2026-12", "customerNumber", "C-2",
                "issueDate", "2026-01-01", "dueDate", "2026-12-31", "currency", "EUR", "lines", List.of(Map.of("name", "x", "quantity", "1",
                        "unitPrice", "1", "vatCategory", "S", "vatRate", "21")))).status()).isEqualTo(201);
        PortalApp.activate(APP, "acme", "C-1", "Factuur2026");
        PortalApp.activate(APP, "acme", "C-2", "Factuur2026");
        customer = new Http("http://localhost:" + APP.getLocalPort() + "/api");
        assertThat(customer.post("/v1/tenants/acme/session", null, Map.of("login", "C-1", "password", "Factuur2026"))
                .status()).isEqualTo(200);
    }

    /** A temporary plugins folder: the built PDF and XML plugins and a jar with {@link BrokenCsvExporter}. */
    static Path pluginsWithBrokenCsv() {
        try {
            Path dir = Files.createTempDirectory("plugins-broken-csv");
            try (DirectoryStream<Path> built = Files.newDirectoryStream(Path.of(PortalApp.pluginsDir()), "export-{pdf,xml}-*.jar")) {
                for (Path jar : built) {
                    Files.copy(jar, dir.resolve(jar.getFileName()));
                }
            }
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().putValue("Plugin-Id", "broken-csv");
            manifest.getMainAttributes().putValue("Plugin-Version", "1.0.0");
            String className = BrokenCsvExporter.class.getName();
            String classFile = className.replace('.', '/') + ".class";
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(dir.resolve("broken-csv.jar")), manifest);
                    InputStream bytes = BrokenCsvExporter.class.getClassLoader().getResourceAsStream(classFile)) {
                out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
                out.write((className + "\n").getBytes(StandardCharsets.UTF_8));
                out.putNextEntry(new JarEntry(classFile));
                bytes.transferTo(out);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The portal runs the broken plugin's "csv", not the built one. */
    static void brokenCsvIsLoaded() {
        assertThat(new Http("http://localhost:" + APP.getLocalPort() + "/api").get("/v1/plugins", PortalApp.ADMIN_KEY)
                .body()).contains("\"broken-csv\"").doesNotContain("\"export-csv\"");
    }

    static List<String> read() {
        List<String> numbers = new ArrayList<>();
        customer.get("/v1/tenants/acme/me/invoices?read=true", null).json().path("items")
                .forEach(i -> numbers.add(i.path("invoiceNumber").asText()));
        return numbers;
    }

    /** Whether the request gives a whole ZIP: a 200 whose every entry can be read to its end. */
    static boolean wholeZip(Http.Answer answer) throws IOException {
        if (answer.status() != 200) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(answer.raw().body()))) {
            int entries = 0;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                zip.readAllBytes();
                entries++;
            }
            return entries > 0;
        }
    }

    /** Whether the client is told the download failed: an error status, or the connection cut off. */
    static boolean failsVisibly(Supplier<Http.Answer> request) {
        try {
            return request.get().status() >= 400;
        } catch (UncheckedIOException cutOff) {
            return true;
        }
    }

    /**
     * A ZIP that fails is never a 200 that looks complete: an error answer while nothing went out
     * yet (the export fails on its second, small CSV), the connection cut off after the status went
     * out (the bundle fails after its PDF and XML); the single file is a 422. None of them marks an
     * invoice read; files that are made do.
     */
    @Test
    void onlyCompleteFilesMarkRead() throws IOException {
        brokenCsvIsLoaded();
        boolean export = failsVisibly(() -> customer.post("/v1/tenants/acme/me/exports", null,
                Map.of("invoiceNumbers", List.of("2026-1", "2026-2"), "format", "csv")));
        boolean bundle = failsVisibly(() -> customer.get("/v1/tenants/acme/me/invoices/2026-2/bundle", null));
        Http.Answer single = customer.get("/v1/tenants/acme/me/invoices/2026-2/csv", null);

        assertThat(read()).isEmpty();
        assertThat(export).as("the failed export is told").isTrue();
        assertThat(bundle).as("the failed bundle is told").isTrue();
        assertThat(single.status()).isEqualTo(422);

        assertThat(wholeZip(customer.post("/v1/tenants/acme/me/exports", null,
                Map.of("invoiceNumbers", List.of("2026-1", "2026-3"), "format", "csv")))).isTrue();
        assertThat(wholeZip(customer.get("/v1/tenants/acme/me/invoices/2026-4/bundle", null))).isTrue();
        assertThat(read()).containsExactlyInAnyOrder("2026-1", "2026-3", "2026-4");
    }

    /**
     * A ZIP whose first file fails before any byte went out is the same 422 {@code export_failed}
     * as a single file, not a generic 500.
     */
    @Test
    void zipFailingBeforeAnythingWentOutIs422() {
        brokenCsvIsLoaded();
        Http.Answer export = customer.post("/v1/tenants/acme/me/exports", null,
                Map.of("invoiceNumbers", List.of("2026-2"), "format", "csv"));

        assertThat(export.status()).isEqualTo(422);
        assertThat(export.json().path("code").asText()).isEqualTo("export_failed");
        assertThat(export.json().path("message").asText()).contains("2026-2");
        assertThat(read()).doesNotContain("2026-2");
    }

    /**
     * On the Facturenscherm the row download of an invoice whose CSV fails is a failed download in
     * the browser (not a saved, broken ZIP), and the invoice stays unread.
     */
    @Test
    void failedRowDownloadInTheBrowser() {
        try (Browser browser = new Browser()) {
            Page page = browser.newPage("nl-NL");
            page.navigate("http://localhost:" + APP.getLocalPort() + "/t/acme/login");
            Browser.logIn(page, "C-2", "Factuur2026");
            page.waitForURL(Pattern.compile(".*/t/acme/invoices.*"));
            com.microsoft.playwright.Locator icon = page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Download PDF, XML en CSV")).first();
            icon.waitFor();
            Download zip = page.waitForDownload(icon::click);

            assertThat(zip.failure()).as("the browser's verdict on the download").isNotNull();
        }
        Http other = new Http("http://localhost:" + APP.getLocalPort() + "/api");
        other.post("/v1/tenants/acme/session", null, Map.of("login", "C-2", "password", "Factuur2026"));
        assertThat(other.get("/v1/tenants/acme/me/invoices?read=true", null).json().path("total").asInt()).isZero();
    }
}
