package io.invoiceportal.ui.layout;

import io.invoiceportal.core.tenant.Tenant;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Turns a tenant's branding values into things that are safe to put in a page. */
public final class Branding {

    private Branding() {}

    /**
     * The tenant's logo as a data: URI for an {@code <img>}, SVG before PNG: the browser renders an SVG
     * image without running its scripts or loading what it links to, so untrusted markup never becomes
     * part of the page.
     */
    public static Optional<String> logoUri(Tenant tenant) {
        Tenant.Branding b = tenant.branding();
        if (b == null) {
            return Optional.empty();
        }
        if (b.logoSvg() != null && !b.logoSvg().isBlank()) {
            return Optional.of(svgDataUri(b.logoSvg()));
        }
        if (b.logoPng() != null && b.logoPng().length > 0) {
            return Optional.of("data:image/png;base64," + Base64.getEncoder().encodeToString(b.logoPng()));
        }
        return Optional.empty();
    }

    public static String svgDataUri(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
