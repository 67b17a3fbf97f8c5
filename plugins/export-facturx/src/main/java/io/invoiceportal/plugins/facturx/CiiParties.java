package io.invoiceportal.plugins.facturx;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import javax.xml.stream.XMLStreamException;

/** The header trade agreement (buyer reference, seller, buyer, order and contract) and the delivery. */
final class CiiParties {

    private CiiParties() {}

    static void agreement(CiiXml xml, InvoiceView invoice) throws XMLStreamException {
        boolean notSubject = MissingTerms.categories(invoice).contains(Vat.NOT_SUBJECT);
        xml.open("ApplicableHeaderTradeAgreement").text("BuyerReference", invoice.buyerReference());
        PartyView seller = invoice.seller();
        xml.open("SellerTradeParty");
        if (notSubject) {
            // BR-CO-26 without a VAT identifier (BR-O-02): the seller's electronic address, an ISO 6523 id, is BT-29
            xml.text("GlobalID", seller.endpointId(), "schemeID", seller.endpointScheme());
        }
        xml.text("Name", seller.legalName());
        PartyView.Contact contact = seller.contact();
        if (contact != null) {
            contact(xml, contact.name(), contact.phone(), contact.email());
        }
        party(xml, seller, notSubject);
        xml.end();

        CustomerView customer = invoice.buyer();
        xml.open("BuyerTradeParty").text("Name", customer.party().legalName());
        contact(xml, customer.contactName(), customer.contactPhone(), customer.email());
        party(xml, customer.party(), notSubject);
        xml.end();

        if (present(invoice.orderReference())) {
            xml.open("BuyerOrderReferencedDocument").text("IssuerAssignedID", invoice.orderReference()).end();
        }
        if (present(invoice.contractReference())) {
            xml.open("ContractReferencedDocument").text("IssuerAssignedID", invoice.contractReference()).end();
        }
        xml.end();
    }

    /**
     * BT-72 and, for an intra-community supply, the deliver-to country (BT-80, BR-IC-12): the model
     * has no delivery address, so the buyer's country stands for it.
     */
    static void delivery(CiiXml xml, InvoiceView invoice) throws XMLStreamException {
        xml.open("ApplicableHeaderTradeDelivery");
        if (MissingTerms.categories(invoice).contains(Vat.INTRA_COMMUNITY)) {
            xml.open("ShipToTradeParty").open("PostalTradeAddress")
                    .text("CountryID", invoice.buyer().party().address().countryCode())
                    .end().end();
        }
        if (invoice.deliveryDate() != null) {
            xml.open("ActualDeliverySupplyChainEvent").date("OccurrenceDateTime", invoice.deliveryDate()).end();
        }
        xml.end();
    }

    /** BG-6 / BG-9; nothing when every part is empty. */
    private static void contact(CiiXml xml, String name, String phone, String email) throws XMLStreamException {
        if (!present(name) && !present(phone) && !present(email)) {
            return;
        }
        xml.open("DefinedTradeContact").text("PersonName", name);
        if (present(phone)) {
            xml.open("TelephoneUniversalCommunication").text("CompleteNumber", phone).end();
        }
        if (present(email)) {
            xml.open("EmailURIUniversalCommunication").text("URIID", email).end();
        }
        xml.end();
    }

    /** Address, electronic address (scheme and id together, BR-62/63) and VAT identifier (none for category O). */
    private static void party(CiiXml xml, PartyView party, boolean withoutVatId) throws XMLStreamException {
        PartyView.AddressView address = party.address();
        if (address != null) {
            xml.open("PostalTradeAddress")
                    .text("PostcodeCode", address.postalCode())
                    .text("LineOne", address.street())
                    .text("CityName", address.city())
                    .text("CountryID", address.countryCode())
                    .end();
        }
        if (present(party.endpointId()) && present(party.endpointScheme())) {
            xml.open("URIUniversalCommunication").text("URIID", party.endpointId(), "schemeID", party.endpointScheme()).end();
        }
        if (!withoutVatId && present(party.vatId())) {
            xml.open("SpecifiedTaxRegistration").text("ID", party.vatId(), "schemeID", "VA").end();
        }
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
