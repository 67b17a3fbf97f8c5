package io.invoiceportal.plugins.xml.v1;

import io.invoiceportal.plugin.api.InvoiceView;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.math.BigDecimal;

/** {@code <totals>}: the document totals (BG-22). */
@XmlType(name = "Totals", propOrder = {"lineTotal", "totalWithoutVat", "vatTotal", "totalWithVat", "amountDue",
    "allowanceTotal", "chargeTotal", "prepaidAmount"})
final class Totals {

    @XmlElement(required = true)
    @XmlJavaTypeAdapter(Decimals.Amount.class)
    BigDecimal lineTotal;

    @XmlElement(required = true)
    @XmlJavaTypeAdapter(Decimals.Amount.class)
    BigDecimal totalWithoutVat;

    @XmlElement(required = true)
    @XmlJavaTypeAdapter(Decimals.Amount.class)
    BigDecimal vatTotal;

    @XmlElement(required = true)
    @XmlJavaTypeAdapter(Decimals.Amount.class)
    BigDecimal totalWithVat;

    @XmlElement(required = true)
    @XmlJavaTypeAdapter(Decimals.Amount.class)
    BigDecimal amountDue;

    @XmlJavaTypeAdapter(Decimals.Amount.class)
    BigDecimal allowanceTotal;

    @XmlJavaTypeAdapter(Decimals.Amount.class)
    BigDecimal chargeTotal;

    @XmlJavaTypeAdapter(Decimals.Amount.class)
    BigDecimal prepaidAmount;

    private Totals() {}

    static Totals of(InvoiceView.Totals view) {
        Totals xml = new Totals();
        if (view != null) {
            xml.lineTotal = view.lineTotal();
            xml.totalWithoutVat = view.taxExclusive();
            xml.vatTotal = view.taxTotal();
            xml.totalWithVat = view.taxInclusive();
            xml.amountDue = view.payable();
            xml.allowanceTotal = view.allowanceTotal();
            xml.chargeTotal = view.chargeTotal();
            xml.prepaidAmount = view.prepaidAmount();
        }
        return xml;
    }
}
