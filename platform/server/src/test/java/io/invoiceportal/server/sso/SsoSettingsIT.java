package io.invoiceportal.server.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.core.testing.PartnerTokens;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PortalApp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An issuer registers partners' public keys in the settings and makes an HS256 secret that is shown once. */
@ExtendWith(DropwizardExtensionsSupport.class)
class SsoSettingsIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("sso-settings");
    static final String ISS = "https://partner.example";
    static Http api;
    static String key;
    static String otherKey;

    @BeforeAll
    static void tenants() {
        api = new Http("http://localhost:" + APP.getLocalPort() + "/api");
        key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme B.V."))
                .json().path("apiKey").asText();
        otherKey = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "other", "name", "Other B.V."))
                .json().path("apiKey").asText();
    }

    /** Public keys are stored and shown back; the settings read by GET can be PUT back unchanged. */
    @Test
    void keysAreRegisteredAndShown() {
        Map<String, Object> ed = PartnerTokens.registered(PartnerTokens.ed25519("ed-1"), "Ed25519", ISS);
        Map<String, Object> rsa = PartnerTokens.registered(PartnerTokens.rsa("rsa-1", 2048), "RS256", ISS);
        Answer put = api.put("/v1/tenants/acme/settings", key, Map.of("sso", Map.of("keys", List.of(ed, rsa))));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode keys = api.get("/v1/tenants/acme/settings", key).json().path("sso").path("keys");
        assertThat(keys.findValuesAsText("kid")).containsExactly("ed-1", "rsa-1");
        assertThat(keys.get(0).path("x").asText()).isEqualTo(ed.get("x"));
        assertThat(keys.get(1).path("iss").asText()).isEqualTo(ISS);

        JsonNode settings = api.get("/v1/tenants/acme/settings", key).json();
        Answer back = api.put("/v1/tenants/acme/settings", key, settings);
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().path("sso")).isEqualTo(settings.path("sso"));
        assertThat(api.get("/v1/tenants/other/settings", otherKey).json().path("sso").path("keys")).isEmpty();
    }

    /** A private key, a wrong algorithm or a short RSA key is a 422 naming the member, and nothing changes. */
    @Test
    void badKeysChangeNothing() {
        Map<String, Object> good = PartnerTokens.registered(PartnerTokens.es256("ec-1"), "ES256", ISS);
        api.put("/v1/tenants/other/settings", otherKey, Map.of("sso", Map.of("keys", List.of(good))));
        Map<String, Object> withPrivate = new LinkedHashMap<>(PartnerTokens.es256("ec-2").toJSONObject());
        withPrivate.put("alg", "ES256");
        withPrivate.put("iss", ISS);
        Map<String, Object> hmac = new LinkedHashMap<>(good);
        hmac.put("kid", "ec-3");
        hmac.put("alg", "HS256");
        for (Object bad : List.of(List.of(withPrivate), List.of(hmac), List.of("text"), List.of(good, good))) {
            Answer put = api.put("/v1/tenants/other/settings", otherKey,
                    Map.of("timeZone", "Europe/Dublin", "sso", Map.of("keys", bad)));
            assertThat(put.status()).as(put.body()).isEqualTo(422);
            assertThat(put.json().path("errors").findValuesAsText("field")).as(put.body())
                    .hasSize(1).first().asString().startsWith("sso.keys[");
        }
        Answer notAList = api.put("/v1/tenants/other/settings", otherKey, Map.of("sso", Map.of("keys", "nope")));
        assertThat(notAList.status()).isEqualTo(422);
        assertThat(notAList.json().path("errors").findValuesAsText("field")).as(notAList.body())
                .allMatch(f -> f.startsWith("sso.keys"));
        JsonNode settings = api.get("/v1/tenants/other/settings", otherKey).json();
        assertThat(settings.path("sso").path("keys").findValuesAsText("kid")).containsExactly("ec-1");
        assertThat(settings.path("timeZone").asText()).isNotEqualTo("Europe/Dublin");
    }

    /** The secret is answered once at POST; GET shows its kid and issuer only; DELETE removes it. */
    @Test
    void theSecretIsShownOnce() {
        assertThat(api.post("/v1/tenants/acme/settings/sso-secret", key, Map.of("iss", "has space")).status())
                .isEqualTo(422);
        assertThat(api.post("/v1/tenants/acme/settings/sso-secret", key, Map.of()).json()
                .path("errors").findValuesAsText("field")).containsExactly("iss");
        Answer made = api.post("/v1/tenants/acme/settings/sso-secret", key, Map.of("iss", ISS));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String secret = made.json().path("secret").asText();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
        assertThat(made.json().path("alg").asText()).isEqualTo("HS256");
        Answer settings = api.get("/v1/tenants/acme/settings", key);
        assertThat(settings.body()).doesNotContain(secret);
        assertThat(settings.json().path("sso").path("secret").path("kid").asText())
                .isEqualTo(made.json().path("kid").asText());
        assertThat(api.get("/openapi.json", null).body()).contains("/v1/tenants/{tenant}/settings/sso-secret");

        assertThat(api.post("/v1/tenants/acme/settings/sso-secret", otherKey, Map.of("iss", ISS)).status())
                .isEqualTo(404);
        assertThat(api.send("DELETE", "/v1/tenants/acme/settings/sso-secret", key, null, null, Map.of()).status())
                .isEqualTo(204);
        assertThat(api.send("DELETE", "/v1/tenants/acme/settings/sso-secret", key, null, null, Map.of()).status())
                .isEqualTo(404);
        assertThat(api.get("/v1/tenants/acme/settings", key).json().path("sso").path("secret").isNull()).isTrue();
    }
}
