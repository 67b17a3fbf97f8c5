package io.invoiceportal.server.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.invoiceportal.core.tenant.PluginSettingsService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.plugin.api.SettingDefinition;
import io.invoiceportal.server.api.ApiError;
import io.invoiceportal.server.auth.IssuerOnly;
import io.invoiceportal.server.plugin.PluginRegistry;
import io.invoiceportal.server.plugin.SettingJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Issuer, read-only: what each installed format and channel lets the tenant set, with the tenant's values. */
@Path("/v1/tenants/{tenant}/plugin-settings")
@IssuerOnly
@Tag(name = "Issuer")
@SecurityRequirement(name = "tenantKey")
@Produces(MediaType.APPLICATION_JSON)
public class PluginSettingsResource {
    private final PluginSettingsService pluginSettings;
    private final PluginRegistry plugins;

    public PluginSettingsResource(PluginSettingsService pluginSettings, PluginRegistry plugins) {
        this.pluginSettings = Objects.requireNonNull(pluginSettings, "pluginSettings");
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    @GET
    @Operation(summary = "The plugin settings the tenant can set, with their declarations and values",
            description = "Per installed format or channel id that declares settings: each setting's name, type,"
                    + " default (never for a secret), secret flag, description in English, and this tenant's value"
                    + " (null when unset, so the default applies; a secret only as {\"set\": true|false})."
                    + " Read-only: values are changed with PUT settings (plugins).",
            responses = {
                @ApiResponse(responseCode = "200", description = "The declarations and values",
                        content = @Content(schema = @Schema(implementation = PluginSettingsList.class))),
                @ApiResponse(responseCode = "401", description = "Missing or wrong tenant key",
                        content = @Content(schema = @Schema(implementation = ApiError.class)))
            })
    public PluginSettingsList get(@Context Tenant tenant) {
        Map<String, List<SettingDefinition>> declared = plugins.declaredSettings();
        Map<String, Map<String, Object>> values = pluginSettings.view(tenant, declared);
        return new PluginSettingsList(declared.entrySet().stream()
                .map(entry -> new ExtensionSettingsJson(entry.getKey(), entry.getValue().stream()
                        .map(definition -> ValueJson.of(definition, values.get(entry.getKey()).get(definition.name())))
                        .toList()))
                .toList());
    }

    /** The response body. */
    public record PluginSettingsList(List<ExtensionSettingsJson> plugins) {}

    /** The settings of one format or channel id (the key under {@code plugins} in PUT settings). */
    public record ExtensionSettingsJson(String id, List<ValueJson> settings) {}

    /** A declared setting with the tenant's value; see {@link SettingJson} for the declaration's fields. */
    public record ValueJson(
            String name,
            String type,
            @JsonProperty("default") @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(name = "default", description = "As text; left out when there is none and always for a secret")
            String defaultValue,
            boolean secret,
            String description,
            @Schema(description = "The tenant's value in the declared type, null when unset; for a secret"
                    + " {\"set\": true|false}")
            Object value) {

        static ValueJson of(SettingDefinition definition, Object value) {
            SettingJson declaration = SettingJson.of(definition);
            return new ValueJson(declaration.name(), declaration.type(), declaration.defaultValue(),
                    declaration.secret(), declaration.description(), value);
        }
    }
}
