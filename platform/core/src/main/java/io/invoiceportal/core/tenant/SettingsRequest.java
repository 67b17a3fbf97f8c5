package io.invoiceportal.core.tenant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.invoiceportal.core.common.ContactInput;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code PUT /api/v1/tenants/{t}/settings}: every key optional; keys left out keep
 * their value. {@code defaultLanguage} is read-only (it is the tenant's language): sent back
 * unchanged it is accepted, another value is refused naming the field. {@code timeZone} is a tz
 * database name such as {@code Europe/Amsterdam}. {@code plugins} sets the tenant's values of the
 * settings export formats and delivery channels declare, per format or channel id; settings left
 * out keep their value (see {@link PluginSettingsInput}). {@code seller.contact} replaces the
 * seller's contact point (EN 16931 BG-6); a contact with every part empty removes it.
 * {@code branding} is checked and applied by {@link BrandingCheck}.
 * {@code customersNotReady} is computed and ignored when a body read with GET is sent back.
 * {@code sso.keys} replaces the public keys partners sign tokens with; {@code sso.secret} is shown
 * by GET and ignored here (it is made by {@code POST …/settings/sso-secret}).
 * {@code hostNames} replaces the tenant's host names (see {@link HostNames}); an empty list removes them.
 * {@code security} changes the keys of {@link Tenant.Security} it sends (see {@link SecurityInput}).
 */
@JsonIgnoreProperties("customersNotReady")
public record SettingsRequest(
        List<String> enabledFormats, List<String> enabledChannels, BrandingInput branding,
        List<String> languages, List<String> embedOrigins, String defaultLanguage, String timeZone,
        Map<String, JsonNode> plugins, SellerSettings seller, SsoSettings sso, List<String> hostNames,
        SecurityInput security) {

    /** Settings without security changes. */
    public SettingsRequest(List<String> enabledFormats, List<String> enabledChannels, BrandingInput branding,
            List<String> languages, List<String> embedOrigins, String defaultLanguage, String timeZone,
            Map<String, JsonNode> plugins, SellerSettings seller, SsoSettings sso, List<String> hostNames) {
        this(enabledFormats, enabledChannels, branding, languages, embedOrigins, defaultLanguage, timeZone, plugins,
                seller, sso, hostNames, null);
    }

    /** Settings without single sign-on or host name changes. */
    public SettingsRequest(List<String> enabledFormats, List<String> enabledChannels,
            BrandingInput branding, List<String> languages, List<String> embedOrigins,
            String defaultLanguage, String timeZone, Map<String, JsonNode> plugins, SellerSettings seller) {
        this(enabledFormats, enabledChannels, branding, languages, embedOrigins, defaultLanguage, timeZone, plugins,
                seller, null, null);
    }

    /** Settings without seller, single sign-on or host name changes. */
    public SettingsRequest(List<String> enabledFormats, List<String> enabledChannels,
            BrandingInput branding, List<String> languages, List<String> embedOrigins,
            String defaultLanguage, String timeZone, Map<String, JsonNode> plugins) {
        this(enabledFormats, enabledChannels, branding, languages, embedOrigins, defaultLanguage, timeZone, plugins,
                null);
    }

    /** The keys of {@link Tenant.Security} to change; null keeps a key's value. */
    public record SecurityInput(String mfa, Integer idleMinutes, Integer absoluteHours, Integer auditRetentionDays) {}

    /** What the settings may change of the seller. */
    public record SellerSettings(ContactInput contact) {}

    /** Partner single sign-on: the public keys (JWKs with kid, alg and iss); the secret is read-only here. */
    @JsonIgnoreProperties("secret")
    public record SsoSettings(List<JsonNode> keys) {}
}
