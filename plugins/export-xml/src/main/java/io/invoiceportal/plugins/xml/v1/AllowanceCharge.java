package io.invoiceportal.plugins.xml.v1;

import io.invoiceportal.plugin.api.InvoiceView;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.math.BigDecimal;
import java.util.List;

/** {@code <allowance>} / {@code <charge>}: a document level allowance (BG-20) or charge (BG-21). */
@XmlType(name = "AllowanceCharge", propOrder = {"amount", "reason", "reasonCode", "vatCategory", "vatRate"})
final class AllowanceCharge {

    @XmlElement(required = true)
    @XmlJavaTypeAdapter(Decimals.Amount.class)
    BigDecimal amount;

    String reason;
    String reasonCode;

    @XmlElement(required = true)
    String vatCategory;

    @XmlJavaTypeAdapter(Decimals.Plain.class)
    BigDecimal vatRate;

    private AllowanceCharge() {}

    /** {@code null} for none, so that no empty wrapper element is written. */
    static List<AllowanceCharge> of(List<InvoiceView.AllowanceCharge> views) {
        return views == null || views.isEmpty() ? null : views.stream().map(AllowanceCharge::of).toList();
    }

    private static AllowanceCharge of(InvoiceView.AllowanceCharge view) {
        AllowanceCharge xml = new AllowanceCharge();
        xml.amount = view.amount();
        xml.reason = XmlText.of(view.reason());
        xml.reasonCode = XmlText.of(view.reasonCode());
        xml.vatCategory = XmlText.of(view.vatCategory());
        xml.vatRate = view.vatRate();
        return xml;
    }
}
