package io.invoiceportal.server.tenant;

import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.export.Readiness;
import io.invoiceportal.core.sso.SsoKey;
import io.invoiceportal.core.sso.SsoService;
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
    private final SsoService sso;

    public SettingsResource(TenantService tenants, PluginSettingsService pluginSettings, PluginRegistry plugins,
            Readiness readiness, SsoService sso) {
        this.tenants = tenants;
        this.pluginSettings = pluginSettings;
        this.plugins = plugins;
        this.readiness = readiness;
        this.sso = sso;
    }

    /** The seller's contact point (EN 16931 BG-6); null when none is set. */
    public record SellerJson(Tenant.Contact contact) {}

    public record SettingsJson(List<String> enabledFormats, List<String> enabledChannels, BrandingJson branding,
            List<String> languages, String defaultLanguage, List<String> embedOrigins, String timeZone,
            Map<String, Map<String, Object>> plugins, SellerJson seller, Map<String, Integer> customersNotReady,
            SsoService.Settings sso, List<String> hostNames, Tenant.Security security) {}

    private SettingsJson json(Tenant t) {
        return new SettingsJson(t.enabledFormats(), t.enabledChannels(), BrandingJson.of(t.branding()),
                t.languages(), t.defaultLanguage(), t.embedOrigins(), t.timeZone().getId(),
                pluginSettings.view(t, plugins.declaredSettings()), new SellerJson(t.seller().contact()),
                readiness.notReady(t), sso.settings(t), t.hostNames(), t.security());
    }

    /** What the OpenAPI description tells of branding. */
    static final String BRANDING = "branding (422 per field such as branding.primaryColor,"
            + " branding.footer.en.links[1].url): displayName (at most 100) and mailSenderName (at most 80): plain,"
            + " one line, no <>\"; logo and favicon: data URIs, data:image/svg+xml;base64,... (SVG sanitised by"
            + " allow-list; scripts, foreignObject, images, event handlers, links out of the image refused; logo at"
            + " most 200 KB, favicon 20 KB) or data:image/png;base64,... (a real PNG; logo at most 300 KB and"
            + " 2000x2000 px, favicon 50 KB and 512x512 px); logoSvg (raw SVG markup) is still taken when logo is"
            + " absent; primaryColor and accentColor: #rrggbb or #rgb, white text on each must reach 4.5:1 (WCAG"
            + " AA); fontFamily: one of system, humanist, geometric, transitional, old-style, monospace; footer: per"
            + " language the tenant offers, {text (at most 500, plain), links (at most 8): [{label (at most 60),"
            + " url (https:// or mailto:)}]}; texts: per language, welcome {customerName} {portalName},"
            + " newInvoice {customerName} {portalName} {invoiceNumber} {amount} {dueDate}, loginIntro {portalName}"
            + " (plain, at most 1000, only these placeholders). A key left out keeps its value; \"\" removes a"
            + " displayName, mailSenderName, fontFamily, logo or favicon; in footer and texts a language or text"
            + " sent as null (or \"\") is removed.";

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
                    + BRANDING + " embedOrigins: https origins"
                    + " (https://host[:port], no path or wildcard, at most 10) that may frame the tenant's pages."
                    + " plugins: per format or channel id, the values of the settings it declares (422 per field,"
                    + " such as plugins.webhook.url); null removes a value (the default applies); a secret is shown"
                    + " as {\"set\": true|false} and sending that back keeps it. seller.contact {name, phone, email}:"
                    + " the seller's contact point on e-invoices (XRechnung needs it); all parts empty removes it."
                    + " sso.keys: the public JWKs partners sign sign-on tokens with (GET /t/{t}/sso), each with kid,"
                    + " alg (Ed25519 or EdDSA for OKP Ed25519, ES256 for EC P-256, RS256 for RSA of 2048 bits or more)"
                    + " and iss; a private part is refused (422); the list replaces the keys. sso.secret is read-only."
                    + " hostNames replaces the tenant's host names (at most 10 DNS names, no scheme, port, path or"
                    + " wildcard; the portal's own host is a 422): a request whose Host is one of them gets the"
                    + " tenant's portal at /, mails link to the first one; [] removes them; a host name of another"
                    + " tenant is a 409 naming hostNames[i], and nothing is changed."
                    + " security: mfa (off, optional or required: a customer without a second factor enrols right"
                    + " after the next sign-in), idleMinutes (5-1440, at most absoluteHours x 60), absoluteHours"
                    + " (1-720), auditRetentionDays (30-3660); a key left out keeps its value.")
    public SettingsJson put(@Context Tenant tenant, SettingsRequest body) {
        List<SsoKey> ssoKeys = checkedSsoKeys(body);
        Tenant updated = tenants.updateSettings(tenant, body,
                plugins.exporters().stream().map(e -> e.id()).collect(Collectors.toSet()),
                plugins.channels().stream().map(c -> c.id()).collect(Collectors.toSet()), plugins.declaredSettings());
        if (ssoKeys != null) {
            sso.replaceKeys(updated, ssoKeys);
        }
        return json(updated);
    }

    /** The checked keys of {@code sso.keys}, or null when the body leaves them out; bad keys are 422 before anything changes. */
    private List<SsoKey> checkedSsoKeys(SettingsRequest body) {
        if (body == null || body.sso() == null || body.sso().keys() == null) {
            return null;
        }
        Checks checks = new Checks();
        List<SsoKey> keys = sso.check(checks, body.sso().keys());
        checks.throwIfAny();
        return keys;
    }
}
