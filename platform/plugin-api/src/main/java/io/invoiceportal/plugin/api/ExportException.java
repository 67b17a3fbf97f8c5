package io.invoiceportal.plugin.api;

import java.util.List;

/** Thrown by an {@link InvoiceExporter} that cannot render an invoice; the message is shown to users. */
public class ExportException extends Exception {
    private final List<String> missingTerms;

    /** An invoice that cannot be rendered; {@code message} is shown to the user. */
    public ExportException(String message) {
        this(message, List.of());
    }

    /** An invoice that cannot be rendered because of {@code cause}; {@code message} is shown to the user. */
    public ExportException(String message, Throwable cause) {
        super(message, cause);
        this.missingTerms = List.of();
    }

    /**
     * An invoice that cannot be rendered in this format because the tenant's, customer's or invoice's
     * data lacks what the format's standard requires; the portal answers 422 naming each term.
     * Since 1.1.
     *
     * @param missingTerms the missing EN 16931 business terms, each as its id and name, for example
     *     {@code "BT-49 Buyer electronic address"}; not empty
     */
    public ExportException(String message, List<String> missingTerms) {
        super(message);
        this.missingTerms = List.copyOf(missingTerms);
    }

    /** The business terms whose absence made the export impossible; empty for other failures. Since 1.1. */
    public List<String> missingTerms() {
        return missingTerms;
    }
}
