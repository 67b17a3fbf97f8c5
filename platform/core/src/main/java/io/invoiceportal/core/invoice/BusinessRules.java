package io.invoiceportal.core.invoice;

import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.MessageKey;
import java.util.Map;

/**
 * The EN 16931 business rules between the fields of a checked invoice; each error names the
 * official rule id (docs/invoice-model.md, "Business rules").
 */
final class BusinessRules {
    private static final Map<String, String> EXEMPTION_RULES = Map.of(
            "E", "BR-E-10", "AE", "BR-AE-10", "K", "BR-IC-10", "G", "BR-G-10", "O", "BR-O-10");

    private BusinessRules() {}

    /** The rule that asks an exemption reason (BT-120) or code (BT-121) for this VAT category. */
    static String exemptionRule(String category) {
        return EXEMPTION_RULES.get(category);
    }

    /** Adds an error for every rule {@code invoice} breaks. */
    static void check(Checks c, Invoice invoice) {
        for (Invoice.VatBreakdown v : invoice.amounts().vatBreakdown()) {
            String rule = exemptionRule(v.vatCategory());
            if (rule != null && v.exemptionReason() == null && v.exemptionReasonCode() == null) {
                c.rule(rule, "vatExemptions", MessageKey.EXEMPTION_REQUIRED, v.vatCategory());
            }
        }
    }
}
