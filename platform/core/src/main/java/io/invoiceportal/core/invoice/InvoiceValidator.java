package io.invoiceportal.core.invoice;

import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.Hashes;
import io.invoiceportal.core.common.MessageKey;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks an {@link InvoiceRequest} field by field and turns it into an {@link Invoice}. */
final class InvoiceValidator {
    static final Pattern NUMBER = Pattern.compile("^[A-Za-z0-9._-]{1,50}$");
    static final int MAX_LINES = 1000;
    static final int MAX_PDF_BYTES = 10 * 1024 * 1024;
    static final Set<String> VAT_CATEGORIES = Set.of("S", "Z", "E", "AE", "K", "G", "O");
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    private static final Pattern UNIT = Pattern.compile("^[A-Z0-9]{1,3}$");
    private static final Pattern MEANS = Pattern.compile("^[0-9]{1,3}$");

    private InvoiceValidator() {}

    /** The checked invoice, the canonical form its content hash is taken of, and the PDF bytes. */
    record Checked(String customerNumber, Invoice invoice, Object canonical, byte[] pdf) {}

    static Checked check(InvoiceRequest r) {
        Checks c = new Checks();
        if (r == null) {
            c.add("body", MessageKey.FIELD_REQUIRED).throwIfAny();
        }
        String number = c.matching("invoiceNumber", c.required("invoiceNumber", r.invoiceNumber(), 50), NUMBER,
                MessageKey.NUMBER_FORMAT);
        String customerNumber = c.required("customerNumber", r.customerNumber(), 50);
        LocalDate issueDate = c.date("issueDate", r.issueDate(), true);
        LocalDate dueDate = c.date("dueDate", r.dueDate(), false);
        if (issueDate != null && dueDate != null && dueDate.isBefore(issueDate)) {
            c.add("dueDate", MessageKey.DUE_DATE_BEFORE_ISSUE_DATE);
        }
        String currency = c.required("currency", r.currency(), 3);
        if (currency != null && (!CURRENCY.matcher(currency).matches() || !isCurrency(currency))) {
            c.add("currency", MessageKey.CURRENCY_INVALID);
        }
        String category = c.optional("category", r.category(), 100);
        String description = c.optional("description", r.description(), 1000);
        String buyerReference = c.optional("buyerReference", r.buyerReference(), 100);
        List<Invoice.Line> lines = lines(c, r.lines());
        String means = null;
        String iban = null;
        String reference = null;
        if (r.payment() != null) {
            means = c.matching("payment.meansCode", c.optional("payment.meansCode", r.payment().meansCode(), 3),
                    MEANS, MessageKey.MEANS_CODE_INVALID);
            iban = PaymentAccount.check(c, "payment.iban", r.payment().iban(), means);
            reference = c.optional("payment.reference", r.payment().reference(), 140);
        }
        byte[] pdf = pdf(c, r.pdf());
        TermsValidator.Terms terms = TermsValidator.check(c, r);
        c.throwIfAny();

        Invoice invoice = new Invoice(0, 0, customerNumber, number, issueDate, dueDate, category, description,
                currency, buyerReference, means, iban, reference, lines,
                InvoiceCalculator.amounts(lines, terms.allowances(), terms.charges(), terms.exemptions(),
                        terms.prepaid()),
                pdf != null, null, terms.documentType(), terms.preceding(), terms.orderReference(),
                terms.contractReference(), terms.paymentTerms(), terms.deliveryDate(), terms.note(),
                terms.allowances(), terms.charges(), terms.exemptions());
        Checks rules = new Checks();
        BusinessRules.check(rules, invoice);
        rules.throwIfAny();
        List<Object> canonical = new ArrayList<>(List.of(customerNumber, number, issueDate.toString(),
                String.valueOf(dueDate), String.valueOf(category), String.valueOf(description), currency,
                String.valueOf(buyerReference), String.valueOf(means), String.valueOf(iban), String.valueOf(reference),
                lines.stream().map(InvoiceValidator::canonical).toList(),
                pdf == null ? "" : Base64.getEncoder().encodeToString(Hashes.sha256(pdf))));
        // Invoices without e-invoicing terms keep the hash they had before those terms existed.
        TermsCanonical.canonical(invoice).ifPresent(canonical::add);
        return new Checked(customerNumber, invoice, canonical, pdf);
    }

    private static List<Object> canonical(Invoice.Line l) {
        List<Object> canonical = new ArrayList<>(List.of(l.id(), l.name(),
                l.quantity().stripTrailingZeros().toPlainString(), l.unitCode(),
                l.unitPrice().stripTrailingZeros().toPlainString(), l.vatCategory(),
                l.vatRate() == null ? "" : l.vatRate().stripTrailingZeros().toPlainString()));
        TermsCanonical.canonical(l).ifPresent(canonical::add);
        return canonical;
    }

    private static List<Invoice.Line> lines(Checks c, List<InvoiceRequest.LineInput> input) {
        List<Invoice.Line> lines = new ArrayList<>();
        if (input == null || input.isEmpty()) {
            c.add("lines", MessageKey.LINES_NONE);
            return lines;
        }
        if (input.size() > MAX_LINES) {
            c.add("lines", MessageKey.LINES_TOO_MANY, String.valueOf(MAX_LINES));
            return lines;
        }
        for (int i = 0; i < input.size(); i++) {
            String p = "lines[" + i + "]";
            InvoiceRequest.LineInput l = input.get(i);
            if (l == null) {
                c.add(p, MessageKey.FIELD_REQUIRED);
                continue;
            }
            String id = l.id() == null || l.id().isBlank() ? String.valueOf(i + 1) : c.optional(p + ".id", l.id(), 50);
            String name = c.required(p + ".name", l.name(), 200);
            BigDecimal quantity = c.decimal(p + ".quantity", l.quantity(), true, 4);
            BigDecimal price = c.decimal(p + ".unitPrice", l.unitPrice(), true, 4);
            String unit = l.unitCode() == null || l.unitCode().isBlank() ? "C62"
                    : c.matching(p + ".unitCode", l.unitCode().strip(), UNIT, MessageKey.UNIT_CODE_INVALID);
            String category = vatCategory(c, p, l.vatCategory());
            BigDecimal rate = vatRate(c, p, category, l.vatRate(), "05");
            if (price != null && price.signum() < 0) {
                c.add(p + ".unitPrice", MessageKey.UNIT_PRICE_NEGATIVE);
            }
            TermsValidator.LineTerms terms = TermsValidator.line(c, p, l);
            if (id != null && name != null && quantity != null && price != null && unit != null && category != null
                    && c.ok()) {
                lines.add(new Invoice.Line(id, name, quantity, unit, price, category, rate,
                        InvoiceCalculator.lineAmount(quantity, price), terms.note(), terms.sellerItemId(),
                        terms.standardItemId(), terms.periodStart(), terms.periodEnd()));
            }
        }
        return lines;
    }

    /** A required VAT category code (UNCL 5305 subset of EN 16931), or null with an error. */
    static String vatCategory(Checks c, String prefix, String value) {
        String category = c.required(prefix + ".vatCategory", value, 2);
        if (category != null && !VAT_CATEGORIES.contains(category)) {
            c.add(prefix + ".vatCategory", MessageKey.VAT_CATEGORY_INVALID);
            return null;
        }
        return category;
    }

    /**
     * The VAT rate: required and above 0 for S, 0 or absent for the other categories. The rules are
     * BR-S-05 (lines), -06 (allowances), -07 (charges), and likewise for the other categories.
     */
    static BigDecimal vatRate(Checks c, String prefix, String category, String value, String ruleNumber) {
        BigDecimal rate = c.decimal(prefix + ".vatRate", value, "S".equals(category), 2);
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) >= 0)) {
            c.add(prefix + ".vatRate", MessageKey.VAT_RATE_RANGE);
            return null;
        }
        if ("S".equals(category) && rate != null && rate.signum() == 0) {
            c.rule("BR-S-" + ruleNumber, prefix + ".vatRate", MessageKey.VAT_RATE_ZERO_FOR_S);
        }
        if (category != null && !"S".equals(category) && rate != null && rate.signum() != 0) {
            c.rule(BusinessRules.rulePrefix(category) + ruleNumber, prefix + ".vatRate", MessageKey.VAT_RATE_NOT_ZERO,
                    category);
        }
        return rate;
    }

    private static byte[] pdf(Checks c, String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        if (base64.length() > MAX_PDF_BYTES / 3 * 4 + 4) {
            c.add("pdf", MessageKey.PDF_TOO_LARGE, String.valueOf(MAX_PDF_BYTES / (1024 * 1024)));
            return null;
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(base64);
            if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
                c.add("pdf", MessageKey.PDF_NOT_PDF);
                return null;
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            c.add("pdf", MessageKey.PDF_NOT_BASE64);
            return null;
        }
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
