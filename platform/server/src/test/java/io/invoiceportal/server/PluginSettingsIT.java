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
        assertThat(settings("acme", acme)).isEqualTo(before);
        List.of("[]", "\"x\"", "{\"email-pdf\": []}").forEach(body -> assertThat(issuer.send("PUT",
                "/v1/tenants/acme/settings", acme, "{\"plugins\": " + body + "}", "application/json", Map.of()).status())
                .as(body).isIn(400, 422));
    }
}
