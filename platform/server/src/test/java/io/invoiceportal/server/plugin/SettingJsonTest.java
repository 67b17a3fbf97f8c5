package io.invoiceportal.server.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import io.invoiceportal.plugin.api.SettingDefinition;
import io.invoiceportal.plugin.api.SettingType;
import org.junit.jupiter.api.Test;

/** How a declaration appears in the API: a secret's default never does. */
class SettingJsonTest {
    private static final ObjectMapper JSON = Jackson.newObjectMapper();

    @Test
    void aSecretNeverShowsItsDefault() {
        JsonNode secret = JSON.valueToTree(SettingJson.of(SettingDefinition.builder("signingKey", SettingType.STRING)
                .secret().defaultValue("built-in-key").description("Signs each request").build()));
        assertThat(secret.has("default")).isFalse();
        assertThat(secret.toString()).doesNotContain("built-in-key");
        assertThat(secret.path("secret").asBoolean()).isTrue();
        assertThat(secret.path("type").asText()).isEqualTo("STRING");
        assertThat(secret.path("description").asText()).isEqualTo("Signs each request");
    }

    @Test
    void anOrdinarySettingShowsItsDefaultOrNone() {
        JsonNode timeout = JSON.valueToTree(SettingJson.of(SettingDefinition.builder("timeoutSeconds",
                SettingType.INTEGER).defaultValue("10").build()));
        assertThat(timeout.path("name").asText()).isEqualTo("timeoutSeconds");
        assertThat(timeout.path("default").asText()).isEqualTo("10");
        assertThat(timeout.path("secret").asBoolean(true)).isFalse();
        JsonNode url = JSON.valueToTree(SettingJson.of(SettingDefinition.builder("url", SettingType.URL).build()));
        assertThat(url.has("default")).isFalse();
        assertThat(url.path("type").asText()).isEqualTo("URL");
    }
}
