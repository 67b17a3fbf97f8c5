package io.invoiceportal.plugin.api;

import java.util.Locale;

/**
 * A customer of the tenant (the buyer), as a plugin sees it.
 *
 * @param customerNumber the tenant's number for this customer
 * @param party name, address, VAT id and electronic address
 * @param email address notifications go to
 * @param contactName contact person, may be {@code null}
 * @param contactPhone may be {@code null}
 * @param locale the customer's language
 * @param login the customer's login name
 */
public record CustomerView(
        String customerNumber, PartyView party, String email, String contactName, String contactPhone,
        Locale locale, String login) {}
