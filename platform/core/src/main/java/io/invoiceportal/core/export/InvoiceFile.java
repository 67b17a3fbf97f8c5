package io.invoiceportal.core.export;

import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.plugin.api.ExportException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;

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
    private final Consumer<Origin> written;
    private final Origin origin;

    /** Writes the content of the file. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException, ExportException;
    }

    InvoiceFile(String fileName, String mediaType, boolean inline, Body body, Consumer<Origin> written) {
        this(fileName, mediaType, inline, body, written, Origin.UNKNOWN);
    }

    private InvoiceFile(String fileName, String mediaType, boolean inline, Body body, Consumer<Origin> written,
            Origin origin) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.inline = inline;
        this.body = body;
        this.written = written;
        this.origin = origin;
    }

    /** This file asked for from {@code origin}, which the activity trail records when it is written. */
    public InvoiceFile from(Origin origin) {
        return new InvoiceFile(fileName, mediaType, inline, body, written, origin);
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

    /**
     * Writes the file to {@code out} (not closed) and then marks its invoices read and records them
     * as opened or downloaded in the customer's activity trail (one transaction).
     */
    public void writeTo(OutputStream out) throws IOException, ExportException {
        body.write(out);
        out.flush();
        written.accept(origin);
    }
}
