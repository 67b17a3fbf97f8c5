package io.invoiceportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PortalApp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The typed settings plugins declare, set per tenant through PUT settings. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PluginSettingsIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("pluginsettings");
    static final String LIMIT = "plugins.email-pdf.maxAttachmentBytes";
    static Http issuer;
    static String acme;
    static String beta;

    @BeforeAll
    static void tenants() {
        issuer = new Http("http://localhost:" + APP.getLocalPort() + "/api");
        acme = issuer.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme"))
                .json().path("apiKey").asText();
        beta = issuer.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "beta", "name", "Beta"))
                .json().path("apiKey").asText();
    }

    static JsonNode settings(String slug, String key) {
        return issuer.get("/v1/tenants/" + slug + "/settings", key).json();
    }

    static Answer putLimit(Object value) {
        Map<String, Object> limit = new HashMap<>();
        limit.put("maxAttachmentBytes", value);
        return issuer.put("/v1/tenants/acme/settings", acme, Map.of("plugins", Map.of("email-pdf", limit)));
    }

    /** GET lists every declared setting; a PUT sets a typed value for this tenant only; null removes it. */
    @Test
    void setShowAndRemoveATypedValue() {
        assertThat(settings("acme", acme).path("plugins").path("email-pdf").has("maxAttachmentBytes")).isTrue();

        Answer put = putLimit(1_000_000);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().path("plugins").path("email-pdf").path("maxAttachmentBytes").asLong()).isEqualTo(1_000_000);
        assertThat(settings("acme", acme).path("plugins").path("email-pdf").path("maxAttachmentBytes").isNumber()).isTrue();
        assertThat(settings("beta", beta).path("plugins").path("email-pdf").path("maxAttachmentBytes").isNull()).isTrue();

        assertThat(putLimit(null).status()).isEqualTo(200);
        assertThat(settings("acme", acme).path("plugins").path("email-pdf").path("maxAttachmentBytes").isNull()).isTrue();
    }

    /** The whole GET body, sent back with PUT, is accepted and changes nothing. */
    @Test
    void theSettingsRoundTrip() {
        putLimit(2_000_000);
        JsonNode before = settings("acme", acme);
        Answer put = issuer.put("/v1/tenants/acme/settings", acme, before);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(settings("acme", acme)).isEqualTo(before);
    }

    /** Wrong values, unknown plugins and unknown settings are 422 naming the field; nothing changes. */
    @Test
    void wrongValuesAreRefusedByField() {
        putLimit(3_000_000);
        JsonNode before = settings("acme", acme);
        Map<Object, String> wrong = Map.of("big", "must be a whole number", 0, "must be at least 1", true,
                "must be a whole number", 1.5, "must be a whole number");
        wrong.forEach((value, message) -> {
            Answer refused = putLimit(value);
            assertThat(refused.status()).as(value + ": " + refused.body()).isEqualTo(422);
            assertThat(refused.json().path("errors").findValuesAsText("field")).as(value.toString()).containsExactly(LIMIT);
            assertThat(refused.json().path("errors").findValuesAsText("message").getFirst()).contains(message);
        });
        Answer unknown = issuer.put("/v1/tenants/acme/settings", acme, Map.of("timeZone", "Europe/Dublin",
                "plugins", Map.of("nope", Map.of("url", "https://x.example"), "email-pdf", Map.of("colour", "red"))));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("plugins.nope", "plugins.email-pdf.colour");
        Answer dutch = issuer.send("PUT", "/v1/tenants/acme/settings", acme, Map.of("plugins", Map.of("email-pdf",
                Map.of("colour", "red", "maxAttachmentBytes", 0))), "application/json", Map.of("Accept-Language", "nl"));
        assertThat(dutch.json().path("errors").findValuesAsText("message")).containsExactlyInAnyOrder(
                "is geen instelling van 'email-pdf'; de instellingen zijn: maxAttachmentBytes", "moet minstens 1 zijn");
        assertThat(settings("acme", acme)).isEqualTo(before);
        List.of("[]", "\"x\"", "{\"email-pdf\": []}").forEach(body -> assertThat(issuer.send("PUT",
                "/v1/tenants/acme/settings", acme, "{\"plugins\": " + body + "}", "application/json", Map.of()).status())
                .as(body).isIn(400, 422));
    }

    /** The issuer reads each declaration with its own value only; another tenant's key is 404, no key 401. */
    @Test
    void theIssuerReadsDeclarationsWithItsOwnValues() {
        putLimit(4_000_000);
        JsonNode acmeSettings = limitSetting(issuer.get("/v1/tenants/acme/plugin-settings", acme).json());
        assertThat(acmeSettings.path("type").asText()).isEqualTo("INTEGER");
        assertThat(acmeSettings.path("default").asText()).isEqualTo("5242880");
        assertThat(acmeSettings.path("secret").asBoolean(true)).isFalse();
        assertThat(acmeSettings.path("description").asText()).startsWith("Largest PDF, in bytes");
        assertThat(acmeSettings.path("value").asLong()).isEqualTo(4_000_000);

        JsonNode betaSettings = limitSetting(issuer.get("/v1/tenants/beta/plugin-settings", beta).json());
        assertThat(betaSettings.has("value")).isTrue();
        assertThat(betaSettings.path("value").isNull()).isTrue();

        Answer foreign = issuer.get("/v1/tenants/acme/plugin-settings", beta);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("4000000");
        assertThat(issuer.get("/v1/tenants/acme/plugin-settings", null).status()).isEqualTo(401);
        assertThat(issuer.send("PUT", "/v1/tenants/acme/plugin-settings", acme, "{}", "application/json", Map.of())
                .status()).isEqualTo(405);
    }

    /** The operator's plugin list shows each channel's declarations, without tenant values. */
    @Test
    void theOperatorSeesTheDeclarations() {
        JsonNode plugins = issuer.get("/v1/plugins", PortalApp.ADMIN_KEY).json().path("plugins");
        JsonNode channel = plugins.findValues("channels").stream().flatMap(c -> c.valueStream())
                .filter(c -> c.path("id").asText().equals("email-pdf")).findFirst().orElseThrow();
        JsonNode limit = channel.path("settings").get(0);
        assertThat(limit.path("name").asText()).isEqualTo("maxAttachmentBytes");
        assertThat(limit.path("type").asText()).isEqualTo("INTEGER");
        assertThat(limit.path("default").asText()).isEqualTo("5242880");
        assertThat(limit.path("secret").asBoolean(true)).isFalse();
        assertThat(limit.has("value")).isFalse();
        JsonNode anyFormat = plugins.findValues("formats").stream().flatMap(f -> f.valueStream()).findFirst().orElseThrow();
        assertThat(anyFormat.path("settings").isArray()).isTrue();
    }

    /** The new endpoint is in the OpenAPI document. */
    @Test
    void theOpenApiDocumentShowsIt() {
        JsonNode paths = issuer.get("/openapi.json", null).json().path("paths");
        assertThat(paths.has("/v1/tenants/{tenant}/plugin-settings")).isTrue();
    }

    static JsonNode limitSetting(JsonNode body) {
        JsonNode emailPdf = body.path("plugins").valueStream()
                .filter(p -> p.path("id").asText().equals("email-pdf")).findFirst().orElseThrow();
        return emailPdf.path("settings").valueStream()
                .filter(s -> s.path("name").asText().equals("maxAttachmentBytes")).findFirst().orElseThrow();
    }
}
