package io.invoiceportal.plugins.ubl;

import io.invoiceportal.plugin.api.InvoiceView;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExemptionReasonType;

/** VAT categories as UBL writes them ({@code cac:TaxCategory}, {@code cac:ClassifiedTaxCategory}). */
final class UblTax {

    /**
     * The VATEX code each exempt category stands for when the invoice gives neither reason nor code:
     * these categories have exactly one code (E has several, so E needs the issuer's reason).
     */
    private static final Map<String, String> ONLY_CODE = Map.of(
            "AE", "VATEX-EU-AE", "K", "VATEX-EU-IC", "G", "VATEX-EU-G", "O", "VATEX-EU-O");
    private static final Set<String> EXEMPT = Set.of("E", "AE", "K", "G", "O");

    private UblTax() {}

    /** Every VAT category on the invoice: lines, allowances, charges and breakdown. */
    static Set<String> categories(InvoiceView invoice) {
        Set<String> categories = new LinkedHashSet<>();
        invoice.lines().forEach(line -> categories.add(line.vatCategory()));
        invoice.allowances().forEach(a -> categories.add(a.vatCategory()));
        invoice.charges().forEach(c -> categories.add(c.vatCategory()));
        invoice.vatBreakdown().forEach(v -> categories.add(v.vatCategory()));
        return categories;
    }

    /** Whether the breakdown entry of {@code category} gives an exemption reason or code. */
    static boolean hasExemption(InvoiceView invoice, String category) {
        return invoice.vatBreakdown().stream().filter(v -> category.equals(v.vatCategory()))
                .allMatch(v -> Parties.present(v.exemptionReason()) || Parties.present(v.exemptionReasonCode()));
    }

    /**
     * A category with its rate: O (not subject to VAT) has none (BR-O-05..07); the other categories
     * without a rate have 0 %.
     */
    static <T extends TaxCategoryType> T category(T target, String category, BigDecimal rate) {
        target.setID(category);
        if (!"O".equals(category)) {
            target.setPercent(rate == null ? BigDecimal.ZERO : rate.stripTrailingZeros());
        }
        TaxSchemeType scheme = new TaxSchemeType();
        scheme.setID("VAT");
        target.setTaxScheme(scheme);
        return target;
    }

    /** The breakdown entry's category, with its exemption reason for the exempt categories (S and Z must have none). */
    static TaxCategoryType breakdownCategory(InvoiceView.VatBreakdown vat) {
        TaxCategoryType category = category(new TaxCategoryType(), vat.vatCategory(), vat.vatRate());
        if (EXEMPT.contains(vat.vatCategory())) {
            String code = Parties.blankToNull(vat.exemptionReasonCode());
            String reason = Parties.blankToNull(vat.exemptionReason());
            if (code == null && reason == null) {
                code = ONLY_CODE.get(vat.vatCategory());
            }
            if (code != null) {
                category.setTaxExemptionReasonCode(code);
            }
            if (reason != null) {
                category.addTaxExemptionReason(new TaxExemptionReasonType(reason));
            }
        }
        return category;
    }
}
