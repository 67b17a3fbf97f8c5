package io.invoiceportal.plugins.ubl;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Peppol BIS Billing 3.0: the EN 16931 rules plus Peppol's own (electronic addresses, a buyer or
 * order reference) and the national rules: Dutch (NL-R-*) for a Dutch seller, German (DE-R-*, see
 * {@link GermanRules}) between German parties, Danish legal id (DK-R-002).
 */
public class PeppolProfile implements UblProfile {

    public static final String CUSTOMIZATION_ID =
            "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    public static final String PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

    /** Codes of credit transfer, which needs the payee's account (BR-61). */
    static final Set<String> CREDIT_TRANSFER = Set.of("30", "58");
    /** Codes of direct debit, which needs a mandate reference the portal does not keep (PEPPOL-EN16931-R061). */
    static final Set<String> DIRECT_DEBIT = Set.of("49", "59");
    private static final Set<String> DUTCH_MEANS = Set.of("30", "48", "49", "57", "58", "59");
    private static final Set<String> SELLER_NEEDS_VAT_ID = Set.of("S", "Z", "E", "AE", "K", "G");
    private static final Pattern VAT_PREFIX = Pattern.compile("[A-Z]{2}");

    @Override
    public String customizationId() {
        return CUSTOMIZATION_ID;
    }

    @Override
    public String profileId() {
        return PROFILE_ID;
    }

    @Override
    public List<String> missingFromParties(PartyView seller, CustomerView buyer) {
        return partyGaps(seller, buyer.party()).stream().map(Gap::term).distinct().toList();
    }

    /** The parties' gaps with their rules; subclasses add their own. */
    protected List<Gap> partyGaps(PartyView seller, PartyView buyer) {
        List<Gap> gaps = new ArrayList<>();
        if (!Parties.hasEndpoint(seller)) {
            gaps.add(new Gap(Terms.SELLER_ENDPOINT, "PEPPOL-EN16931-R020"));
        } else {
            endpointGaps(seller, Terms.SELLER_ENDPOINT, gaps);
        }
        if (Parties.country(seller) == null) {
            gaps.add(new Gap(Terms.SELLER_COUNTRY, "BR-09"));
        }
        if (!Parties.hasVatId(seller) && Parties.legalIdScheme(seller) == null) {
            gaps.add(new Gap(Terms.SELLER_VAT_ID, "BR-CO-26"));
        }
        if ("DK".equals(Parties.country(seller)) && Parties.legalIdScheme(seller) == null) {
            gaps.add(new Gap(Terms.SELLER_LEGAL_ID, "DK-R-002"));
        }
        if (!Parties.hasEndpoint(buyer)) {
            gaps.add(new Gap(Terms.BUYER_ENDPOINT, "PEPPOL-EN16931-R010"));
        } else {
            endpointGaps(buyer, Terms.BUYER_ENDPOINT, gaps);
        }
        vatIdGap(seller, Terms.SELLER_VAT_ID, gaps);
        vatIdGap(buyer, Terms.BUYER_VAT_ID, gaps);
        if (Parties.country(buyer) == null) {
            gaps.add(new Gap(Terms.BUYER_COUNTRY, "BR-11"));
        }
        if (GermanRules.bothGerman(seller, buyer)) {
            GermanRules.partyGaps(seller, buyer, false, gaps);
        }
        if (dutchSeller(seller)) {
            addressGaps(seller, Terms.SELLER_STREET, Terms.SELLER_CITY, Terms.SELLER_POSTCODE, "NL-R-002", gaps);
            if ("NL".equals(Parties.country(buyer))) {
                addressGaps(buyer, Terms.BUYER_STREET, Terms.BUYER_CITY, Terms.BUYER_POSTCODE, "NL-R-004", gaps);
            }
        }
        return gaps;
    }

    @Override
    public List<Gap> missingFromInvoice(InvoiceView invoice) {
        List<Gap> gaps = new ArrayList<>(partyGaps(invoice.seller(), invoice.buyer().party()));
        if (!Parties.present(invoice.buyerReference()) && !Parties.present(invoice.orderReference())) {
            gaps.add(new Gap(Terms.BUYER_REFERENCE, "PEPPOL-EN16931-R003"));
        }
        vatGaps(invoice, gaps);
        paymentGaps(invoice, gaps);
        if (GermanRules.bothGerman(invoice.seller(), invoice.buyer().party())) {
            GermanRules.invoiceGaps(invoice, false, gaps);
        }
        if (dutchSeller(invoice.seller()) && invoice.documentType() == InvoiceView.DocumentType.CREDIT_NOTE
                && invoice.precedingInvoice() == null) {
            gaps.add(new Gap(Terms.PRECEDING_INVOICE, "NL-R-001"));
        }
        return List.copyOf(new LinkedHashSet<>(gaps));
    }

    /** An invoice not subject to VAT between German parties (DE-R-014). */
    @Override
    public String unsupported(InvoiceView invoice) {
        return GermanRules.bothGerman(invoice.seller(), invoice.buyer().party())
                ? GermanRules.unsupported(invoice, false) : null;
    }

    private static void vatGaps(InvoiceView invoice, List<Gap> gaps) {
        Set<String> categories = UblTax.categories(invoice);
        PartyView seller = invoice.seller();
        PartyView buyer = invoice.buyer().party();
        for (String category : categories) {
            if (SELLER_NEEDS_VAT_ID.contains(category) && !Parties.hasVatId(seller)) {
                gaps.add(new Gap(Terms.SELLER_VAT_ID, "BR-" + ("K".equals(category) ? "IC" : category) + "-02"));
            }
        }
        if (categories.contains("AE") && !Parties.hasVatId(buyer) && Parties.legalIdScheme(buyer) == null) {
            gaps.add(new Gap(Terms.BUYER_VAT_ID, "BR-AE-02"));
        }
        if (categories.contains("K")) {
            if (!Parties.hasVatId(buyer)) {
                gaps.add(new Gap(Terms.BUYER_VAT_ID, "BR-IC-02"));
            }
            if (invoice.deliveryDate() == null) {
                gaps.add(new Gap(Terms.DELIVERY_DATE, "BR-IC-11"));
            }
        }
        if (categories.contains("O") && Parties.legalIdScheme(seller) == null) {
            // BR-O-02 keeps the VAT id out of the document, so BR-CO-26 needs the legal registration id
            gaps.add(new Gap(Terms.SELLER_LEGAL_ID, "BR-CO-26"));
        }
        if (categories.contains("E") && !UblTax.hasExemption(invoice, "E")) {
            gaps.add(new Gap(Terms.EXEMPTION_REASON, "BR-E-10"));
        }
    }

    private static void paymentGaps(InvoiceView invoice, List<Gap> gaps) {
        boolean positive = invoice.totals().payable().signum() > 0;
        UblPayment payment = UblPayment.of(invoice);
        boolean dueDateWritten = invoice.dueDate() != null
                && (invoice.documentType() == InvoiceView.DocumentType.INVOICE || payment != null);
        if (positive && !dueDateWritten && !Parties.present(invoice.paymentTerms())) {
            gaps.add(new Gap(Terms.PAYMENT_TERMS, "BR-CO-25"));
        }
        if (payment != null && CREDIT_TRANSFER.contains(payment.meansCode()) && payment.iban() == null) {
            gaps.add(new Gap(Terms.PAYMENT_ACCOUNT, "BR-61"));
        }
        if (payment != null && DIRECT_DEBIT.contains(payment.meansCode())) {
            gaps.add(new Gap(Terms.MANDATE_REFERENCE, "PEPPOL-EN16931-R061"));
        }
        if (dutchSeller(invoice.seller())) {
            boolean invoiceToPay = invoice.documentType() == InvoiceView.DocumentType.INVOICE && positive;
            if (payment == null && invoiceToPay) {
                gaps.add(new Gap(Terms.PAYMENT_MEANS, "NL-R-007"));
            }
            if (payment != null && "NL".equals(Parties.country(invoice.buyer().party()))
                    && !DUTCH_MEANS.contains(payment.meansCode())) {
                gaps.add(new Gap(Terms.PAYMENT_MEANS, "NL-R-008"));
            }
        }
    }

    /** A scheme outside Peppol's list, or an identifier its scheme's format rule refuses. */
    private static void endpointGaps(PartyView party, String term, List<Gap> gaps) {
        String scheme = party.endpointScheme().strip();
        String malformed = PeppolCodes.malformed(scheme, party.endpointId().strip());
        if (!PeppolCodes.EAS.contains(scheme)) {
            gaps.add(new Gap(term, "PEPPOL-EN16931-CL008"));
        } else if (malformed != null) {
            gaps.add(new Gap(term, malformed));
        }
    }

    /** A VAT identifier without its ISO 3166 country prefix (BR-CO-09). */
    private static void vatIdGap(PartyView party, String term, List<Gap> gaps) {
        if (Parties.hasVatId(party) && !VAT_PREFIX.matcher(party.vatId().strip()).lookingAt()) {
            gaps.add(new Gap(term, "BR-CO-09"));
        }
    }

    private static boolean dutchSeller(PartyView seller) {
        return "NL".equals(Parties.country(seller));
    }

    private static void addressGaps(PartyView party, String street, String city, String postcode, String rule,
            List<Gap> gaps) {
        PartyView.AddressView address = party.address();
        if (address == null || !Parties.present(address.street())) {
            gaps.add(new Gap(street, rule));
        }
        if (address == null || !Parties.present(address.city())) {
            gaps.add(new Gap(city, rule));
        }
        if (address == null || !Parties.present(address.postalCode())) {
            gaps.add(new Gap(postcode, rule));
        }
    }
}
