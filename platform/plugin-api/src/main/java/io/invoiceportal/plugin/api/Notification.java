package io.invoiceportal.plugin.api;

/**
 * Something a customer must be told. Every notification has an {@link #id()} that is stable
 * across delivery attempts.
 */
public sealed interface Notification {

    /** Stable id of this notification, the same on every retry. */
    String id();

    /** The customer to notify. */
    CustomerView customer();

    /**
     * A new invoice is ready.
     *
     * @param invoiceUrl link that opens the invoice's PDF after login
     * @param pdf renders the invoice as PDF, for channels that attach it
     */
    record NewInvoice(String id, CustomerView customer, InvoiceView invoice, String invoiceUrl, PdfSource pdf)
            implements Notification {}

    /** Welcome and activation link, sent once when the issuer registers the customer. */
    record Activation(String id, CustomerView customer, String activationUrl) implements Notification {}

    /** Link to set a new password. */
    record PasswordReset(String id, CustomerView customer, String resetUrl) implements Notification {}

    /** Renders the invoice's PDF on demand (only channels that attach it pay for rendering). */
    @FunctionalInterface
    interface PdfSource {
        /** The PDF bytes. */
        byte[] render() throws ExportException;
    }
}
