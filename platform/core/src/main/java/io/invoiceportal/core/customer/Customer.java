package io.invoiceportal.core.customer;

import io.invoiceportal.core.account.AccountState;
import java.util.Locale;

/** A customer of a tenant, with its login account's name and state. */
public record Customer(
        long id, String customerNumber, String companyName, String email, String language,
        String deliveryChannel, String contactName, String contactPhone, String street, String postalCode,
        String city, String countryCode, String vatId, String endpointScheme, String endpointId,
        String login, AccountState accountState) {

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
