package io.invoiceportal.core.tenant;

import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.MessageKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks a logo or favicon: an SVG (sanitised by allow-list; active or remote content refused) or a
 * real PNG (signature, decodable, pixel size), each within its byte limit. Nothing else is an image here.
 */
public final class BrandingImages {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String SVG_URI = "data:image/svg+xml;base64,";
    private static final String PNG_URI = "data:image/png;base64,";

    /** A logo or favicon as stored: SVG markup or PNG bytes, or neither (removed). */
    record Image(String svg, byte[] png) {
        static final Image NONE = new Image(null, null);
    }

    /** The limits of one kind of image. */
    enum Kind {
        LOGO(200 * 1024, 300 * 1024, 2000),
        FAVICON(20 * 1024, 50 * 1024, 512);

        final int maxSvgBytes;
        final int maxPngBytes;
        final int maxPixels;

        Kind(int maxSvgBytes, int maxPngBytes, int maxPixels) {
            this.maxSvgBytes = maxSvgBytes;
            this.maxPngBytes = maxPngBytes;
            this.maxPixels = maxPixels;
        }
    }

    private BrandingImages() {}

    /** The image of a data URI; {@link Image#NONE} for {@code ""}; empty (and an error) when refused. */
    static Optional<Image> dataUri(Checks checks, String field, String uri, Kind kind) {
        String value = uri.strip();
        if (value.isEmpty()) {
            return Optional.of(Image.NONE);
        }
        String head = value.substring(0, Math.min(value.length(), PNG_URI.length() + 4)).toLowerCase(Locale.ROOT);
        boolean svg = head.startsWith(SVG_URI);
        if (!svg && !head.startsWith(PNG_URI)) {
            checks.add(field, MessageKey.IMAGE_DATA_URI);
            return Optional.empty();
        }
        int max = svg ? kind.maxSvgBytes : kind.maxPngBytes;
        String base64 = value.substring(svg ? SVG_URI.length() : PNG_URI.length()).replaceAll("\\s", "");
        if (base64.length() > (max + 2) / 3 * 4) {
            checks.add(field, MessageKey.IMAGE_TOO_LARGE, String.valueOf(max / 1024));
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            checks.add(field, MessageKey.IMAGE_DATA_URI);
            return Optional.empty();
        }
        return svg ? svg(checks, field, new String(bytes, StandardCharsets.UTF_8), kind) : png(checks, field, bytes, kind);
    }

    /** SVG markup, sanitised; {@link Image#NONE} for blank markup; empty (and an error) when refused. */
    static Optional<Image> svg(Checks checks, String field, String markup, Kind kind) {
        if (markup.isBlank()) {
            return Optional.of(Image.NONE);
        }
        if (markup.getBytes(StandardCharsets.UTF_8).length > kind.maxSvgBytes) {
            checks.add(field, MessageKey.IMAGE_TOO_LARGE, String.valueOf(kind.maxSvgBytes / 1024));
            return Optional.empty();
        }
        try {
            return Optional.of(new Image(SvgSanitizer.sanitizeStrict(markup), null));
        } catch (SvgSanitizer.Refused e) {
            checks.add(field, e.key(), e.args());
            return Optional.empty();
        }
    }

    private static Optional<Image> png(Checks checks, String field, byte[] bytes, Kind kind) {
        if (bytes.length > kind.maxPngBytes) {
            checks.add(field, MessageKey.IMAGE_TOO_LARGE, String.valueOf(kind.maxPngBytes / 1024));
            return Optional.empty();
        }
        if (bytes.length < PNG_SIGNATURE.length
                || !Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
            checks.add(field, MessageKey.IMAGE_NOT_PNG);
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) > kind.maxPixels || reader.getHeight(0) > kind.maxPixels) {
                    checks.add(field, MessageKey.IMAGE_DIMENSIONS, String.valueOf(kind.maxPixels));
                    return Optional.empty();
                }
                reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            checks.add(field, MessageKey.IMAGE_NOT_PNG);
            return Optional.empty();
        }
        return Optional.of(new Image(null, bytes.clone()));
    }

    /** The data URI GET shows for stored SVG markup or PNG bytes; null for neither. */
    public static String toDataUri(String svg, byte[] png) {
        if (svg != null) {
            return SVG_URI + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        }
        return png == null ? null : PNG_URI + Base64.getEncoder().encodeToString(png);
    }
}
