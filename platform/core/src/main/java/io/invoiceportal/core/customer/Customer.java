package io.invoiceportal.core.customer;

import java.util.Locale;

/** A customer of a tenant, with its login account's name and state. */
public record Customer(
        long id, String customerNumber, String companyName, String email, String language,
        String deliveryChannel, String contactName, String contactPhone, String street, String postalCode,
        String city, String countryCode, String vatId, String endpointScheme, String endpointId,
        String login, String accountState) {

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
