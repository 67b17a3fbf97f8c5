package io.invoiceportal.core.invoice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The e-invoicing terms in the canonical form an invoice's content hash is taken of. An invoice or
 * line without any of them has none, so its hash is the one it had before the terms existed.
 */
final class TermsCanonical {
    private TermsCanonical() {}

    /** The canonical form of the invoice's e-invoicing terms for its content hash; empty when it has none. */
    static Optional<Map<String, Object>> canonical(Invoice i) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (i.documentType() != DocumentType.INVOICE) {
            m.put("documentType", i.documentType().dbValue());
        }
        put(m, "precedingInvoice", i.precedingInvoice() == null ? null
                : List.of(i.precedingInvoice().number(), String.valueOf(i.precedingInvoice().issueDate())));
        put(m, "orderReference", i.orderReference());
        put(m, "contractReference", i.contractReference());
        put(m, "paymentTerms", i.paymentTerms());
        put(m, "deliveryDate", i.deliveryDate());
        put(m, "note", i.note());
        put(m, "allowances", i.allowances().isEmpty() ? null : i.allowances().stream().map(TermsCanonical::canonical).toList());
        put(m, "charges", i.charges().isEmpty() ? null : i.charges().stream().map(TermsCanonical::canonical).toList());
        put(m, "vatExemptions", i.vatExemptions().isEmpty() ? null : i.vatExemptions().stream()
                .map(e -> List.of(e.vatCategory(), String.valueOf(e.reason()), String.valueOf(e.reasonCode()))).toList());
        put(m, "prepaidAmount", i.amounts().prepaidAmount().signum() == 0 ? null
                : i.amounts().prepaidAmount().stripTrailingZeros().toPlainString());
        return m.isEmpty() ? Optional.empty() : Optional.of(m);
    }

    static Optional<Map<String, Object>> canonical(Invoice.Line l) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "note", l.note());
        put(m, "sellerItemId", l.sellerItemId());
        put(m, "standardItemId", l.standardItemId() == null ? null
                : List.of(l.standardItemId().scheme(), l.standardItemId().id()));
        put(m, "periodStart", l.periodStart());
        put(m, "periodEnd", l.periodEnd());
        return m.isEmpty() ? Optional.empty() : Optional.of(m);
    }

    private static List<String> canonical(Invoice.AllowanceCharge a) {
        return List.of(a.amount().stripTrailingZeros().toPlainString(), String.valueOf(a.reason()), String.valueOf(a.reasonCode()),
                a.vatCategory(), a.vatRate() == null ? "" : a.vatRate().stripTrailingZeros().toPlainString());
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value instanceof List ? value : value.toString());
        }
    }
}
