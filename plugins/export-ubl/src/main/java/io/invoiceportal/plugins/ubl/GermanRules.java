package io.invoiceportal.plugins.ubl;

import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import java.util.List;

/**
 * The German rules: XRechnung's BR-DE rules, which Peppol BIS Billing 3.0 applies as DE-R rules
 * when seller and buyer are both in Germany (same numbers: BR-DE-5 is DE-R-005).
 */
public final class GermanRules {

    private GermanRules() {}

    /** Whether Peppol's DE-R rules apply: seller and buyer in Germany. */
    static boolean bothGerman(PartyView seller, PartyView buyer) {
        return "DE".equals(Parties.country(seller)) && "DE".equals(Parties.country(buyer));
    }

    /** Adds the parties' gaps: seller city, post code and contact (BR-DE-2 to 7), buyer city and post code (8, 9). */
    public static void partyGaps(PartyView seller, PartyView buyer, boolean xrechnung, List<UblProfile.Gap> gaps) {
        PartyView.AddressView sellerAddress = seller.address();
        if (sellerAddress == null || !Parties.present(sellerAddress.city())) {
            gaps.add(new UblProfile.Gap(Terms.SELLER_CITY, rule(3, xrechnung)));
        }
        if (sellerAddress == null || !Parties.present(sellerAddress.postalCode())) {
            gaps.add(new UblProfile.Gap(Terms.SELLER_POSTCODE, rule(4, xrechnung)));
        }
        PartyView.Contact contact = seller.contact();
        if (contact == null || !Parties.present(contact.name())) {
            gaps.add(new UblProfile.Gap(Terms.SELLER_CONTACT, rule(5, xrechnung)));
        }
        if (contact == null || !Parties.present(contact.phone())) {
            gaps.add(new UblProfile.Gap(Terms.SELLER_PHONE, rule(6, xrechnung)));
        }
        if (contact == null || !Parties.present(contact.email())) {
            gaps.add(new UblProfile.Gap(Terms.SELLER_EMAIL, rule(7, xrechnung)));
        }
        PartyView.AddressView buyerAddress = buyer.address();
        if (buyerAddress == null || !Parties.present(buyerAddress.city())) {
            gaps.add(new UblProfile.Gap(Terms.BUYER_CITY, rule(8, xrechnung)));
        }
        if (buyerAddress == null || !Parties.present(buyerAddress.postalCode())) {
            gaps.add(new UblProfile.Gap(Terms.BUYER_POSTCODE, rule(9, xrechnung)));
        }
    }

    /** Adds the invoice's gaps: payment instructions (BR-DE-1) and buyer reference, the Leitweg-ID (BR-DE-15). */
    public static void invoiceGaps(InvoiceView invoice, boolean xrechnung, List<UblProfile.Gap> gaps) {
        if (UblPayment.of(invoice) == null) {
            gaps.add(new UblProfile.Gap(Terms.PAYMENT_MEANS, rule(1, xrechnung)));
        }
        if (!Parties.present(invoice.buyerReference())) {
            gaps.add(new UblProfile.Gap(Terms.BUYER_REFERENCE, rule(15, xrechnung)));
        }
    }

    /**
     * Why the German rules cannot carry the invoice, or {@code null}: "not subject to VAT" (O) needs a
     * VAT breakdown without rate (EN 16931) and the German rules a rate in every one (BR-DE-14).
     */
    public static String unsupported(InvoiceView invoice, boolean xrechnung) {
        boolean notSubject = invoice.vatBreakdown().stream().anyMatch(vat -> "O".equals(vat.vatCategory()));
        return notSubject ? "an invoice not subject to VAT (category O) cannot follow the German rules: EN 16931"
                + " forbids a rate in its VAT breakdown, " + rule(14, xrechnung) + " requires one" : null;
    }

    private static String rule(int number, boolean xrechnung) {
        return xrechnung ? "BR-DE-" + number : String.format("DE-R-%03d", number);
    }
}
