package io.invoiceportal.core.tenant;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * An issuing company. {@code id} is the database key bound in every tenant-scoped query;
 * {@code slug} is its name in URLs. {@code embedOrigins} are the https origins that may show the
 * tenant's pages in a frame, besides the portal itself. {@code timeZone} is where its clock times
 * (such as the time in the name of a download) are told.
 */
public record Tenant(
        long id,
        String slug,
        String name,
        String defaultLanguage,
        Seller seller,
        Branding branding,
        List<String> languages,
        List<String> enabledFormats,
        List<String> enabledChannels,
        List<String> embedOrigins,
        ZoneId timeZone) {

    public Locale defaultLocale() {
        return Locale.forLanguageTag(defaultLanguage);
    }

    /** Legal details printed on invoices; {@code contact} (EN 16931 BG-6) may be null. */
    public record Seller(
            String legalName, String street, String postalCode, String city, String countryCode,
            String vatId, String endpointScheme, String endpointId, String iban, Contact contact) {

        /** The same seller with another contact. */
        public Seller withContact(Contact newContact) {
            return new Seller(legalName, street, postalCode, city, countryCode, vatId, endpointScheme, endpointId,
                    iban, newContact);
        }
    }

    /** The seller's contact point: a person or department, phone and e-mail; each may be null. */
    public record Contact(String name, String phone, String email) {}

    /** Colours (CSS) and the logo as SVG markup (may be null). */
    public record Branding(String primaryColor, String accentColor, String logoSvg) {}
}
