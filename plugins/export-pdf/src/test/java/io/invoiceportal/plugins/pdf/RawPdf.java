package io.invoiceportal.plugins.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The limit of the PDF benchmark: a minimal PDFBox program that draws exactly what the exporter drew
 * for one invoice (the same texts at the same places in the same fonts, sizes and colours, the same
 * rectangles, rules and logo), with the DejaVu fonts parsed once per thread and the logo's image
 * streams compressed once (taken from the exporter's PDF, copied into each document as they are).
 * What it draws is read once from a PDF the exporter made ({@link #of}); each {@link #render}
 * then builds a new document from those operations alone, without layout, measuring, wrapping,
 * formatting or texts. Not thread-safe per instance beyond its per-thread fonts: each render makes
 * its own document.
 */
final class RawPdf {

    /** One drawing operation, replayed on a page's content stream. */
    @FunctionalInterface
    private interface Op {
        void draw(PDPageContentStream stream, Fonts fonts, PDImageXObject logo) throws IOException;
    }

    private record Fonts(PDType0Font regular, PDType0Font bold) {}

    private record ParsedFonts(TrueTypeFont regular, TrueTypeFont bold) {}

    private static final ThreadLocal<ParsedFonts> PARSED = ThreadLocal.withInitial(() -> {
        try {
            return new ParsedFonts(parse("/fonts/DejaVuSans.ttf"), parse("/fonts/DejaVuSans-Bold.ttf"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    });

    /** A compressed stream: its dictionary entries and its bytes as stored. */
    private record Stream(COSDictionary entries, byte[] data) {
        static Stream of(COSStream stream) throws IOException {
            COSDictionary entries = new COSDictionary();
            entries.addAll(stream);
            entries.removeItem(COSName.LENGTH);
            entries.removeItem(COSName.SMASK);
            try (InputStream raw = stream.createRawInputStream()) {
                return new Stream(entries, raw.readAllBytes());
            }
        }

        COSStream into(PDDocument document) throws IOException {
            COSStream stream = document.getDocument().createCOSStream();
            stream.addAll(entries);
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(data);
            }
            return stream;
        }
    }

    private final List<List<Op>> pages;
    private final Stream logo;
    private final Stream logoMask;

    private RawPdf(List<List<Op>> pages, Stream logo, Stream logoMask) {
        this.pages = pages;
        this.logo = logo;
        this.logoMask = logoMask;
    }

    /** The operations of every page of {@code pdf}, and the image it drew (the logo), if any. */
    static RawPdf of(byte[] pdf) throws IOException {
        List<List<Op>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Stream logo = null;
            Stream mask = null;
            for (PDPage page : document.getPages()) {
                pages.add(operations(page));
                for (COSName name : page.getResources().getXObjectNames()) {
                    COSStream image = page.getResources().getXObject(name).getCOSObject();
                    logo = Stream.of(image);
                    mask = image.getCOSStream(COSName.SMASK) == null ? null : Stream.of(image.getCOSStream(COSName.SMASK));
                }
            }
            return new RawPdf(pages, logo, mask);
        }
    }

    private PDImageXObject logo(PDDocument document) throws IOException {
        if (logo == null) {
            return null;
        }
        COSStream image = logo.into(document);
        if (logoMask != null) {
            image.setItem(COSName.SMASK, logoMask.into(document));
        }
        return new PDImageXObject(new PDStream(image), null);
    }

    /** The whole document, as the exporter's, into memory. */
    byte[] render() throws IOException {
        ParsedFonts parsed = PARSED.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle("Invoice");
            document.getDocumentInformation().setCreationDate(new GregorianCalendar(2026, Calendar.NOVEMBER, 30));
            Fonts fonts = new Fonts(PDType0Font.load(document, parsed.regular(), true),
                    PDType0Font.load(document, parsed.bold(), true));
            PDImageXObject image = logo(document);
            for (List<Op> ops : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    for (Op op : ops) {
                        op.draw(stream, fonts, image);
                    }
                }
            }
            document.save(out);
        }
        return out.toByteArray();
    }

    private static List<Op> operations(PDPage page) throws IOException {
        List<Op> ops = new ArrayList<>();
        List<COSBase> operands = new ArrayList<>();
        PDFont font = null;
        float[] placement = null;
        for (Object token : new PDFStreamParser(page).parse()) {
            if (!(token instanceof Operator operator)) {
                operands.add((COSBase) token);
                continue;
            }
            float[] n = numbers(operands);
            switch (operator.getName()) {
                case "BT" -> ops.add((s, f, l) -> s.beginText());
                case "ET" -> ops.add((s, f, l) -> s.endText());
                case "Tf" -> {
                    font = page.getResources().getFont((COSName) operands.get(0));
                    boolean bold = font.getName().contains("Bold");
                    float size = n[1];
                    ops.add((s, f, l) -> s.setFont(bold ? f.bold() : f.regular(), size));
                }
                case "Td" -> ops.add((s, f, l) -> s.newLineAtOffset(n[0], n[1]));
                case "Tj" -> {
                    String text = unicode(font, (COSString) operands.get(0));
                    ops.add((s, f, l) -> s.showText(text));
                }
                case "rg" -> ops.add((s, f, l) -> s.setNonStrokingColor(n[0], n[1], n[2]));
                case "RG" -> ops.add((s, f, l) -> s.setStrokingColor(n[0], n[1], n[2]));
                case "re" -> ops.add((s, f, l) -> s.addRect(n[0], n[1], n[2], n[3]));
                case "f" -> ops.add((s, f, l) -> s.fill());
                case "w" -> ops.add((s, f, l) -> s.setLineWidth(n[0]));
                case "m" -> ops.add((s, f, l) -> s.moveTo(n[0], n[1]));
                case "l" -> ops.add((s, f, l) -> s.lineTo(n[0], n[1]));
                case "S" -> ops.add((s, f, l) -> s.stroke());
                case "cm" -> placement = n;
                case "Do" -> {
                    float[] at = placement;
                    ops.add((s, f, l) -> s.drawImage(l, at[4], at[5], at[0], at[3]));
                }
                case "q", "Q" -> {
                    // the image's own save/restore (drawImage writes them again) and the wrap of a reopened page
                }
                default -> throw new IllegalStateException("The raw PDF does not replay operator " + operator.getName());
            }
            operands.clear();
        }
        return ops;
    }

    private static float[] numbers(List<COSBase> operands) {
        float[] numbers = new float[operands.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = operands.get(i) instanceof COSNumber number ? number.floatValue() : Float.NaN;
        }
        return numbers;
    }

    private static String unicode(PDFont font, COSString string) throws IOException {
        StringBuilder text = new StringBuilder();
        try (InputStream in = new ByteArrayInputStream(string.getBytes())) {
            while (in.available() > 0) {
                String unicode = font.toUnicode(font.readCode(in));
                text.append(unicode == null ? "?" : unicode);
            }
        }
        return text.toString();
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        try (InputStream in = RawPdf.class.getResourceAsStream(resource)) {
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }
}
