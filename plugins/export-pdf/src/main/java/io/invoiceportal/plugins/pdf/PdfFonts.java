package io.invoiceportal.plugins.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans regular and bold, embedded as subsets in one document. The font files are read from
 * the plugin jar once (on first use) and shared; the {@link PDType0Font}s belong to one document
 * and are created per document, because PDFBox fonts are neither thread-safe nor reusable across
 * documents.
 */
record PdfFonts(PDType0Font regular, PDType0Font bold) {

    static PdfFonts embedIn(PDDocument document) throws IOException {
        return new PdfFonts(
                PDType0Font.load(document, new ByteArrayInputStream(FontFiles.REGULAR), true),
                PDType0Font.load(document, new ByteArrayInputStream(FontFiles.BOLD), true));
    }

    /** Holder idiom: the bytes are read when the first document needs them, once per class loader. */
    private static final class FontFiles {
        static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
        static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");

        private static byte[] read(String resource) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + resource + " is missing from the plugin jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read font " + resource, e);
            }
        }
    }
}
