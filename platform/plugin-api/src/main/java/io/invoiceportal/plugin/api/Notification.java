package io.invoiceportal.plugin.api;

/**
 * Something a customer must be told. Every notification has an {@link #id()} that is stable
 * across delivery attempts.
 *
 * <p>The kinds are {@link NewInvoice}, {@link Activation} and {@link PasswordReset}. A later minor
 * version may add kinds: a channel tests with {@code instanceof} and answers a kind it does not
 * know with {@link DeliveryResult#fail(String)} (or handles it generically through
 * {@link #id()} and {@link #customer()}); it must not assume the list is closed.
 */
public interface Notification {

    /** Stable id of this notification, the same on every retry. */
    String id();

    /** The customer to notify. */
    CustomerView customer();

    /** A new invoice is ready. */
    interface NewInvoice extends Notification {
        /** The invoice. */
        InvoiceView invoice();

        /** Link that opens the invoice's PDF after login. */
        String invoiceUrl();

        /** Renders the invoice as PDF, for channels that attach it. */
        PdfSource pdf();

        /** A new-invoice notification; every argument is required. */
        static NewInvoice of(String id, CustomerView customer, InvoiceView invoice, String invoiceUrl, PdfSource pdf) {
            return new Values.InvoiceNotice(Values.required(id, "id"), Values.required(customer, "customer"),
                    Values.required(invoice, "invoice"), Values.required(invoiceUrl, "invoiceUrl"),
                    Values.required(pdf, "pdf"));
        }
    }

    /** Welcome and activation link, sent once when the issuer registers the customer. */
    interface Activation extends Notification {
        /** The link that activates the account. */
        String activationUrl();

        /** An activation notification; every argument is required. */
        static Activation of(String id, CustomerView customer, String activationUrl) {
            return new Values.ActivationNotice(Values.required(id, "id"), Values.required(customer, "customer"),
                    Values.required(activationUrl, "activationUrl"));
        }
    }

    /** Link to set a new password. */
    interface PasswordReset extends Notification {
        /** The link that sets a new password. */
        String resetUrl();

        /** A password-reset notification; every argument is required. */
        static PasswordReset of(String id, CustomerView customer, String resetUrl) {
            return new Values.ResetNotice(Values.required(id, "id"), Values.required(customer, "customer"),
                    Values.required(resetUrl, "resetUrl"));
        }
    }

    /** Renders the invoice's PDF on demand (only channels that attach it pay for rendering). */
    @FunctionalInterface
    interface PdfSource {
        /**
         * The PDF bytes.
         *
         * @throws ExportException when the invoice cannot be rendered as PDF
         */
        byte[] render() throws ExportException;
    }
}
