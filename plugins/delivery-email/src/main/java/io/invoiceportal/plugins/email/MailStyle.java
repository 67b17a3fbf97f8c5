package io.invoiceportal.plugins.email;

import io.invoiceportal.plugin.api.TenantView;
import java.util.regex.Pattern;

/**
 * The tenant's look in a mail: its logo (or its name) above a band of its accent colour, buttons
 * and links in its primary colour, its font stack. Every value that goes into a style attribute is
 * checked here, because it comes from tenant settings.
 *
 * @param name the tenant's display name (plain text)
 * @param primary a hex colour for the button and the links
 * @param onPrimary black or white, whichever reads better on {@code primary}
 * @param accent a hex colour for the band under the logo
 * @param onAccent black or white, whichever reads better on {@code accent}
 * @param font a CSS font stack of names, commas, spaces, quotes and dashes only
 * @param logo the logo, or {@code null} (the name is shown instead)
 */
record MailStyle(String name, String primary, String onPrimary, String accent, String onAccent, String font,
        MailLogo logo) {

    static final String DEFAULT_PRIMARY = "#333333";
    static final String DEFAULT_FONT = "Arial, Helvetica, sans-serif";
    // Above this luminance black text has more contrast than white (WCAG 2 contrast ratio).
    private static final double BLACK_TEXT_ABOVE = 0.179;
    private static final Pattern HEX = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern FONT_STACK = Pattern.compile("[A-Za-z0-9 ,\"'-]{1,200}");

    static MailStyle of(TenantView tenant) {
        TenantView.Branding branding = tenant.branding();
        String primary = hex(branding == null ? null : branding.primaryColor(), DEFAULT_PRIMARY);
        String accent = hex(branding == null ? null : branding.accentColor(), primary);
        String font = branding == null ? null : branding.fontFamily();
        font = font != null && FONT_STACK.matcher(font).matches() ? font : DEFAULT_FONT;
        MailLogo logo = branding == null ? null : MailLogo.of(branding.logoPng());
        return new MailStyle(tenant.name(), primary, textOn(primary), accent, textOn(accent), font, logo);
    }

    /** Only a hex colour goes into a style attribute; anything else gets the fallback. */
    private static String hex(String colour, String fallback) {
        return colour != null && HEX.matcher(colour.strip()).matches() ? colour.strip().toLowerCase() : fallback;
    }

    private static String textOn(String colour) {
        return luminance(colour) > BLACK_TEXT_ABOVE ? "#000000" : "#ffffff";
    }

    /** Relative luminance (WCAG 2) of a {@code #rgb} or {@code #rrggbb} colour, 0 (black) to 1 (white). */
    static double luminance(String hex) {
        String digits = hex.substring(1);
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2) + digits.charAt(2);
        }
        int rgb = Integer.parseInt(digits, 16);
        return 0.2126 * linear(rgb >> 16 & 0xff) + 0.7152 * linear(rgb >> 8 & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
