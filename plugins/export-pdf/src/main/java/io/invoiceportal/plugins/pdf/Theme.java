package io.invoiceportal.plugins.pdf;

import io.invoiceportal.plugin.api.TenantView;
import io.invoiceportal.plugins.pdf.PdfCanvas.Style;

/**
 * The text styles and colours of one document, derived from the tenant's branding: the primary
 * colour for the wordmark, title, table rules and the "to pay" band; a light tint of it behind
 * table headers and the payment box; the accent colour for the bar under the wordmark.
 */
record Theme(
        Style body, Style bodyBold, Style small, Style smallBold, Style muted, Style caption,
        Rgb primary, Rgb ink, Rgb tint, Rgb accent) {

    static Theme of(PdfFonts fonts, TenantView.Branding branding) {
        Rgb primary = Rgb.parse(branding == null ? null : branding.primaryColor(), Rgb.DEFAULT_PRIMARY);
        Rgb accent = Rgb.parse(branding == null ? null : branding.accentColor(), primary);
        return new Theme(
                new Style(fonts.regular(), 9, Rgb.TEXT),
                new Style(fonts.bold(), 9, Rgb.TEXT),
                new Style(fonts.regular(), 8, Rgb.TEXT),
                new Style(fonts.bold(), 8, Rgb.TEXT),
                new Style(fonts.regular(), 8, Rgb.MUTED),
                new Style(fonts.bold(), 7, Rgb.MUTED),
                primary,
                primary.readableOnWhite(),
                primary.mix(Rgb.WHITE, 0.88f),
                accent);
    }

    /** Bold text in the primary colour (wordmark, title), darkened if the colour is too light to read. */
    Style brand(float size) {
        return bodyBold.sized(size).colored(ink);
    }
}
