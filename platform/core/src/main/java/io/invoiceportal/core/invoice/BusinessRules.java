package io.invoiceportal.core.invoice;

import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.tenant.Tenant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The EN 16931 business rules between the fields of a checked invoice (docs/invoice-model.md,
 * "Business rules"); each error names the official rule id. They run once every field is valid.
 */
final class BusinessRules {
    private static final Map<String, String> PREFIX = Map.of(
            "S", "BR-S-", "Z", "BR-Z-", "E", "BR-E-", "AE", "BR-AE-", "K", "BR-IC-", "G", "BR-G-", "O", "BR-O-");
    private static final Set<String> CREDIT_TRANSFER = Set.of("30", "58");

    private BusinessRules() {}

    /** The start of the rule ids of a VAT category: {@code BR-IC-} for K, {@code BR-AE-} for AE. */
    static String rulePrefix(String category) {
        return PREFIX.get(category);
    }

    /** The rule that asks an exemption reason (BT-120) or code (BT-121) for this VAT category. */
    static String exemptionRule(String category) {
        return "S".equals(category) || "Z".equals(category) ? null : rulePrefix(category) + "10";
    }

    /** Adds an error for every rule {@code i} breaks on its own. */
    static void check(Checks c, Invoice i) {
        List<String> used = i.amounts().vatBreakdown().stream().map(Invoice.VatBreakdown::vatCategory).toList();
        for (Invoice.VatBreakdown v : i.amounts().vatBreakdown()) {
            String rule = exemptionRule(v.vatCategory());
            if (rule != null && v.exemptionReason() == null && v.exemptionReasonCode() == null) {
                c.rule(rule, "vatExemptions", MessageKey.EXEMPTION_REQUIRED, v.vatCategory());
            }
        }
        if (used.contains("O") && used.size() > 1) {
            notSubjectOnly(c, i);
        }
        if (used.contains("K") && i.deliveryDate() == null) {
            c.rule("BR-IC-11", "deliveryDate", MessageKey.FIELD_REQUIRED);
        }
        if (i.amounts().payable().signum() > 0 && i.dueDate() == null && i.paymentTerms() == null) {
            c.rule("BR-CO-25", "dueDate", MessageKey.DUE_DATE_OR_TERMS_REQUIRED);
        }
        if (i.amounts().payable().signum() < 0) {
            c.add("prepaidAmount", MessageKey.PAYABLE_NEGATIVE);
        }
    }

    /** BR-O-11..14: an invoice with category O (not subject to VAT) has no other category. */
    private static void notSubjectOnly(Checks c, Invoice i) {
        for (int n = 0; n < i.lines().size(); n++) {
            if (!"O".equals(i.lines().get(n).vatCategory())) {
                c.rule("BR-O-12", "lines[" + n + "].vatCategory", MessageKey.NOT_SUBJECT_TO_VAT_ONLY);
            }
        }
        notSubjectOnly(c, "allowances", "BR-O-13", i.allowances());
        notSubjectOnly(c, "charges", "BR-O-14", i.charges());
    }

    private static void notSubjectOnly(Checks c, String field, String rule, List<Invoice.AllowanceCharge> list) {
        for (int n = 0; n < list.size(); n++) {
            if (!"O".equals(list.get(n).vatCategory())) {
                c.rule(rule, field + "[" + n + "].vatCategory", MessageKey.NOT_SUBJECT_TO_VAT_ONLY);
            }
        }
    }

    /**
     * The rules about the parties: a credit transfer needs an account, the invoice's or else the
     * seller's IBAN (BR-61); reverse charge (BR-AE-02..04) and intra-community supply (BR-IC-02..04)
     * need the buyer's VAT id, the buyer being the customer.
     */
    static void checkParties(Checks c, Invoice i, Tenant seller, Customer buyer) {
        if (i.paymentMeansCode() != null && CREDIT_TRANSFER.contains(i.paymentMeansCode()) && i.paymentIban() == null
                && seller.seller().iban() == null) {
            c.rule("BR-61", "payment.iban", MessageKey.FIELD_REQUIRED);
        }
        if (buyer.vatId() != null && !buyer.vatId().isBlank()) {
            return;
        }
        for (String category : List.of("AE", "K")) {
            String rule = buyerRule(i, category);
            if (rule != null) {
                c.rule(rule, "customerNumber", MessageKey.BUYER_VAT_ID_REQUIRED, category);
            }
        }
    }

    private static String buyerRule(Invoice i, String category) {
        String prefix = rulePrefix(category);
        if (i.lines().stream().anyMatch(l -> category.equals(l.vatCategory()))) {
            return prefix + "02";
        }
        if (i.allowances().stream().anyMatch(a -> category.equals(a.vatCategory()))) {
            return prefix + "03";
        }
        return i.charges().stream().anyMatch(a -> category.equals(a.vatCategory())) ? prefix + "04" : null;
    }
}
