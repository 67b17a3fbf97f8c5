package io.invoiceportal.plugin.api;

/** Thrown by an {@link InvoiceExporter} that cannot render an invoice; the message is shown to users. */
public class ExportException extends Exception {
    /** An invoice that cannot be rendered; {@code message} is shown to the user. */
    public ExportException(String message) {
        super(message);
    }

    /** An invoice that cannot be rendered because of {@code cause}; {@code message} is shown to the user. */
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
