package io.invoiceportal.core.common;

import java.util.Locale;
import java.util.regex.Pattern;

/** A postal address as sent in JSON; every part optional. */
public record AddressInput(String street, String postalCode, String city, String countryCode) {
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

    /** Checks the parts and returns a cleaned copy (trimmed, country in upper case). */
    public AddressInput checked(Checks checks, String prefix) {
        String country = checks.optional(prefix + ".countryCode", countryCode, 2);
        country = country == null ? null : country.toUpperCase(Locale.ROOT);
        checks.matching(prefix + ".countryCode", country, COUNTRY, MessageKey.COUNTRY_CODE_INVALID);
        return new AddressInput(
                checks.optional(prefix + ".street", street, 200),
                checks.optional(prefix + ".postalCode", postalCode, 20),
                checks.optional(prefix + ".city", city, 100),
                country);
    }
}
