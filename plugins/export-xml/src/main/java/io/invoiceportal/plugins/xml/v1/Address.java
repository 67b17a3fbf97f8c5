package io.invoiceportal.plugins.xml.v1;

import io.invoiceportal.plugin.api.PartyView.AddressView;
import jakarta.xml.bind.annotation.XmlType;

/** {@code <address>}: a postal address (BG-5, BG-8); every part optional. */
@XmlType(name = "Address", propOrder = {"street", "postalCode", "city", "countryCode"})
final class Address {

    String street;
    String postalCode;
    String city;
    String countryCode;

    private Address() {}

    /** {@code null} when no part is filled in, so that no empty element is written. */
    static Address of(AddressView view) {
        if (view == null) {
            return null;
        }
        Address xml = new Address();
        xml.street = XmlText.of(view.street());
        xml.postalCode = XmlText.of(view.postalCode());
        xml.city = XmlText.of(view.city());
        xml.countryCode = XmlText.of(view.countryCode());
        boolean empty = xml.street == null && xml.postalCode == null && xml.city == null && xml.countryCode == null;
        return empty ? null : xml;
    }
}
