package io.invoiceportal.plugins.xml.v1;

import io.invoiceportal.plugin.api.InvoiceView;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.math.BigDecimal;

/** {@code <line>}: one invoice line (BG-25). */
@XmlType(name = "Line", propOrder = {"id", "name", "quantity", "unitPrice", "vatCategory", "vatRate", "lineAmount",
    "note", "sellerItemId", "standardItemId", "period"})
final class Line {

    @XmlElement(required = true)
    String id;

    @XmlElement(required = true)
    String name;

    @XmlElement(required = true)
    Quantity quantity;

    @XmlElement(required = true)
    @XmlJavaTypeAdapter(Decimals.Price.class)
    BigDecimal unitPrice;

    @XmlElement(required = true)
    String vatCategory;

    @XmlJavaTypeAdapter(Decimals.Plain.class)
    BigDecimal vatRate;

    @XmlElement(required = true)
    @XmlJavaTypeAdapter(Decimals.Amount.class)
    BigDecimal lineAmount;

    String note;
    String sellerItemId;
    ItemIdentifier standardItemId;
    Period period;

    private Line() {}

    static Line of(InvoiceView.Line view) {
        Line xml = new Line();
        xml.id = XmlText.of(view.id());
        xml.name = XmlText.of(view.name());
        xml.quantity = Quantity.of(view.quantity(), view.unitCode());
        xml.unitPrice = view.unitPrice();
        xml.vatCategory = XmlText.of(view.vatCategory());
        xml.vatRate = view.vatRate();
        xml.lineAmount = view.lineAmount();
        xml.note = XmlText.of(view.note());
        xml.sellerItemId = XmlText.of(view.sellerItemId());
        xml.standardItemId = ItemIdentifier.of(view.standardItemId());
        xml.period = Period.of(view.periodStart(), view.periodEnd());
        return xml;
    }
}
