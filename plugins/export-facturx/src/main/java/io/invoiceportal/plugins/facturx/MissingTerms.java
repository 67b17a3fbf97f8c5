package io.invoiceportal.plugins.facturx;

import static io.invoiceportal.plugins.facturx.CiiParties.present;

import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What EN 16931 requires of a Factur-X invoice that the portal's data may lack, as business terms
 * ("BT-31 Seller VAT identifier"). {@link #ofParties} is the customer's readiness (true for every
 * invoice but the not-subject-to-VAT ones); {@link #ofInvoice} is checked before every export, so
 * that no file is written that the EN 16931 rules would refuse.
 */
final class MissingTerms {
    static final String SELLER_COUNTRY = "BT-40 Seller country code";
    static final String BUYER_COUNTRY = "BT-55 Buyer country code";
    static final String SELLER_VAT_ID = "BT-31 Seller VAT identifier";
    static final String SELLER_ID = "BT-29 Seller identifier";
    static final String BUYER_VAT_ID = "BT-48 Buyer VAT identifier";
    static final String DELIVERY_DATE = "BT-72 Actual delivery date";
    static final String EXEMPTION_REASON = "BT-120 VAT exemption reason text";
    static final String DUE_DATE = "BT-9 Payment due date";
    static final String ACCOUNT = "BT-84 Payment account identifier";

    /** ISO 3166-1 alpha-2 codes with EL (Greece), XI (Northern Ireland) and 1A (Kosovo): a VAT identifier's prefix (BR-CO-09). */
    private static final Set<String> VAT_PREFIXES = vatPrefixes();

    /** Payment means that are credit transfers: they need the account to pay to (BR-61). */
    private static final Set<String> CREDIT_TRANSFER = Set.of("30", "58");

    private MissingTerms() {}

    /**
     * The seller's country (BR-09) and VAT identifier (BR-CO-26, BR-S-02 …), the buyer's country
     * (BR-11); a VAT identifier without its country prefix counts as missing (BR-CO-09).
     */
    static List<String> ofParties(PartyView seller, PartyView buyer) {
        List<String> missing = new ArrayList<>();
        if (!hasCountry(seller)) {
            missing.add(SELLER_COUNTRY);
        }
        if (!hasVatId(seller)) {
            missing.add(SELLER_VAT_ID);
        }
        if (!hasCountry(buyer)) {
            missing.add(BUYER_COUNTRY);
        }
        if (present(buyer.vatId()) && !hasVatId(buyer)) {
            missing.add(BUYER_VAT_ID);
        }
        return missing;
    }

    /** Everything this invoice needs and lacks; empty when its Factur-X file can be written. */
    static List<String> ofInvoice(InvoiceView invoice) {
        PartyView seller = invoice.seller();
        PartyView buyer = invoice.buyer().party();
        Set<String> categories = categories(invoice);
        List<String> missing = new ArrayList<>();
        if (!hasCountry(seller)) {
            missing.add(SELLER_COUNTRY);
        }
        if (!hasCountry(buyer)) {
            missing.add(BUYER_COUNTRY);
        }
        boolean subjectToVat = categories.stream().anyMatch(category -> !Vat.NOT_SUBJECT.equals(category));
        if (subjectToVat && !hasVatId(seller)) {
            missing.add(SELLER_VAT_ID);
        }
        if (categories.contains(Vat.NOT_SUBJECT) && !hasIsoIdentifier(seller)) {
            missing.add(SELLER_ID);
        }
        boolean buyerVatNeeded = categories.stream().anyMatch(Vat.BUYER_VAT_REQUIRED::contains);
        if ((buyerVatNeeded || subjectToVat && present(buyer.vatId())) && !hasVatId(buyer)) {
            missing.add(BUYER_VAT_ID);
        }
        if (categories.contains(Vat.INTRA_COMMUNITY) && invoice.deliveryDate() == null) {
            missing.add(DELIVERY_DATE);
        }
        if (invoice.vatBreakdown().stream().anyMatch(vat -> Vat.EXEMPT.contains(vat.vatCategory())
                && !present(vat.exemptionReason()) && !present(vat.exemptionReasonCode()))) {
            missing.add(EXEMPTION_REASON);
        }
        if (invoice.totals().payable().signum() > 0 && invoice.dueDate() == null && !present(invoice.paymentTerms())) {
            missing.add(DUE_DATE);
        }
        String code = meansCode(invoice);
        if (code != null && CREDIT_TRANSFER.contains(code) && iban(invoice) == null) {
            missing.add(ACCOUNT);
        }
        return missing;
    }

    /** Every VAT category the invoice uses: lines, breakdown, allowances and charges. */
    static Set<String> categories(InvoiceView invoice) {
        Set<String> categories = new LinkedHashSet<>();
        invoice.lines().forEach(line -> categories.add(line.vatCategory()));
        invoice.vatBreakdown().forEach(vat -> categories.add(vat.vatCategory()));
        invoice.allowances().forEach(allowance -> categories.add(allowance.vatCategory()));
        invoice.charges().forEach(charge -> categories.add(charge.vatCategory()));
        return categories;
    }

    /** BT-81: the given code, else credit transfer (30) when there is an account to pay to, else none. */
    static String meansCode(InvoiceView invoice) {
        InvoiceView.Payment payment = invoice.payment();
        if (payment != null && present(payment.meansCode())) {
            return payment.meansCode().strip();
        }
        return iban(invoice) == null ? null : "30";
    }

    /** BT-84: the payment's IBAN, else the seller's (as the PDF prints it), else {@code null}. */
    static String iban(InvoiceView invoice) {
        InvoiceView.Payment payment = invoice.payment();
        if (payment != null && present(payment.iban())) {
            return payment.iban();
        }
        return present(invoice.seller().iban()) ? invoice.seller().iban() : null;
    }

    /** A VAT identifier that starts with its country's code (BR-CO-09). */
    private static boolean hasVatId(PartyView party) {
        String vatId = party.vatId();
        return present(vatId) && vatId.strip().length() > 2 && VAT_PREFIXES.contains(vatId.strip().substring(0, 2));
    }

    private static Set<String> vatPrefixes() {
        Set<String> prefixes = new HashSet<>(Set.of(Locale.getISOCountries()));
        prefixes.addAll(List.of("EL", "XI", "1A"));
        return Set.copyOf(prefixes);
    }

    private static boolean hasCountry(PartyView party) {
        return party.address() != null && present(party.address().countryCode());
    }

    /** An electronic address in an ISO 6523 ICD scheme (0002 … 0240) can serve as the seller identifier. */
    private static boolean hasIsoIdentifier(PartyView party) {
        return present(party.endpointId()) && party.endpointScheme() != null
                && party.endpointScheme().matches("0\\d{3}");
    }
}
