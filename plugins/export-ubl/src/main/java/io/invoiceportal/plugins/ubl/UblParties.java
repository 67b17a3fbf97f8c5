package io.invoiceportal.plugins.ubl;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.PartyView;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ContactType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;

/** The seller (BG-4) and buyer (BG-7) as UBL parties; empty values are left out (PEPPOL-EN16931-R008). */
final class UblParties {

    private UblParties() {}

    /** {@code cac:AccountingSupplierParty}; {@code withVatId} is false on an invoice "not subject to VAT" (BR-O-02). */
    static SupplierPartyType seller(PartyView seller, boolean withVatId) {
        PartyType party = party(seller, withVatId);
        PartyView.Contact contact = seller.contact();
        if (contact != null) {
            contact(party, contact.name(), contact.phone(), contact.email());
        }
        SupplierPartyType supplier = new SupplierPartyType();
        supplier.setParty(party);
        return supplier;
    }

    /** {@code cac:AccountingCustomerParty}, with the customer's contact (BG-9). */
    static CustomerPartyType buyer(CustomerView buyer, boolean withVatId) {
        PartyType party = party(buyer.party(), withVatId);
        contact(party, buyer.contactName(), buyer.contactPhone(), buyer.email());
        CustomerPartyType customer = new CustomerPartyType();
        customer.setParty(party);
        return customer;
    }

    /** The party's postal address (BG-5 / BG-8), also the deliver-to address of an intra-community supply. */
    static AddressType address(PartyView.AddressView address) {
        AddressType result = new AddressType();
        if (address == null) {
            return result;
        }
        if (Parties.present(address.street())) {
            result.setStreetName(address.street().strip());
        }
        if (Parties.present(address.city())) {
            result.setCityName(address.city().strip());
        }
        if (Parties.present(address.postalCode())) {
            result.setPostalZone(address.postalCode().strip());
        }
        if (Parties.present(address.countryCode())) {
            CountryType country = new CountryType();
            country.setIdentificationCode(address.countryCode().strip());
            result.setCountry(country);
        }
        return result;
    }

    private static PartyType party(PartyView view, boolean withVatId) {
        PartyType party = new PartyType();
        if (Parties.hasEndpoint(view)) {
            party.setEndpointID(view.endpointId().strip()).setSchemeID(view.endpointScheme().strip());
        }
        party.setPostalAddress(address(view.address()));
        if (withVatId && Parties.hasVatId(view)) {
            PartyTaxSchemeType tax = new PartyTaxSchemeType();
            tax.setCompanyID(view.vatId().strip());
            TaxSchemeType vat = new TaxSchemeType();
            vat.setID("VAT");
            tax.setTaxScheme(vat);
            party.addPartyTaxScheme(tax);
        }
        PartyLegalEntityType legal = new PartyLegalEntityType();
        legal.setRegistrationName(view.legalName().strip());
        String legalScheme = Parties.legalIdScheme(view);
        if (legalScheme != null) {
            legal.setCompanyID(view.endpointId().strip()).setSchemeID(legalScheme);
        }
        party.addPartyLegalEntity(legal);
        return party;
    }

    private static void contact(PartyType party, String name, String phone, String email) {
        if (!Parties.present(name) && !Parties.present(phone) && !Parties.present(email)) {
            return;
        }
        ContactType contact = new ContactType();
        if (Parties.present(name)) {
            contact.setName(name.strip());
        }
        if (Parties.present(phone)) {
            contact.setTelephone(phone.strip());
        }
        if (Parties.present(email)) {
            contact.setElectronicMail(email.strip());
        }
        party.setContact(contact);
    }
}
