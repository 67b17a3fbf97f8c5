package io.invoiceportal.server.invoice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} header of a download (RFC 6266): a plain ASCII {@code filename}
 * for old clients and, when the name has other characters, {@code filename*} with the name in
 * UTF-8 (RFC 8187), which browsers prefer.
 */
public final class ContentDisposition {
    private ContentDisposition() {}

    public static String of(boolean inline, String fileName) {
        String header = (inline ? "inline" : "attachment") + "; filename=\"" + ascii(fileName) + "\"";
        return ascii(fileName).equals(fileName) ? header : header + "; filename*=UTF-8''" + encoded(fileName);
    }

    /** Accents dropped ("é" to "e"), other non-ASCII characters, quotes and backslashes as "_". */
    static String ascii(String fileName) {
        String decomposed = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
    }

    /** RFC 8187 value characters: letters, digits and {@code !#$&+-.^_`|~}; everything else percent-encoded. */
    private static String encoded(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%21", "!").replace("%23", "#").replace("%24", "$").replace("%26", "&")
                .replace("%2B", "+").replace("%5E", "^").replace("%60", "`").replace("%7C", "|").replace("%7E", "~");
    }
}
