package io.invoiceportal.server.plugin;

import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.SettingDefinition;
import io.invoiceportal.server.api.ApiError;
import io.invoiceportal.server.auth.AdminOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Operator: the loaded plugins, what each provides, and why a plugin failed. */
@Path("/v1/plugins")
@AdminOnly
@Tag(name = "Operator")
@SecurityRequirement(name = "adminKey")
@Produces(MediaType.APPLICATION_JSON)
public class PluginResource {

    private final PluginRegistry registry;

    public PluginResource(PluginRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @GET
    @Operation(
            summary = "List plugins",
            description = "Every plugin jar in the plugin directory with its state, error, export formats and "
                    + "delivery channels (names in English), each with the settings it declares: name, type, default "
                    + "(never for a secret), whether it is secret, and a description in English.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The plugins",
                        content = @Content(schema = @Schema(implementation = PluginList.class))),
                @ApiResponse(responseCode = "401", description = "Missing or wrong operator key",
                        content = @Content(schema = @Schema(implementation = ApiError.class)))
            })
    public PluginList list() {
        return new PluginList(registry.plugins().stream().map(this::toJson).toList());
    }

    private PluginJson toJson(PluginInfo info) {
        List<FormatJson> formats = info.formats().stream()
                .flatMap(id -> registry.exporter(id).stream())
                .map(PluginResource::toJson)
                .toList();
        List<ChannelJson> channels = info.channels().stream()
                .flatMap(id -> registry.channel(id).stream())
                .map(channel -> new ChannelJson(channel.id(), channel.displayName(Locale.ENGLISH),
                        settings(channel.settings())))
                .toList();
        return new PluginJson(info.id(), info.version(), info.description(), info.state().name(), info.error(),
                formats, channels);
    }

    private static FormatJson toJson(InvoiceExporter exporter) {
        return new FormatJson(exporter.id(), exporter.displayName(Locale.ENGLISH), exporter.mediaType(),
                exporter.fileExtension(), settings(exporter.settings()));
    }

    private static List<SettingJson> settings(List<SettingDefinition> declared) {
        return declared.stream().map(SettingJson::of).toList();
    }

    /** The response body. */
    public record PluginList(List<PluginJson> plugins) {}

    /** One plugin; {@code error} is null when there is none, {@code state} is STARTED, FAILED, ... */
    public record PluginJson(
            String id, String version, String description, String state, String error, List<FormatJson> formats,
            List<ChannelJson> channels) {}

    /** An export format with the settings it declares. */
    public record FormatJson(String id, String name, String mediaType, String extension, List<SettingJson> settings) {}

    /** A delivery channel with the settings it declares. */
    public record ChannelJson(String id, String name, List<SettingJson> settings) {}
}
