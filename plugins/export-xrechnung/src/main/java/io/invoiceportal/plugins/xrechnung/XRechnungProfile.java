package io.invoiceportal.plugins.xrechnung;

import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugins.ubl.PeppolProfile;
import io.invoiceportal.plugins.ubl.Terms;
import io.invoiceportal.plugins.ubl.UblPayment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * XRechnung 3.0, the German CIUS of EN 16931, in UBL with the Peppol billing profile: the EN 16931
 * and electronic-address needs of {@link PeppolProfile} without Peppol's own national rules and
 * buyer-or-order reference, plus the BR-DE rules: the seller's city, post code and contact with
 * name, phone and e-mail, the buyer's city and post code, the buyer reference (the Leitweg-ID) and
 * payment instructions.
 */
public class XRechnungProfile extends PeppolProfile {

    public static final String CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0";

    /** Peppol rules that XRechnung does not have (it has BR-DE-15 instead of R003). */
    private static final Set<String> PEPPOL_ONLY = Set.of("PEPPOL-EN16931-R003", "NL-R-001", "NL-R-002",
            "NL-R-004", "NL-R-007", "NL-R-008", "DK-R-002");
    /** Card payments and direct debit need card or mandate data the portal does not keep (BR-DE-24, BR-DE-25). */
    private static final Set<String> CARD_OR_DEBIT = Set.of("48", "54", "55", "59");

    @Override
    public String customizationId() {
        return CUSTOMIZATION_ID;
    }

    @Override
    protected List<Gap> partyGaps(PartyView seller, PartyView buyer) {
        List<Gap> gaps = new ArrayList<>(super.partyGaps(seller, buyer));
        gaps.removeIf(gap -> PEPPOL_ONLY.contains(gap.rule()));
        PartyView.AddressView sellerAddress = seller.address();
        if (sellerAddress == null || blank(sellerAddress.city())) {
            gaps.add(new Gap(Terms.SELLER_CITY, "BR-DE-3"));
        }
        if (sellerAddress == null || blank(sellerAddress.postalCode())) {
            gaps.add(new Gap(Terms.SELLER_POSTCODE, "BR-DE-4"));
        }
        PartyView.Contact contact = seller.contact();
        if (contact == null || blank(contact.name())) {
            gaps.add(new Gap(Terms.SELLER_CONTACT, "BR-DE-5"));
        }
        if (contact == null || blank(contact.phone())) {
            gaps.add(new Gap(Terms.SELLER_PHONE, "BR-DE-6"));
        }
        if (contact == null || blank(contact.email())) {
            gaps.add(new Gap(Terms.SELLER_EMAIL, "BR-DE-7"));
        }
        PartyView.AddressView buyerAddress = buyer.address();
        if (buyerAddress == null || blank(buyerAddress.city())) {
            gaps.add(new Gap(Terms.BUYER_CITY, "BR-DE-8"));
        }
        if (buyerAddress == null || blank(buyerAddress.postalCode())) {
            gaps.add(new Gap(Terms.BUYER_POSTCODE, "BR-DE-9"));
        }
        return gaps;
    }

    @Override
    public List<Gap> missingFromInvoice(InvoiceView invoice) {
        List<Gap> gaps = new ArrayList<>(super.missingFromInvoice(invoice));
        gaps.removeIf(gap -> PEPPOL_ONLY.contains(gap.rule()));
        if (blank(invoice.buyerReference())) {
            gaps.add(new Gap(Terms.BUYER_REFERENCE, "BR-DE-15"));
        }
        UblPayment payment = UblPayment.of(invoice);
        if (payment == null) {
            gaps.add(new Gap(Terms.PAYMENT_MEANS, "BR-DE-1"));
        } else if (CARD_OR_DEBIT.contains(payment.meansCode())) {
            gaps.add(new Gap(Terms.PAYMENT_MEANS, payment.meansCode().equals("59") ? "BR-DE-25" : "BR-DE-24"));
        }
        return List.copyOf(new LinkedHashSet<>(gaps));
    }

    /**
     * Why XRechnung cannot carry the invoice at all, or {@code null}: "not subject to VAT" (O) needs a
     * breakdown without rate (EN 16931) and XRechnung a rate in every breakdown (BR-DE-14).
     */
    public String unsupported(InvoiceView invoice) {
        boolean notSubject = invoice.vatBreakdown().stream().anyMatch(vat -> "O".equals(vat.vatCategory()));
        return notSubject ? "XRechnung cannot carry an invoice not subject to VAT (category O): EN 16931 forbids a rate"
                + " in its VAT breakdown, XRechnung requires one (BR-DE-14)" : null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
