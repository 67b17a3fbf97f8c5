package io.invoiceportal.core.tenant;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * An issuing company. {@code id} is the database key bound in every tenant-scoped query;
 * {@code slug} is its name in URLs. {@code embedOrigins} are the https origins that may show the
 * tenant's pages in a frame, besides the portal itself. {@code timeZone} is where its clock times
 * (such as the time in the name of a download) are told. {@code security} is how its customers
 * sign in and how long their sessions and audit trail last.
 */
public record Tenant(
        long id,
        String slug,
        String name,
        String defaultLanguage,
        Seller seller,
        Branding branding,
        List<String> languages,
        List<String> enabledFormats,
        List<String> enabledChannels,
        List<String> embedOrigins,
        ZoneId timeZone,
        List<String> hostNames,
        Security security) {

    public Tenant {
        security = security == null ? Security.DEFAULT : security;
    }

    /** A tenant with the default {@link Security}. */
    public Tenant(long id, String slug, String name, String defaultLanguage, Seller seller, Branding branding,
            List<String> languages, List<String> enabledFormats, List<String> enabledChannels,
            List<String> embedOrigins, ZoneId timeZone, List<String> hostNames) {
        this(id, slug, name, defaultLanguage, seller, branding, languages, enabledFormats, enabledChannels,
                embedOrigins, timeZone, hostNames, Security.DEFAULT);
    }

    /** The name people see: the branding's display name, else the tenant's name. */
    public String displayName() {
        return branding.displayName() != null ? branding.displayName() : name;
    }

    /** The same tenant with another branding (to show branding that is not saved, such as a preview). */
    public Tenant withBranding(Branding other) {
        return new Tenant(id, slug, name, defaultLanguage, seller, other, languages, enabledFormats, enabledChannels,
                embedOrigins, timeZone, hostNames, security);
    }

    public Locale defaultLocale() {
        return Locale.forLanguageTag(defaultLanguage);
    }

    /** Legal details printed on invoices; {@code contact} (EN 16931 BG-6) may be null. */
    public record Seller(
            String legalName, String street, String postalCode, String city, String countryCode,
            String vatId, String endpointScheme, String endpointId, String iban, Contact contact) {

        /** The same seller with another contact. */
        public Seller withContact(Contact newContact) {
            return new Seller(legalName, street, postalCode, city, countryCode, vatId, endpointScheme, endpointId,
                    iban, newContact);
        }
    }

    /**
     * How the tenant's customers sign in and how long things last: {@code mfa} is {@code off} (no
     * second factor offered), {@code optional} (customers may enrol one in their profile) or
     * {@code required} (a customer without one enrols right after the next sign-in);
     * {@code idleMinutes} ends a session after that long without a user action and
     * {@code absoluteHours} that long after sign-in, whatever happens; {@code auditRetentionDays} is
     * how long activity (audit) events are kept.
     */
    public record Security(String mfa, int idleMinutes, int absoluteHours, int auditRetentionDays) {
        public static final String MFA_OFF = "off";
        public static final String MFA_OPTIONAL = "optional";
        public static final String MFA_REQUIRED = "required";
        public static final List<String> MFA_MODES = List.of(MFA_OFF, MFA_OPTIONAL, MFA_REQUIRED);
        public static final Security DEFAULT = new Security(MFA_OPTIONAL, 30, 12, 730);

        public java.time.Duration idleTimeout() {
            return java.time.Duration.ofMinutes(idleMinutes);
        }

        public java.time.Duration absoluteTimeout() {
            return java.time.Duration.ofHours(absoluteHours);
        }

        public java.time.Duration auditRetention() {
            return java.time.Duration.ofDays(auditRetentionDays);
        }
    }

    /** The seller's contact point: a person or department, phone and e-mail; each may be null. */
    public record Contact(String name, String phone, String email) {}

    /**
     * The tenant's look, as checked and stored: colours {@code #rrggbb} (white text on each reaches
     * WCAG AA 4.5:1); the logo either as sanitised SVG markup or as PNG bytes (at most one is set);
     * the favicon likewise; {@code fontFamily} an id of {@link Fonts}; {@code footer} and {@code texts}
     * by language code ({@code texts}: key {@code welcome}/{@code newInvoice}/{@code loginIntro} to plain
     * text with placeholders). Every field but the colours may be null; maps may be empty.
     */
    public record Branding(
            String displayName, String primaryColor, String accentColor, String fontFamily,
            String logoSvg, byte[] logoPng, String faviconSvg, byte[] faviconPng,
            java.util.Map<String, Footer> footer, String mailSenderName,
            java.util.Map<String, java.util.Map<String, String>> texts) {

        /** Colours and an SVG logo only. */
        public Branding(String primaryColor, String accentColor, String logoSvg) {
            this(null, primaryColor, accentColor, null, logoSvg, null, null, null, java.util.Map.of(), null,
                    java.util.Map.of());
        }

        public Branding {
            footer = footer == null ? java.util.Map.of() : java.util.Map.copyOf(footer);
            texts = texts == null ? java.util.Map.of() : java.util.Map.copyOf(texts);
        }

        /** Footer text and links in one language; plain text, links https or mailto. */
        public record Footer(String text, List<Link> links) {
            public Footer {
                links = links == null ? List.of() : List.copyOf(links);
            }
        }

        /** A footer link. */
        public record Link(String label, String url) {}
    }
}
