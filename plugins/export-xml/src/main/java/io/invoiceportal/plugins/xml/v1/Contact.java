package io.invoiceportal.plugins.xml.v1;

import jakarta.xml.bind.annotation.XmlType;

/** {@code <contact>}: the seller's (BG-6) or buyer's (BG-9) contact person, phone and e-mail address. */
@XmlType(name = "Contact", propOrder = {"name", "phone", "email"})
final class Contact {

    String name;
    String phone;
    String email;

    private Contact() {}

    /** {@code null} when nothing is known, so that no empty element is written. */
    static Contact of(String name, String phone, String email) {
        Contact xml = new Contact();
        xml.name = XmlText.of(name);
        xml.phone = XmlText.of(phone);
        xml.email = XmlText.of(email);
        return xml.name == null && xml.phone == null && xml.email == null ? null : xml;
    }
}
