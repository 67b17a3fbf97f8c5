package io.invoiceportal.plugins.ubl;

import io.invoiceportal.plugin.api.PartyView;
import java.util.Map;

/**
 * Facts about a seller or buyer that the UBL profiles and the document need. The portal has no
 * separate legal registration id (BT-30 / BT-47): when a party's electronic address is a national
 * company register number of its own country (the Dutch KvK, the Belgian enterprise number, …),
 * that number is its legal registration id, with the same ISO 6523 scheme.
 */
public final class Parties {

    /** Electronic address schemes that are a company register number, with the country of the register. */
    private static final Map<String, String> REGISTERS = Map.of(
            "0106", "NL", "0190", "NL", "0208", "BE", "0184", "DK", "0192", "NO",
            "0007", "SE", "0037", "FI", "0009", "FR", "0002", "FR", "0196", "IS");

    private Parties() {}

    /** The party's country code, or {@code null}. */
    public static String country(PartyView party) {
        return party.address() == null ? null : blankToNull(party.address().countryCode());
    }

    /** Whether the party has an electronic address with its scheme (BT-34 / BT-49). */
    public static boolean hasEndpoint(PartyView party) {
        return present(party.endpointId()) && present(party.endpointScheme());
    }

    /** The scheme of the party's legal registration id, or {@code null} when it has none (see the class comment). */
    public static String legalIdScheme(PartyView party) {
        if (!hasEndpoint(party)) {
            return null;
        }
        String registerCountry = REGISTERS.get(party.endpointScheme());
        return registerCountry != null && registerCountry.equals(country(party)) ? party.endpointScheme() : null;
    }

    /** Whether the party has a VAT identifier. */
    public static boolean hasVatId(PartyView party) {
        return present(party.vatId());
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    static String blankToNull(String value) {
        return present(value) ? value.strip() : null;
    }
}
