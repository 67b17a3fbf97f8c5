package io.invoiceportal.plugins.pdf;

import java.util.regex.Pattern;

/** A colour as PDF wants it (0..1 per channel), parsed from a tenant's CSS hex colour. */
record Rgb(float red, float green, float blue) {

    static final Rgb WHITE = new Rgb(1, 1, 1);
    static final Rgb BLACK = new Rgb(0, 0, 0);
    static final Rgb TEXT = hex("#1f2328");
    static final Rgb MUTED = hex("#5f6b76");
    static final Rgb RULE = hex("#d5dbe1");
    static final Rgb DEFAULT_PRIMARY = hex("#1f4e79");

    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    /**
     * Parses {@code #rrggbb} or {@code #rgb}; anything else (a CSS colour name, {@code null})
     * gives {@code fallback}, so a tenant's odd setting never stops an invoice from rendering.
     */
    static Rgb parse(String css, Rgb fallback) {
        if (css == null || !HEX.matcher(css.strip()).matches()) {
            return fallback;
        }
        String digits = css.strip().replace("#", "");
        if (digits.length() == 3) {
            digits = digits.replaceAll("(.)", "$1$1");
        }
        return hex(digits);
    }

    private static Rgb hex(String hex) {
        int value = Integer.parseInt(hex.replace("#", ""), 16);
        return new Rgb(((value >> 16) & 0xFF) / 255f, ((value >> 8) & 0xFF) / 255f, (value & 0xFF) / 255f);
    }

    /** This colour moved {@code amount} (0..1) of the way towards {@code other}. */
    Rgb mix(Rgb other, float amount) {
        return new Rgb(
                red + (other.red - red) * amount,
                green + (other.green - green) * amount,
                blue + (other.blue - blue) * amount);
    }

    /** Relative luminance (WCAG), 0 for black to 1 for white. */
    double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** Text colour that reads on this colour as background: white on dark, near-black on light. */
    Rgb onTop() {
        return luminance() > 0.4 ? TEXT : WHITE;
    }

    /** This colour, darkened until it reads as text on white paper. */
    Rgb readableOnWhite() {
        Rgb colour = this;
        for (int i = 0; i < 5 && colour.luminance() > 0.3; i++) {
            colour = colour.mix(BLACK, 0.25f);
        }
        return colour;
    }

    private static double linear(float channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
