package io.invoiceportal.core.tenant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Colours as branding stores them ({@code #rrggbb}, lower case) and their contrast, by the relative
 * luminance and contrast ratio of WCAG 2.x: the check that brand colours carry readable text, and the
 * text colour (white or near-black) to draw on a colour whatever was stored before that check existed.
 */
public final class Contrast {
    /** WCAG 2.x level AA for normal text. */
    public static final double MINIMUM = 4.5;
    public static final String WHITE = "#ffffff";
    /** Near-black text, softer than black; on colours too light for white and too dark for it, black. */
    public static final String INK = "#1a1a1a";
    public static final String BLACK = "#000000";

    private static final Pattern LONG = Pattern.compile("#[0-9a-f]{6}");
    private static final Pattern SHORT = Pattern.compile("#[0-9a-f]{3}");

    private Contrast() {}

    /** {@code #rrggbb} in lower case for {@code #rrggbb} or {@code #rgb} in any case; empty otherwise. */
    public static Optional<String> normalised(String colour) {
        if (colour == null) {
            return Optional.empty();
        }
        String c = colour.strip().toLowerCase(Locale.ROOT);
        if (LONG.matcher(c).matches()) {
            return Optional.of(c);
        }
        if (SHORT.matcher(c).matches()) {
            return Optional.of("#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3));
        }
        return Optional.empty();
    }

    /** The WCAG 2.x relative luminance (0 black to 1 white) of a {@code #rrggbb} colour. */
    public static double luminance(String rrggbb) {
        int[] rgb = rgb(rrggbb);
        return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
    }

    /** The contrast ratio (1 to 21) between two {@code #rrggbb} colours. */
    public static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The contrast ratio of white text on {@code rrggbb}. */
    public static double withWhite(String rrggbb) {
        return ratio(rrggbb, WHITE);
    }

    /** A ratio as told to people: two decimals, rounded down (so 4.499 never reads as 4.50). */
    public static String told(double ratio) {
        return BigDecimal.valueOf(ratio).setScale(2, RoundingMode.FLOOR).toPlainString();
    }

    /** White when it reaches AA on {@code background}, else near-black, else black (which always does). */
    public static String textOn(String background) {
        for (String text : List.of(WHITE, INK)) {
            if (ratio(text, background) >= MINIMUM) {
                return text;
            }
        }
        return BLACK;
    }

    /**
     * {@code colour} itself when it reaches AA as text on {@code background}, else the nearest shade of it
     * that does: darkened toward black on a light background, lightened toward white on a dark one.
     */
    public static String readableOn(String colour, String background) {
        String target = luminance(background) > 0.18 ? BLACK : WHITE;
        for (int step = 0; step <= 100; step += 2) {
            String shade = blend(target, colour, step / 100.0);
            if (ratio(shade, background) >= MINIMUM) {
                return shade;
            }
        }
        return target;
    }

    /** {@code top} painted with opacity {@code alpha} (0 to 1) over {@code bottom}, as {@code #rrggbb}. */
    public static String blend(String top, String bottom, double alpha) {
        int[] t = rgb(top);
        int[] b = rgb(bottom);
        StringBuilder hex = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            hex.append(String.format(Locale.ROOT, "%02x", Math.round(t[i] * alpha + b[i] * (1 - alpha))));
        }
        return hex.toString();
    }

    /** The red, green and blue channels (0 to 255) of {@code #rrggbb} or {@code #rgb}. */
    public static int[] rgb(String colour) {
        String hex = normalised(colour)
                .orElseThrow(() -> new IllegalArgumentException("Not a #rrggbb or #rgb colour: " + colour));
        int value = Integer.parseInt(hex.substring(1), 16);
        return new int[] {value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff};
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
