package io.invoiceportal.plugin.api;

import java.util.Locale;

/**
 * The issuing company (tenant) as a plugin sees it.
 *
 * @param slug the tenant's URL name, {@code [a-z0-9-]{2,40}}
 * @param name display name of the portal
 * @param defaultLocale the tenant's default language
 * @param seller the legal seller details printed on invoices
 * @param branding colours and logo
 * @param portalUrl absolute URL of the tenant's portal, ending without a slash (for example
 *     {@code https://portal.example/t/acme})
 */
public record TenantView(
        String slug, String name, Locale defaultLocale, PartyView seller, Branding branding, String portalUrl) {

    /**
     * A tenant's look.
     *
     * @param primaryColor CSS colour such as {@code #0b5394}
     * @param accentColor CSS colour
     * @param logoSvg the logo as SVG markup, or {@code null} when the tenant has none
     */
    public record Branding(String primaryColor, String accentColor, String logoSvg) {}
}
