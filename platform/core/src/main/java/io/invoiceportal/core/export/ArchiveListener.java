package io.invoiceportal.core.export;

import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.plugin.api.ExportException;
import java.io.IOException;

/**
 * Told about each entry of an archive written by
 * {@link ExportService#writeArchive(io.invoiceportal.core.tenant.Tenant, Iterable, java.util.List, java.util.Locale,
 * java.util.zip.ZipOutputStream, ArchiveListener)}. Both methods are called on the thread that writes the archive,
 * in the archive's order (invoice by invoice, each in the order of the formats), never concurrently.
 */
public interface ArchiveListener {

    /** Nothing to be told: the first failure stops the archive. */
    ArchiveListener NONE = entry -> {};

    /** {@code entry} is now complete in the ZIP (its entry closed). A failure here stops the archive. */
    void written(ArchiveEntry entry) throws IOException;

    /**
     * {@code invoice} could not be rendered in {@code format}. Answer {@code true} to leave that entry
     * out and go on with the next one, {@code false} (the default) to stop the archive: the entries
     * before it are in the ZIP, and the failure is thrown from {@code writeArchive}.
     */
    default boolean skip(Invoice invoice, String format, ExportException failure) {
        return false;
    }

    /**
     * One file in the archive.
     *
     * @param invoice the invoice rendered
     * @param format the format's id ({@code pdf}, {@code csv}, ...)
     * @param name the entry's name in the ZIP: {@code {number}.{ext}}, or {@code {number}-{format}.{ext}}
     *     for a later format with the same extension
     * @param size the entry's uncompressed size in bytes
     */
    record ArchiveEntry(Invoice invoice, String format, String name, long size) {}
}
