package io.invoiceportal.core.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The icon a browser shows for a tenant's pages: its favicon (SVG before PNG), else its logo, as
 * branding stores them (SVG sanitised on the way in). {@link #version()} changes with the bytes, so
 * an address carrying it may be cached for long.
 */
public record Favicon(String mediaType, byte[] bytes) {
    public static final String SVG = "image/svg+xml";
    public static final String PNG = "image/png";

    /** The tenant's own icon, if it has a favicon or a logo. */
    public static Optional<Favicon> of(Tenant tenant) {
        Tenant.Branding b = tenant.branding();
        if (b == null) {
            return Optional.empty();
        }
        if (present(b.faviconSvg())) {
            return Optional.of(svg(b.faviconSvg()));
        }
        if (b.faviconPng() != null && b.faviconPng().length > 0) {
            return Optional.of(new Favicon(PNG, b.faviconPng()));
        }
        if (present(b.logoSvg())) {
            return Optional.of(svg(b.logoSvg()));
        }
        if (b.logoPng() != null && b.logoPng().length > 0) {
            return Optional.of(new Favicon(PNG, b.logoPng()));
        }
        return Optional.empty();
    }

    /** The first 16 hex digits of the SHA-256 of the bytes. */
    public String version() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Favicon svg(String markup) {
        return new Favicon(SVG, markup.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
