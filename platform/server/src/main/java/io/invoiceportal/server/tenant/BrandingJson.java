package io.invoiceportal.server.tenant;

import io.invoiceportal.core.tenant.BrandingImages;
import io.invoiceportal.core.tenant.Fonts;
import io.invoiceportal.core.tenant.Tenant;
import java.util.Map;

/**
 * The {@code branding} of {@code GET …/settings}: the shape {@code PUT} takes, so a body read can be
 * sent back. {@code logo} and {@code favicon} are data URIs (SVG or PNG) or null; {@code fontFamily}
 * is the font id (the default {@code system} when none was chosen).
 */
public record BrandingJson(
        String displayName, String logo, String favicon, String primaryColor, String accentColor, String fontFamily,
        Map<String, Tenant.Branding.Footer> footer, String mailSenderName, Map<String, Map<String, String>> texts) {

    static BrandingJson of(Tenant.Branding b) {
        return new BrandingJson(b.displayName(), BrandingImages.toDataUri(b.logoSvg(), b.logoPng()),
                BrandingImages.toDataUri(b.faviconSvg(), b.faviconPng()), b.primaryColor(), b.accentColor(),
                b.fontFamily() == null ? Fonts.DEFAULT : b.fontFamily(), b.footer(), b.mailSenderName(), b.texts());
    }
}
