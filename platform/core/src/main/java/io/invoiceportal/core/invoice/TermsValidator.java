package io.invoiceportal.core.invoice;

import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.MessageKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Field checks of the EN 16931 terms of an {@link InvoiceRequest} (docs/invoice-model.md, "E-invoicing
 * terms"): lengths, dates, decimals and codes. The rules between fields are {@link BusinessRules}.
 */
final class TermsValidator {
    static final List<String> EXEMPT_CATEGORIES = List.of("E", "AE", "K", "G", "O");
    static final int MAX_ADJUSTMENTS = 100;
    /** VATEX codes that belong to one VAT category, with the Peppol rule that says so. */
    private static final Map<String, Owner> VATEX_CATEGORY = Map.of(
            "VATEX-EU-G", new Owner("G", "PEPPOL-EN16931-P0104"), "VATEX-EU-O", new Owner("O", "PEPPOL-EN16931-P0105"),
            "VATEX-EU-IC", new Owner("K", "PEPPOL-EN16931-P0106"), "VATEX-EU-AE", new Owner("AE", "PEPPOL-EN16931-P0107"),
            "VATEX-EU-D", new Owner("E", "PEPPOL-EN16931-P0108"), "VATEX-EU-F", new Owner("E", "PEPPOL-EN16931-P0109"),
            "VATEX-EU-I", new Owner("E", "PEPPOL-EN16931-P0110"), "VATEX-EU-J", new Owner("E", "PEPPOL-EN16931-P0111"));

    private record Owner(String category, String rule) {}

    private TermsValidator() {}

    record Terms(DocumentType documentType, Invoice.PrecedingInvoice preceding, String orderReference,
            String contractReference, String paymentTerms, LocalDate deliveryDate, String note,
            List<Invoice.VatExemption> exemptions, List<Invoice.AllowanceCharge> allowances,
            List<Invoice.AllowanceCharge> charges, BigDecimal prepaid) {}

    record LineTerms(String note, String sellerItemId, Invoice.ItemId standardItemId, LocalDate periodStart,
            LocalDate periodEnd) {}

    static Terms check(Checks c, InvoiceRequest r) {
        DocumentType type = DocumentType.INVOICE;
        if (r.documentType() != null) {
            type = switch (r.documentType().strip()) {
                case "invoice" -> DocumentType.INVOICE;
                case "credit-note" -> DocumentType.CREDIT_NOTE;
                default -> {
                    c.add("documentType", MessageKey.DOCUMENT_TYPE_INVALID);
                    yield null;
                }
            };
        }
        Invoice.PrecedingInvoice preceding = null;
        if (r.precedingInvoice() != null) {
            String number = r.precedingInvoice().number() == null || r.precedingInvoice().number().isBlank() ? null
                    : c.optional("precedingInvoice.number", r.precedingInvoice().number(), 100);
            if (r.precedingInvoice().number() == null || r.precedingInvoice().number().isBlank()) {
                c.rule("BR-55", "precedingInvoice.number", MessageKey.FIELD_REQUIRED);
            }
            LocalDate date = c.date("precedingInvoice.issueDate", r.precedingInvoice().issueDate(), false);
            preceding = number == null ? null : new Invoice.PrecedingInvoice(number, date);
        }
        BigDecimal prepaid = c.decimal("prepaidAmount", r.prepaidAmount(), false, 2);
        if (prepaid != null && prepaid.signum() < 0) {
            c.add("prepaidAmount", MessageKey.AMOUNT_NEGATIVE);
        }
        return new Terms(type, preceding,
                c.optional("orderReference", r.orderReference(), 200),
                c.optional("contractReference", r.contractReference(), 200),
                c.optional("paymentTerms", r.paymentTerms(), 1000),
                c.date("deliveryDate", r.deliveryDate(), false),
                c.optional("note", r.note(), 5000),
                exemptions(c, r.vatExemptions()),
                adjustments(c, "allowances", r.allowances(), CodeLists.ALLOWANCE_REASONS, "BR-CL-19"),
                adjustments(c, "charges", r.charges(), CodeLists.CHARGE_REASONS, "BR-CL-20"),
                prepaid);
    }

    static LineTerms line(Checks c, String p, InvoiceRequest.LineInput l) {
        Invoice.ItemId standard = null;
        if (l.standardItemId() != null) {
            String scheme = c.required(p + ".standardItemId.scheme", l.standardItemId().scheme(), 4);
            if (scheme != null && !CodeLists.ITEM_SCHEMES.contains(scheme)) {
                c.rule("BR-CL-21", p + ".standardItemId.scheme", MessageKey.ITEM_SCHEME_INVALID);
                scheme = null;
            }
            String id = c.required(p + ".standardItemId.id", l.standardItemId().id(), 100);
            standard = scheme == null || id == null ? null : new Invoice.ItemId(scheme, id);
        }
        LocalDate start = null;
        LocalDate end = null;
        if (l.period() != null) {
            start = c.date(p + ".period.start", l.period().start(), false);
            end = c.date(p + ".period.end", l.period().end(), false);
            if (l.period().start() == null && l.period().end() == null) {
                c.rule("BR-CO-20", p + ".period", MessageKey.FIELD_REQUIRED);
            }
            if (start != null && end != null && end.isBefore(start)) {
                c.rule("BR-30", p + ".period.end", MessageKey.PERIOD_END_BEFORE_START);
            }
        }
        return new LineTerms(c.optional(p + ".note", l.note(), 1000), c.optional(p + ".sellerItemId",
                l.sellerItemId(), 100), standard, start, end);
    }

    private static List<Invoice.VatExemption> exemptions(Checks c, List<InvoiceRequest.ExemptionInput> input) {
        List<Invoice.VatExemption> exemptions = new ArrayList<>();
        if (input == null) {
            return exemptions;
        }
        if (input.size() > EXEMPT_CATEGORIES.size()) {
            c.add("vatExemptions", MessageKey.LIST_TOO_LONG, String.valueOf(EXEMPT_CATEGORIES.size()));
            return exemptions;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            String p = "vatExemptions[" + i + "]";
            InvoiceRequest.ExemptionInput e = input.get(i);
            if (e == null) {
                c.add(p, MessageKey.FIELD_REQUIRED);
                continue;
            }
            String category = c.required(p + ".vatCategory", e.vatCategory(), 2);
            if (category != null && !EXEMPT_CATEGORIES.contains(category)) {
                String categories = String.join(", ", EXEMPT_CATEGORIES);
                if ("S".equals(category) || "Z".equals(category)) {
                    c.rule("BR-" + category + "-10", p + ".vatCategory", MessageKey.EXEMPTION_CATEGORY_INVALID,
                            categories);
                } else {
                    c.add(p + ".vatCategory", MessageKey.EXEMPTION_CATEGORY_INVALID, categories);
                }
                category = null;
            } else if (category != null && !seen.add(category)) {
                c.add(p + ".vatCategory", MessageKey.EXEMPTION_DUPLICATE, category);
                category = null;
            }
            String reason = c.optional(p + ".reason", e.reason(), 1000);
            String code = c.optional(p + ".reasonCode", e.reasonCode(), 50);
            code = code == null ? null : code.toUpperCase(Locale.ROOT);
            if (code != null && !CodeLists.VATEX.contains(code)) {
                c.rule("BR-CL-22", p + ".reasonCode", MessageKey.VATEX_CODE_INVALID);
                code = null;
            } else if (code != null && category != null && VATEX_CATEGORY.containsKey(code)
                    && !VATEX_CATEGORY.get(code).category().equals(category)) {
                c.rule(VATEX_CATEGORY.get(code).rule(), p + ".reasonCode", MessageKey.VATEX_CODE_CATEGORY,
                        VATEX_CATEGORY.get(code).category());
            }
            if (category != null && e.reason() == null && e.reasonCode() == null) {
                c.rule(BusinessRules.exemptionRule(category), p, MessageKey.REASON_OR_CODE_REQUIRED);
            }
            if (category != null) {
                exemptions.add(new Invoice.VatExemption(category, reason, code));
            }
        }
        return exemptions;
    }

    private static List<Invoice.AllowanceCharge> adjustments(Checks c, String field,
            List<InvoiceRequest.AllowanceChargeInput> input, Set<String> codes, String codeRule) {
        List<Invoice.AllowanceCharge> result = new ArrayList<>();
        if (input == null) {
            return result;
        }
        if (input.size() > MAX_ADJUSTMENTS) {
            c.add(field, MessageKey.LIST_TOO_LONG, String.valueOf(MAX_ADJUSTMENTS));
            return result;
        }
        for (int i = 0; i < input.size(); i++) {
            String p = field + "[" + i + "]";
            InvoiceRequest.AllowanceChargeInput a = input.get(i);
            if (a == null) {
                c.add(p, MessageKey.FIELD_REQUIRED);
                continue;
            }
            BigDecimal amount = c.decimal(p + ".amount", a.amount(), true, 2);
            if (amount != null && amount.signum() < 0) {
                c.add(p + ".amount", MessageKey.AMOUNT_NEGATIVE);
                amount = null;
            }
            String reason = c.optional(p + ".reason", a.reason(), 1000);
            String code = c.optional(p + ".reasonCode", a.reasonCode(), 3);
            if (code != null && !codes.contains(code)) {
                c.rule(codeRule, p + ".reasonCode", MessageKey.REASON_CODE_INVALID);
                code = null;
            }
            if (a.reason() == null && a.reasonCode() == null) {
                c.rule("allowances".equals(field) ? "BR-33" : "BR-38", p, MessageKey.REASON_OR_CODE_REQUIRED);
            }
            String category = InvoiceValidator.vatCategory(c, p, a.vatCategory());
            BigDecimal rate = InvoiceValidator.vatRate(c, p, category, a.vatRate(),
                    "allowances".equals(field) ? "06" : "07");
            if (amount != null && category != null) {
                result.add(new Invoice.AllowanceCharge(amount, reason, code, category, rate));
            }
        }
        return result;
    }
}
