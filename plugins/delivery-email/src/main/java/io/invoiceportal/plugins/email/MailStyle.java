package io.invoiceportal.plugins.email;

import io.invoiceportal.plugin.api.TenantView;
import java.util.regex.Pattern;

/**
 * The tenant's look in a mail: its name in a header bar of its primary colour. The logo is left
 * out on purpose: it is SVG, which many mail clients do not show, and the name always reads.
 *
 * @param name the tenant's display name (plain text)
 * @param primary a safe CSS hex colour for the header bar and the button
 * @param onPrimary black or white, whichever reads better on {@code primary}
 */
record MailStyle(String name, String primary, String onPrimary) {

    static final String DEFAULT_PRIMARY = "#333333";
    // Above this luminance black text has more contrast than white (WCAG 2 contrast ratio).
    private static final double BLACK_TEXT_ABOVE = 0.179;
    private static final Pattern HEX = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    static MailStyle of(TenantView tenant) {
        TenantView.Branding branding = tenant.branding();
        String colour = branding == null ? null : branding.primaryColor();
        // Only a hex colour goes into the style attribute: the value comes from tenant settings.
        String primary = colour != null && HEX.matcher(colour.strip()).matches() ? colour.strip().toLowerCase() : DEFAULT_PRIMARY;
        return new MailStyle(tenant.name(), primary, luminance(primary) > BLACK_TEXT_ABOVE ? "#000000" : "#ffffff");
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
