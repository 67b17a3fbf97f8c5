package io.invoiceportal.plugins.xml.v1;

import io.invoiceportal.plugin.api.PartyView;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code <seller>}: the issuing company (BG-4). */
@XmlType(name = "Seller", propOrder = {"name", "vatId", "endpoint", "address", "iban", "contact"})
final class Seller {

    @XmlElement(required = true)
    String name;

    String vatId;
    Endpoint endpoint;
    Address address;
    String iban;
    Contact contact;

    private Seller() {}

    static Seller of(PartyView party) {
        Seller xml = new Seller();
        if (party != null) {
            xml.name = XmlText.of(party.legalName());
            xml.vatId = XmlText.of(party.vatId());
            xml.endpoint = Endpoint.of(party.endpointScheme(), party.endpointId());
            xml.address = Address.of(party.address());
            xml.iban = XmlText.of(party.iban());
            PartyView.Contact contact = party.contact();
            xml.contact = contact == null ? null : Contact.of(contact.name(), contact.phone(), contact.email());
        }
        return xml;
    }
}
