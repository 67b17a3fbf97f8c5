package io.invoiceportal.ui.layout;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/** Turns a tenant's branding values into things that are safe to put in a page. */
public final class Branding {

    public static final String DEFAULT_COLOR = "var(--lumo-primary-color)";

    /** Hex colours, colour names and rgb()/hsl() forms; nothing that could end the declaration. */
    private static final Pattern CSS_COLOR =
            Pattern.compile("#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30}|(rgb|rgba|hsl|hsla)\\([0-9a-zA-Z.,%/ ]{1,60}\\)");

    private Branding() {}

    public static String safeColor(String color) {
        return color != null && CSS_COLOR.matcher(color.strip()).matches() ? color.strip() : DEFAULT_COLOR;
    }

    /**
     * A data: URI for an {@code <img>}: the browser renders an SVG image without running its scripts
     * or loading what it links to, so untrusted markup never becomes part of the page.
     */
    public static String svgDataUri(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
