package io.invoiceportal.plugins.xml.v1;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.PartyView;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code <buyer>}: the customer (BG-7) with the issuer's customer number and contact. */
@XmlType(name = "Buyer", propOrder = {"customerNumber", "name", "vatId", "endpoint", "address", "contact"})
final class Buyer {

    @XmlElement(required = true)
    String customerNumber;

    @XmlElement(required = true)
    String name;

    String vatId;
    Endpoint endpoint;
    Address address;
    Contact contact;

    private Buyer() {}

    static Buyer of(CustomerView customer) {
        Buyer xml = new Buyer();
        if (customer == null) {
            return xml;
        }
        xml.customerNumber = XmlText.of(customer.customerNumber());
        PartyView party = customer.party();
        if (party != null) {
            xml.name = XmlText.of(party.legalName());
            xml.vatId = XmlText.of(party.vatId());
            xml.endpoint = Endpoint.of(party.endpointScheme(), party.endpointId());
            xml.address = Address.of(party.address());
        }
        xml.contact = Contact.of(customer.contactName(), customer.contactPhone(), customer.email());
        return xml;
    }
}
