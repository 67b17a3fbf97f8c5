package io.invoiceportal.core.tenant;

import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.MessageKey;
import java.util.List;
import java.util.Optional;

/**
 * Checks a {@link BrandingInput} and applies it to the stored branding: field errors (such as
 * {@code branding.primaryColor}, {@code branding.footer.en.links[1].url}) go into the caller's
 * {@link Checks}, so nothing is stored when any is wrong. Only the keys sent are checked: a stored
 * colour from before the contrast rule keeps working until the issuer sends a colour.
 */
public final class BrandingCheck {
    /** The colours of a new tenant that sends none; white text on each reaches {@link Contrast#MINIMUM}. */
    public static final String DEFAULT_PRIMARY = "#1f4e79";
    public static final String DEFAULT_ACCENT = "#a15c00";
    static final int MAX_DISPLAY_NAME = 100;
    static final int MAX_MAIL_SENDER_NAME = 80;

    private BrandingCheck() {}

    /** The branding of a new tenant before anything is sent. */
    public static Tenant.Branding defaults() {
        return new Tenant.Branding(DEFAULT_PRIMARY, DEFAULT_ACCENT, null);
    }

    /**
     * {@code current} with what {@code in} sends applied; {@code languages} are those the tenant offers
     * (footers and texts only in those). Errors are added to {@code checks}; the result is then meaningless.
     */
    public static Tenant.Branding apply(Checks checks, Tenant.Branding current, BrandingInput in, List<String> languages) {
        if (in == null) {
            return current;
        }
        Tenant.Branding b = current;
        String primary = in.primaryColor() == null ? b.primaryColor() : colour(checks, "branding.primaryColor", in.primaryColor());
        String accent = in.accentColor() == null ? b.accentColor() : colour(checks, "branding.accentColor", in.accentColor());
        String displayName = in.displayName() == null ? b.displayName()
                : emptyAsNull(PlainText.name(checks, "branding.displayName", in.displayName(), MAX_DISPLAY_NAME));
        String sender = in.mailSenderName() == null ? b.mailSenderName()
                : emptyAsNull(PlainText.name(checks, "branding.mailSenderName", in.mailSenderName(), MAX_MAIL_SENDER_NAME));
        String font = in.fontFamily() == null ? b.fontFamily() : font(checks, in.fontFamily());
        BrandingImages.Image logo = new BrandingImages.Image(b.logoSvg(), b.logoPng());
        if (in.logo() != null) {
            logo = BrandingImages.dataUri(checks, "branding.logo", in.logo(), BrandingImages.Kind.LOGO).orElse(logo);
        } else if (in.logoSvg() != null) {
            logo = BrandingImages.svg(checks, "branding.logoSvg", in.logoSvg(), BrandingImages.Kind.LOGO).orElse(logo);
        }
        BrandingImages.Image favicon = new BrandingImages.Image(b.faviconSvg(), b.faviconPng());
        if (in.favicon() != null) {
            favicon = BrandingImages.dataUri(checks, "branding.favicon", in.favicon(), BrandingImages.Kind.FAVICON)
                    .orElse(favicon);
        }
        var footer = in.footer() == null ? b.footer() : BrandingTexts.footers(checks, b.footer(), in.footer(), languages);
        var texts = in.texts() == null ? b.texts() : BrandingTexts.texts(checks, b.texts(), in.texts(), languages);
        return new Tenant.Branding(displayName, primary, accent, font, logo.svg(), logo.png(), favicon.svg(),
                favicon.png(), footer, sender, texts);
    }

    /** The fonts a tenant may choose, as told in messages and documentation. */
    public static String fontIds() {
        return String.join(", ", Fonts.ids());
    }

    private static String colour(Checks checks, String field, String sent) {
        Optional<String> colour = Contrast.normalised(sent);
        if (colour.isEmpty()) {
            checks.add(field, MessageKey.COLOUR_INVALID, field.endsWith("primaryColor") ? DEFAULT_PRIMARY : DEFAULT_ACCENT);
            return null;
        }
        double ratio = Contrast.withWhite(colour.get());
        if (ratio < Contrast.MINIMUM) {
            checks.add(field, MessageKey.COLOUR_CONTRAST, Contrast.told(ratio), String.valueOf(Contrast.MINIMUM));
            return null;
        }
        return colour.get();
    }

    private static String font(Checks checks, String sent) {
        String id = sent.strip();
        if (id.isEmpty()) {
            return null;
        }
        if (!Fonts.ids().contains(id)) {
            checks.add("branding.fontFamily", MessageKey.FONT_UNKNOWN, fontIds());
            return null;
        }
        return id;
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
