package io.invoiceportal.server.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PortalApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A plugin jar dropped into the plugins folder adds its format after a restart, with no change to the server. */
class PluginDropInIT {
    @RegisterExtension
    final TestDatabaseExtension database = new TestDatabaseExtension("dropin");


    static DropwizardTestSupport<PortalConfiguration> app(String dbUrl, Path plugins, Path data) {
        return new DropwizardTestSupport<>(PortalApplication.class, PortalApp.configFile(),
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                ConfigOverride.config("database.url", dbUrl),
                ConfigOverride.config("adminKey", PortalApp.ADMIN_KEY),
                ConfigOverride.config("samples.load", "false"),
                ConfigOverride.config("plugins.directory", plugins.toString()),
                ConfigOverride.config("dataDir", data.toString()));
    }

    static Path built(String prefix) throws Exception {
        try (Stream<Path> jars = Files.list(Path.of(PortalApp.pluginsDir()))) {
            return jars.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    /** Without the XML plugin a tenant cannot enable "xml"; with its jar copied in, it can and the invoice downloads as XML. */
    @Test
    void droppedJarAddsAFormat(@TempDir Path plugins, @TempDir Path data) throws Exception {
        String db = database.database().url();
        for (String jar : List.of("export-csv-", "export-pdf-", "delivery-email-")) {
            Path source = built(jar);
            Files.copy(source, plugins.resolve(source.getFileName()));
        }
        DropwizardTestSupport<PortalConfiguration> first = app(db, plugins, data);
        first.before();
        String key;
        try {
            Http api = new Http("http://localhost:" + first.getLocalPort() + "/api");
            key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme B.V."))
                    .json().path("apiKey").asText();
            api.put("/v1/tenants/acme/customers/C-1", key, Map.of("companyName", "Klant", "email", "k@example.test"));
            api.post("/v1/tenants/acme/invoices", key, Map.of("invoiceNumber", "2026-1", "customerNumber", "C-1",
                    "issueDate", "2026-01-01", "dueDate", "2026-12-31", "currency", "EUR", "lines", List.of(Map.of("name", "x", "quantity", "1",
                            "unitPrice", "1", "vatCategory", "S", "vatRate", "21"))));
            assertThat(api.put("/v1/tenants/acme/settings", key, Map.of("enabledFormats", List.of("pdf", "csv", "xml")))
                    .status()).isEqualTo(422);
            assertThat(api.get("/v1/tenants/acme/invoices/2026-1/xml", key).status()).isEqualTo(404);
        } finally {
            first.after();
        }

        Path xml = built("export-xml-");
        Files.copy(xml, plugins.resolve(xml.getFileName()));
        DropwizardTestSupport<PortalConfiguration> second = app(db, plugins, data);
        second.before();
        try {
            Http api = new Http("http://localhost:" + second.getLocalPort() + "/api");
            assertThat(api.get("/v1/plugins", PortalApp.ADMIN_KEY).body()).contains("\"xml\"");
            assertThat(api.put("/v1/tenants/acme/settings", key, Map.of("enabledFormats", List.of("pdf", "csv", "xml")))
                    .status()).isEqualTo(200);
            Http.Answer doc = api.get("/v1/tenants/acme/invoices/2026-1/xml", key);
            assertThat(doc.status()).isEqualTo(200);
            assertThat(doc.body()).contains("<invoiceNumber>2026-1</invoiceNumber>");
        } finally {
            second.after();
        }
    }
}
