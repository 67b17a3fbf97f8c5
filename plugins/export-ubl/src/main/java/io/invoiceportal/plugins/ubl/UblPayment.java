package io.invoiceportal.plugins.ubl;

import io.invoiceportal.plugin.api.InvoiceView;

/**
 * The payment instructions written as {@code cac:PaymentMeans} (BG-16): the invoice's own, the
 * account falling back to the seller's IBAN; without instructions on the invoice but with a seller
 * IBAN, a credit transfer (code 30) to that IBAN, which is what the portal's other formats print.
 *
 * @param meansCode BT-81
 * @param iban BT-84, may be {@code null}
 * @param reference BT-83, may be {@code null}
 */
public record UblPayment(String meansCode, String iban, String reference) {

    /** The instructions, or {@code null} when the invoice has none and the seller no IBAN. */
    public static UblPayment of(InvoiceView invoice) {
        InvoiceView.Payment payment = invoice.payment();
        String sellerIban = Parties.blankToNull(invoice.seller().iban());
        if (payment == null || !Parties.present(payment.meansCode())) {
            String reference = payment == null ? null : Parties.blankToNull(payment.reference());
            String iban = payment == null || !Parties.present(payment.iban()) ? sellerIban : payment.iban().strip();
            return iban == null ? null : new UblPayment("30", iban, reference);
        }
        String iban = Parties.present(payment.iban()) ? payment.iban().strip() : sellerIban;
        return new UblPayment(payment.meansCode().strip(), iban, Parties.blankToNull(payment.reference()));
    }
}
