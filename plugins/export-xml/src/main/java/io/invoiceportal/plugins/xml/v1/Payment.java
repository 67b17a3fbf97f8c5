package io.invoiceportal.plugins.xml.v1;

import io.invoiceportal.plugin.api.InvoiceView;
import jakarta.xml.bind.annotation.XmlType;

/** {@code <payment>}: payment instructions (BG-16). */
@XmlType(name = "Payment", propOrder = {"meansCode", "iban", "reference"})
final class Payment {

    String meansCode;
    String iban;
    String reference;

    private Payment() {}

    /** {@code null} without payment instructions, so that no empty element is written. */
    static Payment of(InvoiceView.Payment view) {
        if (view == null) {
            return null;
        }
        Payment xml = new Payment();
        xml.meansCode = XmlText.of(view.meansCode());
        xml.iban = XmlText.of(view.iban());
        xml.reference = XmlText.of(view.reference());
        return xml.meansCode == null && xml.iban == null && xml.reference == null ? null : xml;
    }
}
