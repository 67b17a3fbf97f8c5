package io.invoiceportal.plugins.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A4 pages of one document with a vertical cursor and the few drawing operations an invoice needs.
 * Coordinates are PDF points from the bottom-left corner; {@link #y} is the top of the space still
 * free on the current page. All text passes through {@link Glyphs#printable} first, so a character
 * the font lacks becomes {@code ?} instead of an exception.
 */
final class PdfCanvas {

    static final PDRectangle A4 = PDRectangle.A4;
    static final float MARGIN = 48;
    static final float LEFT = MARGIN;
    static final float RIGHT = A4.getWidth() - MARGIN;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = A4.getHeight() - MARGIN;
    /** Content stops here; the footer lives below. */
    static final float BOTTOM = 78;

    /** A font, size and colour for a run of text. */
    record Style(PDFont font, float size, Rgb color) {
        float leading() {
            return size * 1.32f;
        }

        Style sized(float newSize) {
            return new Style(font, newSize, color);
        }

        Style colored(Rgb newColor) {
            return new Style(font, size, newColor);
        }
    }

    private final PDDocument document;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    float y;

    PdfCanvas(PDDocument document) {
        this.document = document;
    }

    void newPage() throws IOException {
        close();
        PDPage page = new PDPage(A4);
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Reopens an earlier page to draw on top of it (page numbers once the count is known). */
    void reopen(int index) throws IOException {
        close();
        stream = new PDPageContentStream(document, pages.get(index), PDPageContentStream.AppendMode.APPEND, true, true);
    }

    int pageCount() {
        return pages.size();
    }

    boolean fits(float height) {
        return y - height >= BOTTOM;
    }

    void text(String text, float x, float baseline, Style style) throws IOException {
        String printable = Glyphs.printable(style.font(), text);
        if (printable.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(style.font(), style.size());
        color(style.color());
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable);
        stream.endText();
    }

    void textRight(String text, float right, float baseline, Style style) throws IOException {
        text(text, right - width(text, style), baseline, style);
    }

    float width(String text, Style style) throws IOException {
        return Glyphs.width(style.font(), style.size(), Glyphs.printable(style.font(), text));
    }

    List<String> wrap(String text, float width, Style style) throws IOException {
        return Glyphs.wrap(style.font(), style.size(), text, width);
    }

    void fill(float x, float bottom, float width, float height, Rgb color) throws IOException {
        color(color);
        stream.addRect(x, bottom, width, height);
        stream.fill();
    }

    /** Draws {@code logo} with its top-left corner at ({@code x}, {@code top}). */
    void image(PdfLogo logo, float x, float top) throws IOException {
        stream.drawImage(logo.image(), x, top - logo.height(), logo.width(), logo.height());
    }

    void rule(float x1, float x2, float atY, float thickness, Rgb color) throws IOException {
        stream.setStrokingColor(color.red(), color.green(), color.blue());
        stream.setLineWidth(thickness);
        stream.moveTo(x1, atY);
        stream.lineTo(x2, atY);
        stream.stroke();
    }

    void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    private void color(Rgb color) throws IOException {
        stream.setNonStrokingColor(color.red(), color.green(), color.blue());
    }
}
