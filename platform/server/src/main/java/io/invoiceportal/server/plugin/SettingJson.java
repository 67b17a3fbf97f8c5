package io.invoiceportal.server.plugin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.invoiceportal.plugin.api.SettingDefinition;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A setting as a format or channel declares it, for the API.
 *
 * @param type STRING, INTEGER, BOOLEAN or URL
 * @param defaultValue as text; left out when there is none and always for a secret
 * @param description in English
 */
public record SettingJson(
        String name,
        String type,
        @JsonProperty("default") @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(name = "default", description = "As text; left out when there is none and always for a secret")
        String defaultValue,
        boolean secret,
        String description) {

    public static SettingJson of(SettingDefinition definition) {
        return new SettingJson(definition.name(), definition.type().name(),
                definition.secret() ? null : definition.defaultValue().orElse(null), definition.secret(),
                definition.description());
    }
}
