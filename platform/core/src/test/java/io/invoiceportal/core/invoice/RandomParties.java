package io.invoiceportal.core.invoice;

import io.invoiceportal.core.account.AccountState;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.tenant.Tenant;
import java.time.ZoneId;
import java.util.List;

/**
 * The sellers and buyers of {@link RandomInvoices}: every party has what Peppol BIS Billing 3.0 and
 * XRechnung ask of it (electronic address, address, VAT id, the seller's contact and IBAN), so that
 * only the invoice varies. Numbers are syntactically valid (KvK 8 digits, Belgian enterprise number
 * with its check digits).
 */
public final class RandomParties {

    /** A Dutch seller with KvK number (0106) as electronic address and legal id. */
    public static final Tenant DUTCH_SELLER = tenant(1, "hollandse", "nl", new Tenant.Seller("Hollandse Energie B.V.",
            "Kade 1", "1011 AA", "Amsterdam", "NL", "NL001234567B01", "0106", "12345678", "NL91ABNA0417164300",
            new Tenant.Contact("Debiteuren", "+31 20 123 4567", "debiteuren@hollandse.example")));

    /** A German seller whose electronic address is its VAT number (9930). */
    public static final Tenant GERMAN_SELLER = tenant(2, "muster", "de", new Tenant.Seller("Muster Dienstleistungen GmbH",
            "Hauptstraße 1", "10115", "Berlin", "DE", "DE123456789", "9930", "DE123456789",
            "DE02120300000000202051", new Tenant.Contact("Erika Muster", "+49 30 1234567", "erika@muster.example")));

    /** A Dutch buyer (KvK 0106). */
    public static final Customer DUTCH_BUYER = customer(11, "C-NL", "Bakkerij De Korenschoof B.V.", "nl",
            "Dorpsstraat 12", "3511 AB", "Utrecht", "NL", "NL123456789B01", "0106", "87654321");

    /** A Belgian buyer (enterprise number 0208), for intra-community supplies and reverse charge. */
    public static final Customer BELGIAN_BUYER = customer(12, "C-BE", "Brasserie Dubois SRL", "fr",
            "Rue Haute 5", "1000", "Bruxelles", "BE", "BE0123456749", "0208", "0123456749");

    /** A Swiss buyer (UID, 0183), outside the EU: exports (G). */
    public static final Customer SWISS_BUYER = customer(14, "C-CH", "Käserei Alpenblick AG", "de",
            "Dorfstrasse 3", "3000", "Bern", "CH", "CHE123456789MWST", "0183", "CHE123456789");

    /** A German public authority whose electronic address is its Leitweg-ID (0204). */
    public static final Customer GERMAN_AUTHORITY = customer(13, "C-DE", "Stadtverwaltung Beispielstadt", "de",
            "Rathausplatz 2", "04109", "Leipzig", "DE", "DE987654321", "0204", "04011000-12345-34");

    /** The Leitweg-ID of {@link #GERMAN_AUTHORITY}, its buyer reference (BT-10). */
    public static final String LEITWEG_ID = "04011000-12345-34";

    private RandomParties() {}

    private static Tenant tenant(long id, String slug, String language, Tenant.Seller seller) {
        return new Tenant(id, slug, seller.legalName(), language, seller,
                new Tenant.Branding("#1f4e79", "#f0a500", null), List.of(language), List.of("pdf"),
                List.of("email"), List.of(), ZoneId.of("Europe/Amsterdam"), List.of());
    }

    private static Customer customer(long id, String number, String name, String language, String street,
            String postalCode, String city, String country, String vatId, String scheme, String endpoint) {
        return new Customer(id, number, name, "inkoop@" + number.toLowerCase() + ".example", language, "email",
                "A. Inkoper", "+31 30 765 4321", street, postalCode, city, country, vatId, scheme, endpoint,
                number.toLowerCase(), AccountState.ACTIVE);
    }
}
