package io.invoiceportal.core.tenant;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a tenant's (already sanitised) SVG logo to a PNG for mails and PDFs: as large as fits in
 * {@value #MAX_WIDTH} × {@value #MAX_HEIGHT} pixels, aspect kept, transparent background. Nothing
 * outside the SVG is ever read: every external resource is refused by policy, and the loader that
 * would fetch one refuses too. Results are cached by the SHA-256 of the markup (the
 * {@value #CACHE_SIZE} most recently used). Thread-safe.
 */
public final class LogoRenderer {
    public static final int MAX_WIDTH = 600;
    public static final int MAX_HEIGHT = 200;
    static final int CACHE_SIZE = 64;
    private static final Logger LOG = LoggerFactory.getLogger(LogoRenderer.class);
    private static final DocumentLimits LIMITS = new DocumentLimits(20, 10, 2_000);
    private static final LoaderContext CONTEXT = LoaderContext.builder()
            .externalResourcePolicy(ResourcePolicy.DENY_ALL)
            .resourceLoader((document, uri) -> {
                throw new IOException("A logo may not load " + uri);
            })
            .documentLimits(LIMITS)
            .build();
    private static final Map<String, byte[]> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private LogoRenderer() {}

    /** The logo as PNG bytes, or {@code null} when the markup is not an SVG that renders. */
    public static byte[] png(String svg) {
        if (svg == null || svg.isBlank()) {
            return null;
        }
        String key = sha256(svg);
        synchronized (CACHE) {
            byte[] cached = CACHE.get(key);
            if (cached != null) {
                return cached.clone();
            }
        }
        byte[] rendered = render(svg);
        if (rendered != null) {
            synchronized (CACHE) {
                CACHE.put(key, rendered);
            }
        }
        return rendered == null ? null : rendered.clone();
    }

    private static byte[] render(String svg) {
        SVGDocument document = new SVGLoader().load(
                new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), null, CONTEXT);
        if (document == null) {
            LOG.warn("A logo SVG could not be parsed; mails and PDFs go without it");
            return null;
        }
        FloatSize size = document.size();
        if (!(size.width > 0 && size.height > 0)) {
            LOG.warn("A logo SVG has no size; mails and PDFs go without it");
            return null;
        }
        double scale = Math.min(MAX_WIDTH / size.width, MAX_HEIGHT / (double) size.height);
        int width = Math.max(1, Math.min(MAX_WIDTH, (int) Math.round(size.width * scale)));
        int height = Math.max(1, Math.min(MAX_HEIGHT, (int) Math.round(size.height * scale)));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            document.render(null, g, new ViewBox(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(String svg) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
