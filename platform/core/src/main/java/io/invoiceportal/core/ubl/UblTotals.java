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
 * The document's totals (BG-22) must be the ones the portal computes from its lines: a document
 * whose sums the portal would show differently is refused, naming each total that differs.
 */
final class UblTotals {
    private UblTotals() {}

    static void check(UblInvoice u, Invoice.Amounts computed) {
        MonetaryTotalType t = u.totals();
        List<FieldError> errors = new ArrayList<>();
        compare(errors, "BT-106", "LegalMonetaryTotal/LineExtensionAmount", t.getLineExtensionAmount(), computed.lineTotal());
        compare(errors, "BT-107", "LegalMonetaryTotal/AllowanceTotalAmount", t.getAllowanceTotalAmount(), BigDecimal.ZERO);
        compare(errors, "BT-108", "LegalMonetaryTotal/ChargeTotalAmount", t.getChargeTotalAmount(), BigDecimal.ZERO);
        compare(errors, "BT-109", "LegalMonetaryTotal/TaxExclusiveAmount", t.getTaxExclusiveAmount(),
                computed.taxExclusive());
        compare(errors, "BT-110", "TaxTotal/TaxAmount", taxTotal(u), computed.taxTotal());
        compare(errors, "BT-112", "LegalMonetaryTotal/TaxInclusiveAmount", t.getTaxInclusiveAmount(),
                computed.taxInclusive());
        compare(errors, "BT-113", "LegalMonetaryTotal/PrepaidAmount", t.getPrepaidAmount(), BigDecimal.ZERO);
        compare(errors, "BT-115", "LegalMonetaryTotal/PayableAmount", t.getPayableAmount(), computed.payable());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** BT-110 is the tax total in the document's currency (a second one in the tax currency is BT-111). */
    private static AmountType taxTotal(UblInvoice u) {
        return u.taxTotals().stream().map(TaxTotalType::getTaxAmount)
                .filter(a -> a != null && u.currency().equals(a.getCurrencyID())).findFirst().orElse(null);
    }

    private static void compare(List<FieldError> errors, String term, String field, AmountType document,
            BigDecimal computed) {
        BigDecimal stated = document == null ? BigDecimal.ZERO : document.getValue();
        if (stated.compareTo(computed) != 0) {
            errors.add(new FieldError(field, MessageKey.UBL_TOTAL_DIFFERS, term, stated.toPlainString(),
                    computed.toPlainString()));
        }
    }
}
