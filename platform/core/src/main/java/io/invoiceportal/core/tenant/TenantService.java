package io.invoiceportal.core.tenant;

import io.invoiceportal.core.common.AddressInput;
import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.ConflictException;
import io.invoiceportal.core.common.ContactInput;
import io.invoiceportal.core.common.EndpointInput;
import io.invoiceportal.core.common.Hashes;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.Sql;
import io.invoiceportal.plugin.api.SettingDefinition;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * Creates tenants, finds them by slug or by one of their host names, and checks their API keys. A
 * host name belongs to one tenant only; the portal's own public host to none.
 */
public class TenantService {
    public static final List<String> LANGUAGES = List.of("nl", "en");
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9-]{2,40}$");
    private static final Pattern IBAN = Pattern.compile("^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$");

    private final Jdbi jdbi;
    private final TenantDefaults defaults;
    private final String portalHost;
    private final HostCache hostCache = new HostCache(java.time.Clock.systemUTC());

    /** {@code publicUrl}: the portal's own URL ({@code PORTAL_PUBLIC_URL}), whose host no tenant may claim. */
    public TenantService(Jdbi jdbi, TenantDefaults defaults, String publicUrl) {
        this.jdbi = jdbi;
        this.defaults = defaults;
        this.portalHost = HostNames.ofUrl(publicUrl);
    }

    /** The tenant with this URL slug, if any. */
    public Optional<Tenant> findBySlug(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        return jdbi.withExtension(TenantDao.class, dao -> dao.findBySlug(slug).map(TenantService::toTenant));
    }

    /**
     * The tenant whose host names include {@code host} (a value of {@link HostNames#ofHeader}). Which
     * tenant a host belongs to is cached for {@link HostCache#TTL}; a change on this node applies at once.
     */
    public Optional<Tenant> findByHost(String host) {
        return hostCache.tenantId(host, h -> jdbi.withExtension(TenantDao.class, dao -> dao.tenantOfHost(h)))
                .flatMap(this::findById);
    }

    /** The tenant with this database id (for platform workers such as the outbox relay). */
    public Optional<Tenant> findById(long id) {
        return jdbi.withExtension(TenantDao.class, dao -> dao.findById(id).map(TenantService::toTenant));
    }

    /** Whether {@code apiKey} is a current key of {@code tenant}. */
    public boolean isApiKeyOf(Tenant tenant, String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return false;
        }
        return jdbi.withExtension(TenantDao.class, dao -> dao.apiKeyValid(tenant.id(), Hashes.sha256(apiKey)));
    }

    /**
     * Creates a tenant and its first API key.
     *
     * @return the tenant and the key in clear text, which is not stored and cannot be shown again
     */
    public CreatedTenant create(TenantRequest request) {
        Checks checks = new Checks();
        if (request == null) {
            checks.add("body", MessageKey.FIELD_REQUIRED).throwIfAny();
        }
        String slug = checks.matching("slug", checks.required("slug", request.slug(), 40), SLUG,
                MessageKey.SLUG_FORMAT);
        String name = checks.required("name", request.name(), 200);
        String language = request.language() == null ? "nl" : request.language().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            checks.add("language", MessageKey.LANGUAGE_UNKNOWN, String.valueOf(LANGUAGES));
        }
        List<String> languages = request.languages() == null ? LANGUAGES : request.languages();
        for (int i = 0; i < languages.size(); i++) {
            if (!LANGUAGES.contains(languages.get(i))) {
                checks.add("languages[" + i + "]", MessageKey.LANGUAGE_UNKNOWN, String.valueOf(LANGUAGES));
            }
        }
        Tenant.Seller seller = checkSeller(checks, request.seller(), name);
        Tenant.Branding branding = BrandingCheck.apply(checks, BrandingCheck.defaults(), request.branding(), languages);
        List<String> hosts = request.hostNames() == null ? List.of()
                : HostNames.checked(checks, request.hostNames(), portalHost);
        checks.throwIfAny();

        TenantSettings settings = new TenantSettings(
                seller, branding, List.copyOf(languages), defaults.formats(), defaults.channels(), List.of(),
                defaults.timeZone().getId(), hosts, Tenant.Security.DEFAULT);
        String apiKey = "ipk_" + Hashes.randomSecret(32);
        try {
            CreatedTenant created = jdbi.inTransaction(handle -> {
                TenantDao dao = handle.attach(TenantDao.class);
                long id = dao.insert(slug, name, language, Json.write(settings))
                        .orElseThrow(() -> new ConflictException("A tenant with slug '" + slug + "' exists already"));
                replaceHosts(dao, id, hosts);
                dao.insertApiKey(id, Hashes.sha256(apiKey));
                Tenant tenant = toTenant(dao.findBySlug(slug).orElseThrow());
                return new CreatedTenant(tenant, apiKey);
            });
            hostCache.clear();
            return created;
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new ConflictException("One of the host names belongs to another tenant already");
            }
            throw e;
        }
    }

    /** Stores {@code hosts} as the tenant's host names; one that another tenant has is a 409 naming it. */
    private void replaceHosts(TenantDao dao, long tenantId, List<String> hosts) {
        List<String> taken = dao.hostsOfOthers(tenantId, hosts);
        if (!taken.isEmpty()) {
            int index = hosts.indexOf(taken.get(0));
            throw new ConflictException("The host name '" + taken.get(0) + "' belongs to another tenant",
                    "hostNames[" + index + "]");
        }
        dao.deleteHosts(tenantId);
        hosts.forEach(host -> dao.insertHost(tenantId, host));
    }

    /**
     * Changes the keys the request sends. Formats and channels must be offered by a loaded plugin;
     * plugin settings must be among {@code declaredSettings} (extension id to its declarations).
     *
     * @return the tenant as stored now
     */
    public Tenant updateSettings(Tenant tenant, SettingsRequest r, java.util.Set<String> loadedFormats,
            java.util.Set<String> loadedChannels, java.util.Map<String, List<SettingDefinition>> declaredSettings) {
        Checks checks = new Checks();
        if (r == null) {
            checks.add("body", MessageKey.FIELD_REQUIRED).throwIfAny();
        }
        List<String> formats = ids(checks, "enabledFormats", r.enabledFormats(), tenant.enabledFormats(), loadedFormats,
                MessageKey.FORMAT_NOT_INSTALLED);
        List<String> channels = ids(checks, "enabledChannels", r.enabledChannels(), tenant.enabledChannels(),
                loadedChannels, MessageKey.CHANNEL_NOT_INSTALLED);
        if (channels.isEmpty()) {
            checks.add("enabledChannels", MessageKey.CHANNELS_NONE);
        }
        List<String> languages = r.languages() == null ? tenant.languages() : List.copyOf(r.languages());
        for (int i = 0; i < languages.size(); i++) {
            if (!LANGUAGES.contains(languages.get(i))) {
                checks.add("languages[" + i + "]", MessageKey.LANGUAGE_UNKNOWN, String.valueOf(LANGUAGES));
            }
        }
        if (r.defaultLanguage() != null && !r.defaultLanguage().strip().equals(tenant.defaultLanguage())) {
            checks.add("defaultLanguage", MessageKey.DEFAULT_LANGUAGE_READ_ONLY);
        }
        if (!languages.contains(tenant.defaultLanguage())) {
            checks.add("languages", MessageKey.LANGUAGES_WITHOUT_DEFAULT, tenant.defaultLanguage());
        }
        List<String> origins = r.embedOrigins() == null ? tenant.embedOrigins()
                : EmbedOrigins.checked(checks, r.embedOrigins());
        List<String> hosts = r.hostNames() == null ? null : HostNames.checked(checks, r.hostNames(), portalHost);
        Tenant.Branding branding = BrandingCheck.apply(checks, tenant.branding(), r.branding(), languages);
        ZoneId timeZone = tenant.timeZone();
        if (r.timeZone() != null && !isTimeZone(r.timeZone().strip())) {
            checks.add("timeZone", MessageKey.TIME_ZONE_INVALID);
        } else if (r.timeZone() != null) {
            timeZone = ZoneId.of(r.timeZone().strip());
        }
        List<PluginSettingsInput.Change> pluginChanges = PluginSettingsInput.check(checks, r.plugins(), declaredSettings);
        Tenant.Seller seller = r.seller() == null || r.seller().contact() == null ? tenant.seller()
                : tenant.seller().withContact(contact(checks, "seller.contact", r.seller().contact()));
        Tenant.Security security = security(checks, tenant.security(), r.security());
        checks.throwIfAny();
        TenantSettings settings = new TenantSettings(seller, branding, languages, formats, channels, origins,
                timeZone.getId(), hosts != null ? hosts : tenant.hostNames(), security);
        jdbi.useTransaction(h -> {
            if (hosts != null) {
                replaceHosts(h.attach(TenantDao.class), tenant.id(), hosts);
            }
            h.attach(TenantDao.class).updateSettings(tenant.id(), Json.write(settings));
            PluginSettingDao values = h.attach(PluginSettingDao.class);
            for (PluginSettingsInput.Change change : pluginChanges) {
                if (change.value() == null) {
                    values.remove(tenant.id(), change.extensionId(), change.name());
                } else {
                    values.put(tenant.id(), change.extensionId(), change.name(), change.value());
                }
            }
        });
        if (hosts != null) {
            hostCache.clear();
        }
        return findBySlug(tenant.slug()).orElseThrow();
    }

    /**
     * {@code tenant} with the branding and languages {@code r} sends, checked as {@link #updateSettings}
     * checks them (422 per field), for a preview: nothing is stored; the other keys of {@code r} are not used.
     */
    public Tenant withUnsavedBranding(Tenant tenant, SettingsRequest r) {
        Checks checks = new Checks();
        if (r == null) {
            checks.add("body", MessageKey.FIELD_REQUIRED).throwIfAny();
        }
        List<String> languages = r.languages() == null ? tenant.languages() : List.copyOf(r.languages());
        for (int i = 0; i < languages.size(); i++) {
            if (!LANGUAGES.contains(languages.get(i))) {
                checks.add("languages[" + i + "]", MessageKey.LANGUAGE_UNKNOWN, String.valueOf(LANGUAGES));
            }
        }
        Tenant.Branding branding = BrandingCheck.apply(checks, tenant.branding(), r.branding(), languages);
        checks.throwIfAny();
        return new Tenant(tenant.id(), tenant.slug(), tenant.name(), tenant.defaultLanguage(), tenant.seller(), branding,
                languages, tenant.enabledFormats(), tenant.enabledChannels(), tenant.embedOrigins(), tenant.timeZone(),
                tenant.hostNames(), tenant.security());
    }

    /** How long a login preview link shows its branding. */
    public static final java.time.Duration PREVIEW_VALIDITY = java.time.Duration.ofMinutes(10);

    /**
     * Keeps {@code branding} for a login page preview of {@code tenant} for {@link #PREVIEW_VALIDITY}
     * (expired previews are removed now); returns the token, stored only as its SHA-256.
     */
    public PreviewToken startPreview(Tenant tenant, Tenant.Branding branding, java.time.Instant now) {
        String token = Hashes.randomSecret(32);
        java.time.Instant expiresAt = now.plus(PREVIEW_VALIDITY);
        jdbi.useTransaction(h -> {
            BrandingPreviewDao dao = h.attach(BrandingPreviewDao.class);
            dao.deleteExpired(now);
            dao.insert(Hashes.sha256(token), tenant.id(), Json.write(branding), expiresAt);
        });
        return new PreviewToken(token, expiresAt);
    }

    /** The branding previewed under {@code token} for this tenant, while it has not expired; empty otherwise. */
    public Optional<Tenant.Branding> preview(Tenant tenant, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbi.withExtension(BrandingPreviewDao.class, dao -> dao.find(Hashes.sha256(token), tenant.id(),
                java.time.Instant.now())).map(json -> Json.read(json, Tenant.Branding.class));
    }

    /** A login preview's token (in clear, only in the link) and when it stops working. */
    public record PreviewToken(String token, java.time.Instant expiresAt) {}

    /** Whether {@code id} names a time zone of the tz database such as {@code Europe/Amsterdam}; offsets such as {@code +01:00} do not. */
    public static boolean isTimeZone(String id) {
        return ZoneId.getAvailableZoneIds().contains(id);
    }

    private static List<String> ids(Checks checks, String field, List<String> asked, List<String> current,
            java.util.Set<String> loaded, MessageKey problem) {
        if (asked == null) {
            return current;
        }
        for (int i = 0; i < asked.size(); i++) {
            if (asked.get(i) == null || !loaded.contains(asked.get(i))) {
                checks.add(field + "[" + i + "]", problem);
            }
        }
        return asked.stream().distinct().toList();
    }


    private static Tenant.Seller checkSeller(Checks checks, TenantRequest.SellerInput seller, String name) {
        if (seller == null) {
            return new Tenant.Seller(name, null, null, null, null, null, null, null, null, null);
        }
        String legalName = seller.legalName() == null ? name : checks.required("seller.legalName", seller.legalName(), 200);
        AddressInput address = seller.address() == null ? new AddressInput(null, null, null, null)
                : seller.address().checked(checks, "seller.address");
        EndpointInput endpoint = seller.endpoint() == null ? new EndpointInput(null, null)
                : seller.endpoint().checked(checks, "seller.endpoint");
        String iban = checks.optional("seller.iban", seller.iban(), 34);
        iban = iban == null ? null : iban.replace(" ", "").toUpperCase(Locale.ROOT);
        checks.matching("seller.iban", iban, IBAN, MessageKey.IBAN_INVALID);
        return new Tenant.Seller(legalName, address.street(), address.postalCode(), address.city(),
                address.countryCode(), checks.optional("seller.vatId", seller.vatId(), 30),
                endpoint.scheme(), endpoint.id(), iban, contact(checks, "seller.contact", seller.contact()));
    }

    private static Tenant.Contact contact(Checks checks, String prefix, ContactInput input) {
        ContactInput c = input == null ? null : input.checked(checks, prefix);
        return c == null ? null : new Tenant.Contact(c.name(), c.phone(), c.email());
    }

    private static Tenant toTenant(TenantDao.Row row) {
        TenantSettings s = Json.read(row.settings(), TenantSettings.class);
        return new Tenant(row.id(), row.slug(), row.name(), row.defaultLanguage(), s.seller(), s.branding(),
                orEmpty(s.languages()), orEmpty(s.enabledFormats()), orEmpty(s.enabledChannels()),
                orEmpty(s.embedOrigins()), ZoneId.of(s.timeZone()), inOrder(orEmpty(row.hostNames()), s.hostOrder()),
                s.security());
    }

    /** The longest idle timeout, absolute timeout and audit retention a tenant may set. */
    static final int MAX_IDLE_MINUTES = 24 * 60;
    static final int MAX_ABSOLUTE_HOURS = 30 * 24;
    static final int MIN_AUDIT_DAYS = 30;
    static final int MAX_AUDIT_DAYS = 10 * 366;

    /** {@code current} with the keys {@code input} sends, each checked (field errors under {@code security.*}). */
    private static Tenant.Security security(Checks checks, Tenant.Security current, SettingsRequest.SecurityInput input) {
        if (input == null) {
            return current;
        }
        String mfa = current.mfa();
        if (input.mfa() != null) {
            mfa = input.mfa().strip().toLowerCase(Locale.ROOT);
            if (!Tenant.Security.MFA_MODES.contains(mfa)) {
                checks.add("security.mfa", MessageKey.SECURITY_MFA_MODE, String.join(", ", Tenant.Security.MFA_MODES));
            }
        }
        int idle = range(checks, "security.idleMinutes", input.idleMinutes(), current.idleMinutes(), 5, MAX_IDLE_MINUTES);
        int absolute = range(checks, "security.absoluteHours", input.absoluteHours(), current.absoluteHours(), 1,
                MAX_ABSOLUTE_HOURS);
        int audit = range(checks, "security.auditRetentionDays", input.auditRetentionDays(),
                current.auditRetentionDays(), MIN_AUDIT_DAYS, MAX_AUDIT_DAYS);
        if (checks.ok() && idle > absolute * 60) {
            checks.add("security.idleMinutes", MessageKey.SECURITY_IDLE_OVER_ABSOLUTE);
        }
        return new Tenant.Security(mfa, idle, absolute, audit);
    }

    private static int range(Checks checks, String field, Integer value, int current, int min, int max) {
        if (value == null) {
            return current;
        }
        if (value < min || value > max) {
            checks.add(field, MessageKey.NUMBER_RANGE, String.valueOf(min), String.valueOf(max));
        }
        return value;
    }

    /** {@code hosts} in the order the issuer gave them; any not in {@code order} last. */
    private static List<String> inOrder(List<String> hosts, List<String> order) {
        if (order == null) {
            return hosts;
        }
        return hosts.stream().sorted(java.util.Comparator.comparingInt(h -> order.contains(h) ? order.indexOf(h)
                : Integer.MAX_VALUE)).toList();
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A new tenant with its API key in clear text (shown once). */
    public record CreatedTenant(Tenant tenant, String apiKey) {}
}
