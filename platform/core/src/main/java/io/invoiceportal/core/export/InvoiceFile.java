package io.invoiceportal.core.export;

import io.invoiceportal.plugin.api.ExportException;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A file of the customer's own invoices, ready to be written: its name, media type, whether the
 * browser shows it ({@code inline}, the opened PDF) or saves it, and the work. Writing it marks
 * its invoices read once the whole file has been written; a failure on the way marks nothing.
 */
public final class InvoiceFile {
    private final String fileName;
    private final String mediaType;
    private final boolean inline;
    private final Body body;
    private final Runnable written;

    /** Writes the content of the file. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException, ExportException;
    }

    InvoiceFile(String fileName, String mediaType, boolean inline, Body body, Runnable written) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.inline = inline;
        this.body = body;
        this.written = written;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean inline() {
        return inline;
    }

    /** Writes the file to {@code out} (not closed) and then marks its invoices read. */
    public void writeTo(OutputStream out) throws IOException, ExportException {
        body.write(out);
        out.flush();
        written.run();
    }
}
