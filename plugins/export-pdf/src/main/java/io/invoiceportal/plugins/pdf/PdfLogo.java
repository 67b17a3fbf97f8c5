package io.invoiceportal.plugins.pdf;

import io.invoiceportal.plugin.api.TenantView;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The tenant's logo ({@link TenantView.Branding#logoPng()}) as a lossless image of the document
 * (transparency kept as a soft mask, which PDF/A-3 allows), scaled to fit a box of
 * {@value #BOX_WIDTH} × {@value #BOX_HEIGHT} points, aspect kept, never enlarged beyond 1 pixel per point.
 *
 * <p>Decoding the PNG and compressing its pixels for the PDF costs more than the rest of an invoice,
 * and a tenant's logo is the same in every document: it is encoded once ({@link Encoded}, the
 * {@value #CACHE_SIZE} most recently used logos are kept) and each document gets its own copy of the
 * compressed image streams.
 *
 * @param image the image in the document
 * @param width drawn width in points
 * @param height drawn height in points
 */
record PdfLogo(PDImageXObject image, float width, float height) {

    static final float BOX_WIDTH = 180;
    static final float BOX_HEIGHT = 54;
    static final int CACHE_SIZE = 16;
    private static final Map<Key, Optional<Encoded>> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Optional<Encoded>> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** The logo, or {@code null} when the tenant has none or its bytes are not an image. */
    static PdfLogo of(PDDocument document, TenantView.Branding branding) throws IOException {
        byte[] png = branding == null ? null : branding.logoPng();
        if (png == null || png.length == 0) {
            return null;
        }
        Optional<Encoded> encoded = encoded(png);
        if (encoded.isEmpty()) {
            return null;
        }
        Encoded logo = encoded.get();
        float scale = Math.min(1, Math.min(BOX_WIDTH / logo.pixelWidth(), BOX_HEIGHT / logo.pixelHeight()));
        return new PdfLogo(logo.into(document), logo.pixelWidth() * scale, logo.pixelHeight() * scale);
    }

    private static Optional<Encoded> encoded(byte[] png) throws IOException {
        Key key = new Key(png);
        synchronized (CACHE) {
            Optional<Encoded> cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Optional<Encoded> encoded = Optional.ofNullable(Encoded.of(png));
        synchronized (CACHE) {
            CACHE.put(key, encoded);
        }
        return encoded;
    }

    /** The logo's bytes as a map key (arrays compare by identity). */
    private record Key(byte[] png) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(png, key.png);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(png);
        }
    }

    /**
     * The image XObject {@link LosslessFactory} makes of the logo, kept as its compressed bytes and
     * dictionary entries (and those of its soft mask), independent of any document. Immutable.
     */
    private record Encoded(int pixelWidth, int pixelHeight, Stream image, Stream mask) {

        /** {@code null} when the bytes are not an image. */
        static Encoded of(byte[] png) throws IOException {
            BufferedImage picture;
            try {
                picture = ImageIO.read(new ByteArrayInputStream(png));
            } catch (IOException e) {
                return null;
            }
            if (picture == null || picture.getWidth() == 0 || picture.getHeight() == 0) {
                return null;
            }
            try (PDDocument scratch = new PDDocument()) {
                COSStream image = LosslessFactory.createFromImage(scratch, picture).getCOSObject();
                COSStream mask = image.getCOSStream(COSName.SMASK);
                return new Encoded(picture.getWidth(), picture.getHeight(), Stream.of(image), mask == null ? null : Stream.of(mask));
            }
        }

        PDImageXObject into(PDDocument document) throws IOException {
            COSStream stream = image.into(document);
            if (mask != null) {
                stream.setItem(COSName.SMASK, mask.into(document));
            }
            return new PDImageXObject(new PDStream(stream), null);
        }
    }

    /** A stream's compressed bytes and its dictionary without its length and soft mask. */
    private record Stream(COSDictionary entries, byte[] data) {

        static Stream of(COSStream stream) throws IOException {
            COSDictionary entries = new COSDictionary();
            for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
                if (!entry.getKey().equals(COSName.LENGTH) && !entry.getKey().equals(COSName.SMASK)) {
                    entries.setItem(entry.getKey(), copy(entry.getValue()));
                }
            }
            try (InputStream raw = stream.createRawInputStream()) {
                return new Stream(entries, raw.readAllBytes());
            }
        }

        COSStream into(PDDocument document) throws IOException {
            COSStream stream = document.getDocument().createCOSStream();
            for (Map.Entry<COSName, COSBase> entry : entries.entrySet()) {
                stream.setItem(entry.getKey(), copy(entry.getValue()));
            }
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(data);
            }
            return stream;
        }

        /** A deep copy of a direct value, so no COS object is shared between documents. */
        private static COSBase copy(COSBase value) {
            return switch (value) {
                case COSName name -> name;
                case COSNumber number -> number;
                case COSBoolean bool -> bool;
                case COSNull none -> none;
                case COSString string -> new COSString(string.getBytes());
                case COSArray array -> {
                    COSArray copy = new COSArray();
                    for (int i = 0; i < array.size(); i++) {
                        copy.add(copy(array.getObject(i)));
                    }
                    yield copy;
                }
                case COSDictionary dictionary when !(dictionary instanceof COSStream) -> {
                    COSDictionary copy = new COSDictionary();
                    for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                        copy.setItem(entry.getKey(), copy(dictionary.getDictionaryObject(entry.getKey())));
                    }
                    yield copy;
                }
                default -> throw new IllegalStateException("A logo image entry of an unexpected kind: " + value);
            };
        }
    }
}
