package io.invoiceportal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.export.ExporterCatalog;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.invoice.InvoiceService;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import io.invoiceportal.core.testing.TestExporter;
import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.SettingDefinition;
import io.invoiceportal.plugin.api.SettingType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Typed plugin settings per tenant on the real database: checks, secrets, round trip, isolation. */
class PluginSettingsTest {
    @RegisterExtension
    final TestDatabaseExtension db = new TestDatabaseExtension("pluginsettings");

    /** Writes its {@code footer} setting: what the exporter got in its context. */
    static final InvoiceExporter STAMP = new TestExporter("stamp", "Stamp", "text/plain", "txt") {
        @Override
        public List<SettingDefinition> settings() {
            return List.of(
                    SettingDefinition.builder("footer", SettingType.STRING).defaultValue("none").build(),
                    SettingDefinition.builder("url", SettingType.URL).build(),
                    SettingDefinition.builder("secret", SettingType.STRING).secret().build(),
                    SettingDefinition.builder("copies", SettingType.INTEGER).minimum(1).build(),
                    SettingDefinition.builder("draft", SettingType.BOOLEAN).build());
        }

        @Override
        public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws IOException {
            out.write((context.settings().string("footer").orElseThrow() + "|" + context.settings().string("secret")
                    .orElse("-")).getBytes(StandardCharsets.UTF_8));
        }
    };

    static final ExporterCatalog CATALOG = new ExporterCatalog() {
        @Override
        public List<InvoiceExporter> exporters() {
            return List.of(STAMP);
        }

        @Override
        public List<DeliveryChannel> channels() {
            return List.of();
        }
    };

    TenantService tenants;
    PluginSettingsService settings;
    Tenant acme;
    Tenant beta;

    @BeforeEach
    void tenants() {
        tenants = Fixtures.tenants(db.jdbi());
        settings = new PluginSettingsService(db.jdbi());
        acme = Fixtures.tenant(db.jdbi(), "acme", "nl");
        beta = Fixtures.tenant(db.jdbi(), "beta", "nl");
    }

    Tenant put(Tenant tenant, Map<String, ?> plugins) {
        Map<String, JsonNode> typed = Json.MAPPER.convertValue(plugins, new TypeReference<>() {});
        return tenants.updateSettings(tenant, new SettingsRequest(List.of("stamp"), null, null, null, null, null, null,
                typed), Set.of("stamp"), Set.of("email"), CATALOG.declaredSettings());
    }

    Map<String, Object> shown(Tenant tenant) {
        return settings.view(tenant, CATALOG.declaredSettings()).get("stamp");
    }

    @Test
    void valuesAreStoredTypedAndShownWithoutTheSecret() {
        put(acme, Map.of("stamp", Map.of("footer", "Acme only", "url", "https://hooks.acme.example/in",
                "secret", "whsec_acme", "copies", 2, "draft", true)));

        Map<String, Object> shown = shown(acme);
        assertThat(shown).containsEntry("footer", "Acme only").containsEntry("url", "https://hooks.acme.example/in")
                .containsEntry("copies", 2L).containsEntry("draft", true).containsEntry("secret", Map.of("set", true));
        assertThat(shown.toString()).doesNotContain("whsec_acme");
        assertThat(settings.of(acme.id(), "stamp", STAMP.settings()).string("secret")).contains("whsec_acme");
    }

    /** What GET shows, sent back, changes nothing: the secret is kept. */
    @Test
    void theShownSettingsPutBackKeepTheSecret() {
        put(acme, Map.of("stamp", Map.of("footer", "x", "secret", "whsec_acme")));
        Map<String, Object> before = shown(acme);

        put(acme, Map.of("stamp", before));

        assertThat(shown(acme)).isEqualTo(before);
        assertThat(settings.of(acme.id(), "stamp", STAMP.settings()).string("secret")).contains("whsec_acme");
    }

    /** null (or "") removes the tenant's value: the declared default applies again. */
    @Test
    void nullRemovesTheValue() {
        put(acme, Map.of("stamp", Map.of("footer", "x", "secret", "whsec_acme")));
        Map<String, Object> clear = new HashMap<>();
        clear.put("footer", null);
        clear.put("secret", "");

        put(acme, Map.of("stamp", clear));

        assertThat(shown(acme)).containsEntry("footer", null).containsEntry("secret", Map.of("set", false));
        assertThat(settings.of(acme.id(), "stamp", STAMP.settings()).string("footer")).contains("none");
    }

    /** Every wrong value is named by its field, and nothing of the request is stored. */
    @Test
    void wrongValuesAreRefusedPerFieldAndChangeNothing() {
        put(acme, Map.of("stamp", Map.of("footer", "kept")));
        Map<String, Map<String, Object>> bad = Map.of(
                "stamp", Map.of("footer", "changed", "url", "ftp://x.example", "copies", 0, "draft", "yes",
                        "secret", 42, "colour", "red"),
                "nope", Map.of("a", "b"));

        assertThatThrownBy(() -> put(acme, bad)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("plugins.stamp.url",
                        "plugins.stamp.copies", "plugins.stamp.draft", "plugins.stamp.secret", "plugins.stamp.colour",
                        "plugins.nope"));
        assertThat(shown(acme)).containsEntry("footer", "kept");
    }

    /** Tenant A's values never reach a call made for tenant B, through the export service. */
    @Test
    void aTenantsSettingsReachOnlyItsOwnCalls() throws Exception {
        put(acme, Map.of("stamp", Map.of("footer", "Acme only", "secret", "whsec_acme")));
        Tenant betaNow = put(beta, Map.of());

        assertThat(render(tenants.findBySlug("acme").orElseThrow())).isEqualTo("Acme only|whsec_acme");
        assertThat(render(betaNow)).isEqualTo("none|-");
        assertThat(shown(betaNow)).containsEntry("footer", null).containsEntry("secret", Map.of("set", false));
    }

    /** A stored value the plugin's declaration no longer allows is left out; the default applies. */
    @Test
    void aStoredValueTheDeclarationNoLongerAllowsIsIgnored() {
        db.jdbi().useHandle(h -> h.execute("insert into plugin_setting (tenant_id, extension_id, name, value)"
                + " values (?, 'stamp', 'copies', 'many')", acme.id()));
        assertThat(settings.of(acme.id(), "stamp", STAMP.settings()).integer("copies")).isEmpty();
        assertThat(shown(acme)).containsEntry("copies", null);
    }

    private String render(Tenant tenant) throws Exception {
        Fixtures.customer(db.jdbi(), tenant, "C-1", tenant.slug() + "-klant", "klant@" + tenant.slug() + ".example");
        InvoiceService invoices = new InvoiceService(db.jdbi());
        invoices.publishAll(tenant, List.of(new InvoiceRequest("A-1", "C-1", "2026-01-05", "2026-02-04", null, "EUR", null, null,
                List.of(new InvoiceRequest.LineInput("1", "Regel", "1", "C62", "10.00", "S", "21")), null, null)), "test");
        ExportService exports = new ExportService(db.jdbi(), invoices, CATALOG, "http://portal.test", Clock.systemUTC());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.render(tenant, invoices.get(tenant, "A-1"), "stamp", null).writer().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
