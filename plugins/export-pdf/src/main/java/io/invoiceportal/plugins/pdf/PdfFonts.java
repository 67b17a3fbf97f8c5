package io.invoiceportal.plugins.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans regular and bold, embedded as subsets in one document.
 *
 * <p>Parsing a TrueType font (its character map, metrics and glyph index) costs more than drawing a
 * whole invoice, so the parsed fonts are kept and reused: a {@link Parsed} pair is lent to one
 * document at a time ({@link #borrow}) and taken back when that document is saved ({@link #giveBack}).
 * A parsed {@link TrueTypeFont} is not thread-safe (it reads its glyphs from one shared position in the
 * font data, and fills caches on first use), so it is never used by two documents at once; the
 * {@link PDType0Font}s belong to one document and are still created per document. The pool holds as
 * many pairs as documents were rendered at the same time, at most {@link #MAX_IDLE} idle ones; the
 * font files' bytes are read from the plugin jar once and shared by every pair.
 */
record PdfFonts(PDType0Font regular, PDType0Font bold) {

    /** Idle parsed pairs kept: one per render that may run at once on a few cores, with room to spare. */
    static final int MAX_IDLE = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    private static final ConcurrentLinkedDeque<Parsed> IDLE = new ConcurrentLinkedDeque<>();

    /** A parsed regular and bold DejaVu Sans, used by one document at a time. */
    record Parsed(TrueTypeFont regular, TrueTypeFont bold) {}

    /** A parsed pair of fonts for one document: an idle one, or a newly parsed one when all are in use. */
    static Parsed borrow() throws IOException {
        Parsed idle = IDLE.pollFirst();
        return idle != null ? idle : new Parsed(parse(FontFiles.REGULAR), parse(FontFiles.BOLD));
    }

    /**
     * Takes back a pair whose document was saved (or given up), for the next document; beyond
     * {@link #MAX_IDLE} idle pairs it is dropped. The most recently used pair is lent first.
     */
    static void giveBack(Parsed fonts) {
        if (IDLE.size() < MAX_IDLE) {
            IDLE.offerFirst(fonts);
        }
    }

    /** The fonts of {@code document}, drawn from {@code parsed}, which the document uses until it is saved. */
    static PdfFonts embedIn(PDDocument document, Parsed parsed) throws IOException {
        return new PdfFonts(PDType0Font.load(document, parsed.regular(), true), PDType0Font.load(document, parsed.bold(), true));
    }

    private static TrueTypeFont parse(byte[] file) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(file));
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
