package io.invoiceportal.plugins.xml.v1;

import io.invoiceportal.plugin.api.InvoiceView;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;

/** {@code <standardItemId scheme="0160">…</standardItemId>}: an item's standard identifier (BT-157). */
@XmlType(name = "ItemIdentifier")
final class ItemIdentifier {

    @XmlAttribute(name = "scheme", required = true)
    String scheme;

    @XmlValue
    String id;

    private ItemIdentifier() {}

    /** {@code null} without an id or scheme, so that no incomplete element is written. */
    static ItemIdentifier of(InvoiceView.ItemId view) {
        if (view == null || XmlText.of(view.id()) == null || XmlText.of(view.scheme()) == null) {
            return null;
        }
        ItemIdentifier xml = new ItemIdentifier();
        xml.scheme = XmlText.of(view.scheme());
        xml.id = XmlText.of(view.id());
        return xml;
    }
}
