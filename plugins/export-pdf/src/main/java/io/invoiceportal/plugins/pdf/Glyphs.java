package io.invoiceportal.plugins.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text measuring, word wrapping and replacing characters a font cannot draw. */
final class Glyphs {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private Glyphs() {}

    /**
     * The text on one line as the font can draw it: control characters (tabs, line breaks) become
     * spaces and characters without a glyph become {@code ?}. Free text comes from issuers and
     * may hold anything (emoji, scripts DejaVu Sans lacks); it must not fail the invoice.
     */
    static String printable(PDFont font, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String line = CONTROL.matcher(text).replaceAll(" ");
        if (drawable(font, line)) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(cp -> {
            String one = Character.toString(cp);
            out.append(drawable(font, one) ? one : "?");
        });
        return out.toString();
    }

    static float width(PDFont font, float size, String printable) throws IOException {
        return font.getStringWidth(printable) / 1000f * size;
    }

    /**
     * Breaks text into lines no wider than {@code width}: at spaces and line breaks, and inside a
     * word only when the word alone is too wide (an IBAN, a URL, a long product code).
     */
    static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String paragraph : text.strip().split("\\R")) {
            String line = "";
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (fits(font, size, candidate, width)) {
                    line = candidate;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(printable(font, line));
                }
                String rest = word;
                while (!fits(font, size, rest, width)) {
                    int cut = longestFittingPrefix(font, size, rest, width);
                    lines.add(printable(font, rest.substring(0, cut)));
                    rest = rest.substring(cut);
                }
                line = rest;
            }
            if (!line.isEmpty()) {
                lines.add(printable(font, line));
            }
        }
        return lines;
    }

    private static boolean fits(PDFont font, float size, String text, float width) throws IOException {
        return width(font, size, printable(font, text)) <= width;
    }

    /** At least one code point, so a very narrow column still makes progress. */
    private static int longestFittingPrefix(PDFont font, float size, String word, float width) throws IOException {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (!fits(font, size, word.substring(0, next), width)) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static boolean drawable(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
