package io.invoiceportal.plugin.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** Colours, logo, font, footer and texts. */
    Branding branding();

    /**
     * Absolute URL of the tenant's portal, ending without a slash: its own first host name when it
     * has one ({@code https://facturen.acme.example}), else under the portal's URL
     * ({@code https://portal.example/t/acme}). Pages are below it ({@code …/invoices}).
     */
    String portalUrl();

    /** A builder with every field empty; every field is required. */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A tenant's look. Colours are {@code #rrggbb} and reach WCAG AA contrast (4.5:1) against white
     * text drawn on them. Since 1.2.0 also the font, the logo as PNG, the footer, the mail sender
     * name and the tenant's own texts; those methods return {@code null} where the tenant set nothing
     * (a plugin then uses its own default).
     */
    interface Branding {
        /** Text key: the opening of the activation (welcome) mail. Placeholders: {@code {customerName}}, {@code {portalName}}. */
        String WELCOME = "welcome";

        /**
         * Text key: the opening of the new-invoice mail. Placeholders: {@code {customerName}},
         * {@code {portalName}}, {@code {invoiceNumber}}, {@code {amount}}, {@code {dueDate}}.
         */
        String NEW_INVOICE = "newInvoice";

        /** Text key: the introduction on the login page. Placeholder: {@code {portalName}}. */
        String LOGIN_INTRO = "loginIntro";

        /** CSS colour {@code #rrggbb} of buttons and links; white text on it reaches 4.5:1. */
        String primaryColor();

        /** CSS colour {@code #rrggbb} of the header band; white text on it reaches 4.5:1. */
        String accentColor();

        /** The logo as sanitised SVG markup, or {@code null} when the tenant has none or it is a PNG. */
        String logoSvg();

        /**
         * The logo as PNG, for mails and PDFs: the PNG the tenant uploaded, or its SVG logo rendered
         * by the portal (at most 600 × 200 pixels). {@code null} when the tenant has no logo.
         *
         * @since 1.2.0
         */
        default byte[] logoPng() {
            return null;
        }

        /**
         * A CSS font stack of system fonts (no web font), such as {@code Charter, Georgia, serif},
         * for HTML the plugin writes; {@code null} for the plugin's own choice.
         *
         * @since 1.2.0
         */
        default String fontFamily() {
            return null;
        }

        /**
         * The footer in {@code locale}'s language (the tenant's default language when it has none
         * in that one), or {@code null}.
         *
         * @since 1.2.0
         */
        default Footer footer(Locale locale) {
            return null;
        }

        /**
         * The name mails from this tenant are sent under (the display part of {@code From}), or
         * {@code null} for the tenant's name.
         *
         * @since 1.2.0
         */
        default String mailSenderName() {
            return null;
        }

        /**
         * The tenant's own text for {@code key} ({@link #WELCOME}, {@link #NEW_INVOICE},
         * {@link #LOGIN_INTRO}) in {@code locale}'s language, with its {@code {placeholders}} filled
         * from {@code values}; {@code null} when the tenant keeps the default text. Plain text, no
         * markup: escape it when writing HTML.
         *
         * @since 1.2.0
         */
        default String text(String key, Locale locale, Map<String, String> values) {
            return null;
        }

        /** Branding with colours and an SVG logo only (the 1.0 fields). */
        static Branding of(String primaryColor, String accentColor, String logoSvg) {
            return builder().primaryColor(primaryColor).accentColor(accentColor).logoSvg(logoSvg).build();
        }

        /**
         * A builder with no logo, font, footer, sender name or texts; the colours are required.
         *
         * @since 1.2.0
         */
        static BrandingBuilder builder() {
            return new BrandingBuilder();
        }

        /**
         * Footer text and links, in one language.
         *
         * @since 1.2.0
         */
        interface Footer {
            /** Plain text, may be empty. */
            String text();

            /** Links, in order; may be empty. */
            List<Link> links();

            /** A footer from its parts. */
            static Footer of(String text, List<Link> links) {
                return new Values.FooterText(text == null ? "" : text, List.copyOf(links));
            }
        }

        /**
         * A footer link: its label and an https or mailto URL.
         *
         * @since 1.2.0
         */
        interface Link {
            /** Plain text. */
            String label();

            /** An {@code https:} or {@code mailto:} URL. */
            String url();

            /** A link from its parts. */
            static Link of(String label, String url) {
                return new Values.FooterLink(Values.required(label, "label"), Values.required(url, "url"));
            }
        }
    }

    /**
     * Builds a {@link Branding}.
     *
     * @since 1.2.0
     */
    final class BrandingBuilder {
        private String primaryColor;
        private String accentColor;
        private String logoSvg;
        private byte[] logoPng;
        private String fontFamily;
        private Locale defaultLocale = Locale.ENGLISH;
        private Map<String, Branding.Footer> footers = Map.of();
        private String mailSenderName;
        private Map<String, Map<String, String>> texts = Map.of();

        private BrandingBuilder() {}

        /** Sets {@link Branding#primaryColor()}. */
        public BrandingBuilder primaryColor(String value) {
            primaryColor = value;
            return this;
        }

        /** Sets {@link Branding#accentColor()}. */
        public BrandingBuilder accentColor(String value) {
            accentColor = value;
            return this;
        }

        /** Sets {@link Branding#logoSvg()}. */
        public BrandingBuilder logoSvg(String value) {
            logoSvg = value;
            return this;
        }

        /** Sets {@link Branding#logoPng()}. */
        public BrandingBuilder logoPng(byte[] value) {
            logoPng = value == null ? null : value.clone();
            return this;
        }

        /** Sets {@link Branding#fontFamily()}. */
        public BrandingBuilder fontFamily(String value) {
            fontFamily = value;
            return this;
        }

        /** The language whose footer and texts serve a language the tenant has none for (default English). */
        public BrandingBuilder defaultLocale(Locale value) {
            defaultLocale = Values.required(value, "defaultLocale");
            return this;
        }

        /** Sets the footers, by language code ({@code nl}, {@code en}). */
        public BrandingBuilder footers(Map<String, Branding.Footer> value) {
            footers = Map.copyOf(value);
            return this;
        }

        /** Sets {@link Branding#mailSenderName()}. */
        public BrandingBuilder mailSenderName(String value) {
            mailSenderName = value;
            return this;
        }

        /** Sets the texts: language code to text key to text with {@code {placeholders}}. */
        public BrandingBuilder texts(Map<String, Map<String, String>> value) {
            Map<String, Map<String, String>> copy = new java.util.HashMap<>();
            value.forEach((language, byKey) -> copy.put(language, Map.copyOf(byKey)));
            texts = Map.copyOf(copy);
            return this;
        }

        /** The branding. */
        public Branding build() {
            return new Values.Look(Values.required(primaryColor, "primaryColor"),
                    Values.required(accentColor, "accentColor"), logoSvg, logoPng, fontFamily, defaultLocale, footers,
                    mailSenderName, texts);
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
