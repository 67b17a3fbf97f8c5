package io.invoiceportal.server.tenant;

import io.invoiceportal.core.export.Readiness;
import io.invoiceportal.core.tenant.PluginSettingsService;
import io.invoiceportal.core.tenant.SettingsRequest;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.server.api.BodyLimit;
import io.invoiceportal.server.auth.IssuerOnly;
import io.invoiceportal.server.plugin.PluginRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Issuer: the portal's formats, channels, branding, languages and the origins that may frame its pages. */
@Path("/v1/tenants/{tenant}/settings")
@IssuerOnly
@Tag(name = "Issuer")
@SecurityRequirement(name = "tenantKey")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {
    private final TenantService tenants;
    private final PluginSettingsService pluginSettings;
    private final PluginRegistry plugins;
    private final Readiness readiness;

    public SettingsResource(TenantService tenants, PluginSettingsService pluginSettings, PluginRegistry plugins,
            Readiness readiness) {
        this.tenants = tenants;
        this.pluginSettings = pluginSettings;
        this.plugins = plugins;
        this.readiness = readiness;
    }

    public record BrandingJson(String primaryColor, String accentColor, String logoSvg) {}

    /** The seller's contact point (EN 16931 BG-6); null when none is set. */
    public record SellerJson(Tenant.Contact contact) {}

    public record SettingsJson(List<String> enabledFormats, List<String> enabledChannels, BrandingJson branding,
            List<String> languages, String defaultLanguage, List<String> embedOrigins, String timeZone,
            Map<String, Map<String, Object>> plugins, SellerJson seller, Map<String, Integer> customersNotReady) {}

    private SettingsJson json(Tenant t) {
        return new SettingsJson(t.enabledFormats(), t.enabledChannels(), new BrandingJson(
                t.branding().primaryColor(), t.branding().accentColor(), t.branding().logoSvg()),
                t.languages(), t.defaultLanguage(), t.embedOrigins(), t.timeZone().getId(),
                pluginSettings.view(t, plugins.declaredSettings()), new SellerJson(t.seller().contact()),
                readiness.notReady(t));
    }

    @GET
    @Operation(summary = "The tenant's settings",
            description = "customersNotReady: per format the tenant offers, how many customers lack data the format"
                    + " needs (see readiness on GET .../customers/{customerNumber}).")
    public SettingsJson get(@Context Tenant tenant) {
        return json(tenant);
    }

    @PUT
    @BodyLimit(BodyLimit.LARGE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change settings; keys left out keep their value",
            description = "Formats and channels must be offered by an installed plugin (422 otherwise)."
                    + " The logo is stored sanitised (allow-listed SVG only). embedOrigins: https origins"
                    + " (https://host[:port], no path or wildcard, at most 10) that may frame the tenant's pages."
                    + " plugins: per format or channel id, the values of the settings it declares (422 per field,"
                    + " such as plugins.webhook.url); null removes a value (the default applies); a secret is shown"
                    + " as {\"set\": true|false} and sending that back keeps it. seller.contact {name, phone, email}:"
                    + " the seller's contact point on e-invoices (XRechnung needs it); all parts empty removes it.")
    public SettingsJson put(@Context Tenant tenant, SettingsRequest body) {
        Tenant updated = tenants.updateSettings(tenant, body,
                plugins.exporters().stream().map(e -> e.id()).collect(Collectors.toSet()),
                plugins.channels().stream().map(c -> c.id()).collect(Collectors.toSet()), plugins.declaredSettings());
        return json(updated);
    }
}
