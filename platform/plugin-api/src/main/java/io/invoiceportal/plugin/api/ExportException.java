package io.invoiceportal.plugin.api;

/** Thrown by an {@link InvoiceExporter} that cannot render an invoice; the message is shown to users. */
public class ExportException extends Exception {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
