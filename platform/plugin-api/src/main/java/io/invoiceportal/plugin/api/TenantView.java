package io.invoiceportal.plugin.api;

import java.util.Locale;

/**
 * The issuing company (tenant) as a plugin sees it. Built with {@link #builder()}; later minor
 * versions may add methods (with a default).
 */
public interface TenantView {

    /** The tenant's URL name, {@code [a-z0-9-]{2,40}}. */
    String slug();

    /** Display name of the portal. */
    String name();

    /** The tenant's default language. */
    Locale defaultLocale();

    /** The legal seller details printed on invoices. */
    PartyView seller();

    /** Colours and logo. */
    Branding branding();

    /**
     * Absolute URL of the tenant's portal, ending without a slash (for example
     * {@code https://portal.example/t/acme}).
     */
    String portalUrl();

    /** A builder with every field empty; every field is required. */
    static Builder builder() {
        return new Builder();
    }

    /** A tenant's look. */
    interface Branding {
        /** CSS colour such as {@code #0b5394}. */
        String primaryColor();

        /** CSS colour. */
        String accentColor();

        /** The logo as SVG markup, or {@code null} when the tenant has none. */
        String logoSvg();

        /** Branding from its parts. */
        static Branding of(String primaryColor, String accentColor, String logoSvg) {
            return new Values.Look(primaryColor, accentColor, logoSvg);
        }
    }

    /** Builds a {@link TenantView}. */
    final class Builder {
        private String slug;
        private String name;
        private Locale defaultLocale;
        private PartyView seller;
        private Branding branding;
        private String portalUrl;

        private Builder() {}

        /** Sets {@link TenantView#slug()}. */
        public Builder slug(String value) {
            slug = value;
            return this;
        }

        /** Sets {@link TenantView#name()}. */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /** Sets {@link TenantView#defaultLocale()}. */
        public Builder defaultLocale(Locale value) {
            defaultLocale = value;
            return this;
        }

        /** Sets {@link TenantView#seller()}. */
        public Builder seller(PartyView value) {
            seller = value;
            return this;
        }

        /** Sets {@link TenantView#branding()}. */
        public Builder branding(Branding value) {
            branding = value;
            return this;
        }

        /** Sets {@link TenantView#portalUrl()}. */
        public Builder portalUrl(String value) {
            portalUrl = value;
            return this;
        }

        /** The tenant. */
        public TenantView build() {
            return new Values.Tenant(Values.required(slug, "slug"), Values.required(name, "name"),
                    Values.required(defaultLocale, "defaultLocale"), Values.required(seller, "seller"),
                    Values.required(branding, "branding"), Values.required(portalUrl, "portalUrl"));
        }
    }
}
