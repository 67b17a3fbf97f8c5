package io.invoiceportal.core.tenant;

import java.util.List;
import java.util.Map;

/**
 * The {@code branding} of a settings body ({@code PUT …/settings}, {@code POST …/settings/preview})
 * or of a new tenant, as sent; {@link BrandingCheck} checks it. A key left out (or null) keeps its
 * value; {@code ""} removes a display name, mail sender name, font (back to the default), logo or
 * favicon. {@code logo} and {@code favicon} are data URIs ({@code data:image/svg+xml;base64,…} or
 * {@code data:image/png;base64,…}); {@code logoSvg} (raw SVG markup) is the older way to send a
 * logo and is read only when {@code logo} is absent. {@code footer} and {@code texts} are by
 * language: a language sent replaces that language's footer; a text key sent replaces that text,
 * and null or {@code ""} removes it (null for a whole language removes all of its footer or texts).
 */
public record BrandingInput(
        String displayName, String logo, String logoSvg, String favicon, String primaryColor, String accentColor,
        String fontFamily, Map<String, FooterInput> footer, String mailSenderName,
        Map<String, Map<String, String>> texts) {

    /** Colours and an SVG logo as markup only (the first version of the settings). */
    public BrandingInput(String primaryColor, String accentColor, String logoSvg) {
        this(null, null, logoSvg, null, primaryColor, accentColor, null, null, null, null);
    }

    /** A footer in one language: plain text and links. */
    public record FooterInput(String text, List<LinkInput> links) {}

    /** A footer link: a plain label and an {@code https:} or {@code mailto:} URL. */
    public record LinkInput(String label, String url) {}
}
