package io.invoiceportal.plugins.xml.v1;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;

/** {@code <endpoint scheme="0106">12345678</endpoint>}: an electronic address (BT-34, BT-49). */
@XmlType(name = "Endpoint")
final class Endpoint {

    @XmlAttribute(name = "scheme")
    String scheme;

    @XmlValue
    String id;

    private Endpoint() {}

    /** {@code null} without an id, so that no empty element is written. */
    static Endpoint of(String scheme, String id) {
        String cleanId = XmlText.of(id);
        if (cleanId == null) {
            return null;
        }
        Endpoint xml = new Endpoint();
        xml.scheme = XmlText.of(scheme);
        xml.id = cleanId;
        return xml;
    }
}
