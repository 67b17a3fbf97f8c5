package io.invoiceportal.plugins.xml.v1;

import io.invoiceportal.plugin.api.InvoiceView;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.math.BigDecimal;

/** {@code <vatSubtotal>}: taxable amount and VAT for one category and rate (BG-23). */
@XmlType(name = "VatSubtotal", propOrder = {"vatCategory", "vatRate", "taxableAmount", "vatAmount", "exemptionReason",
    "exemptionReasonCode"})
final class VatSubtotal {

    @XmlElement(required = true)
    String vatCategory;

    @XmlJavaTypeAdapter(Decimals.Plain.class)
    BigDecimal vatRate;

    @XmlElement(required = true)
    @XmlJavaTypeAdapter(Decimals.Amount.class)
    BigDecimal taxableAmount;

    @XmlElement(required = true)
    @XmlJavaTypeAdapter(Decimals.Amount.class)
    BigDecimal vatAmount;

    String exemptionReason;
    String exemptionReasonCode;

    private VatSubtotal() {}

    static VatSubtotal of(InvoiceView.VatBreakdown view) {
        VatSubtotal xml = new VatSubtotal();
        xml.vatCategory = XmlText.of(view.vatCategory());
        xml.vatRate = view.vatRate();
        xml.taxableAmount = view.taxableAmount();
        xml.vatAmount = view.taxAmount();
        xml.exemptionReason = XmlText.of(view.exemptionReason());
        xml.exemptionReasonCode = XmlText.of(view.exemptionReasonCode());
        return xml;
    }
}
