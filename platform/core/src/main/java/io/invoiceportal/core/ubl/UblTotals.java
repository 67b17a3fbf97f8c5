package io.invoiceportal.core.ubl;

import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.invoice.Invoice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.unqualifieddatatypes_21.AmountType;

/**
 * The document's amounts must be the ones the portal computes: each line's net amount (BT-131 =
 * quantity × net price) and the totals BT-106 to BT-115. A document whose sums the portal would show
 * differently is refused, naming each amount that differs.
 */
final class UblTotals {
    private UblTotals() {}

    static void check(UblInvoice u, Invoice computed) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < u.lines().size(); i++) {
            compare(errors, "BT-131", u.linePath(i) + "/LineExtensionAmount", u.lines().get(i).lineAmount(),
                    computed.lines().get(i).lineAmount());
        }
        MonetaryTotalType t = u.totals();
        Invoice.Amounts a = computed.amounts();
        compare(errors, "BT-106", "LegalMonetaryTotal/LineExtensionAmount", value(t.getLineExtensionAmount()), a.lineTotal());
        compare(errors, "BT-107", "LegalMonetaryTotal/AllowanceTotalAmount", value(t.getAllowanceTotalAmount()),
                a.allowanceTotal());
        compare(errors, "BT-108", "LegalMonetaryTotal/ChargeTotalAmount", value(t.getChargeTotalAmount()), a.chargeTotal());
        compare(errors, "BT-109", "LegalMonetaryTotal/TaxExclusiveAmount", value(t.getTaxExclusiveAmount()),
                a.taxExclusive());
        compare(errors, "BT-110", "TaxTotal/TaxAmount", value(taxTotal(u)), a.taxTotal());
        compare(errors, "BT-112", "LegalMonetaryTotal/TaxInclusiveAmount", value(t.getTaxInclusiveAmount()),
                a.taxInclusive());
        compare(errors, "BT-113", "LegalMonetaryTotal/PrepaidAmount", value(t.getPrepaidAmount()), a.prepaidAmount());
        compare(errors, "BT-115", "LegalMonetaryTotal/PayableAmount", value(t.getPayableAmount()), a.payable());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** BT-110 is the tax total in the document's currency (a second one in the tax currency is BT-111). */
    private static AmountType taxTotal(UblInvoice u) {
        return u.taxTotals().stream().map(TaxTotalType::getTaxAmount)
                .filter(a -> a != null && u.currency().equals(a.getCurrencyID())).findFirst().orElse(null);
    }

    private static BigDecimal value(AmountType amount) {
        return amount == null ? BigDecimal.ZERO : amount.getValue();
    }

    private static void compare(List<FieldError> errors, String term, String field, BigDecimal stated,
            BigDecimal computed) {
        if (stated.compareTo(computed) != 0) {
            errors.add(new FieldError(field, MessageKey.UBL_TOTAL_DIFFERS, term, stated.toPlainString(),
                    computed.toPlainString()));
        }
    }
}
