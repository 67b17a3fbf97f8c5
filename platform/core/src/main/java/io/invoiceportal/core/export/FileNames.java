package io.invoiceportal.core.export;

import io.invoiceportal.core.tenant.Tenant;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Names of the ZIP files a customer downloads, in the reader's language and after the issuing
 * company: "Facturen Hollandse Energie B.V. 2026-11-29 1430.zip", "Invoice Northwind Facilities
 * Ltd 2026-0042.zip". The time is the tenant's local time. Names keep only characters that every
 * common file system accepts.
 */
final class FileNames {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HHmm");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final int MAX_LENGTH = 120;

    private FileNames() {}

    /** The ZIP of several invoices in one format, stamped with the tenant's local time now. */
    static String archive(Tenant tenant, Locale reader, Clock clock) {
        String now = clock.instant().atZone(tenant.timeZone()).format(STAMP);
        return zip(text("archive", reader, tenant.name(), now));
    }

    /** The ZIP of one invoice in every bundle format. */
    static String bundle(Tenant tenant, Locale reader, String invoiceNumber) {
        return zip(text("bundle", reader, tenant.name(), invoiceNumber));
    }

    /** {@code {number}.{ext}} for one invoice in one format. */
    static String single(String invoiceNumber, String extension) {
        return safe(invoiceNumber) + "." + extension;
    }

    private static String zip(String name) {
        return safe(name) + ".zip";
    }

    /**
     * Without control characters and {@code \ / : * ? " < > |} (each becomes a space), spaces
     * collapsed, no leading or trailing dot or space, at most {@value #MAX_LENGTH} characters.
     */
    static String safe(String name) {
        String cleaned = name.replaceAll("[\\p{Cntrl}\\\\/:*?\"<>|]", " ").replaceAll("\\s+", " ");
        if (cleaned.length() > MAX_LENGTH) {
            cleaned = cleaned.substring(0, MAX_LENGTH);
        }
        cleaned = cleaned.replaceAll("^[. ]+|[. ]+$", "");
        return cleaned.isEmpty() ? "_" : cleaned;
    }

    private static String text(String key, Locale reader, Object... arguments) {
        Locale locale = "nl".equals(reader.getLanguage()) ? reader : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle("io.invoiceportal.core.export.file-names", locale,
                FileNames.class.getClassLoader(), NO_FALLBACK);
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
