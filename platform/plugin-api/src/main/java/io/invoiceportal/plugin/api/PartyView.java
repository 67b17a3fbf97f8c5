package io.invoiceportal.plugin.api;

/**
 * A seller or buyer as printed on an invoice (EN 16931 BG-4 / BG-7).
 *
 * @param legalName registered name
 * @param address postal address, may be {@code null}
 * @param vatId VAT identifier, may be {@code null}
 * @param endpointScheme electronic address scheme (for example {@code 0106}), may be {@code null}
 * @param endpointId electronic address, may be {@code null}
 * @param iban account for payments (sellers only), may be {@code null}
 */
public record PartyView(
        String legalName, AddressView address, String vatId, String endpointScheme, String endpointId, String iban) {

    /** A postal address; every part may be {@code null}. {@code countryCode} is ISO 3166-1 alpha-2. */
    public record AddressView(String street, String postalCode, String city, String countryCode) {}
}
