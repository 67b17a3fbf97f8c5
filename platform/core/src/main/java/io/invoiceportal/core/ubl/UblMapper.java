package io.invoiceportal.core.ubl;

import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.invoice.InvoiceRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;

/**
 * Turns a UBL document into the body the JSON path takes, term by term (docs/invoice-model.md,
 * "Importing UBL"). A term that changes the amounts and that the portal's invoice cannot hold yet
 * is refused by name rather than dropped, so that an imported invoice never differs in its totals.
 */
final class UblMapper {
    private static final int PRICE_DECIMALS = 4;

    private UblMapper() {}

    static InvoiceRequest request(UblInvoice u, String customerNumber) {
        refuseUnsupported(u);
        List<InvoiceRequest.LineInput> lines = u.lines().stream().map(UblMapper::line).toList();
        PaymentMeansType means = u.paymentMeans().isEmpty() ? null : u.paymentMeans().get(0);
        return new InvoiceRequest(u.id(), customerNumber, date(u.issueDate()), date(u.dueDate()), null, u.currency(),
                u.buyerReference(), null, lines, means == null ? null : payment(means), null);
    }

    private static InvoiceRequest.LineInput line(UblInvoice.Line l) {
        TaxCategoryType vat = l.item().getClassifiedTaxCategory().get(0);
        return new InvoiceRequest.LineInput(l.id(), l.item().getNameValue(), plain(l.quantity().getValue()),
                l.quantity().getUnitCode(), plain(unitPrice(l)), vat.getIDValue(), plain(vat.getPercentValue()));
    }

    private static InvoiceRequest.PaymentInput payment(PaymentMeansType means) {
        String iban = means.getPayeeFinancialAccount() == null ? null : means.getPayeeFinancialAccount().getIDValue();
        String reference = means.getPaymentID().isEmpty() ? null : means.getPaymentID().get(0).getValue();
        return new InvoiceRequest.PaymentInput(means.getPaymentMeansCodeValue(), iban, reference);
    }

    /** BT-146 net price per BT-149 base quantity: the portal keeps the price of one unit. */
    private static BigDecimal unitPrice(UblInvoice.Line l) {
        BigDecimal price = l.price().getPriceAmountValue();
        BigDecimal base = l.price().getBaseQuantity() == null ? null : l.price().getBaseQuantityValue();
        if (base == null || base.compareTo(BigDecimal.ONE) == 0) {
            return price;
        }
        return price.divide(base);
    }

    private static void refuseUnsupported(UblInvoice u) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < u.lines().size(); i++) {
            UblInvoice.Line l = u.lines().get(i);
            String p = "InvoiceLine[" + (i + 1) + "]";
            if (!l.allowanceCharges().isEmpty()) {
                errors.add(new FieldError(p + "/AllowanceCharge", MessageKey.UBL_UNSUPPORTED,
                        "BG-27/BG-28 line allowances and charges"));
            }
            BigDecimal base = l.price().getBaseQuantity() == null ? null : l.price().getBaseQuantityValue();
            if (base != null && base.compareTo(BigDecimal.ONE) != 0 && !exactUnitPrice(l.price().getPriceAmountValue(), base)) {
                errors.add(new FieldError(p + "/Price/BaseQuantity", MessageKey.UBL_UNSUPPORTED,
                        "BT-149 a price base quantity that does not give a unit price of at most four decimals"));
            }
        }
        if (!u.allowanceCharges().isEmpty()) {
            errors.add(new FieldError("AllowanceCharge", MessageKey.UBL_UNSUPPORTED,
                    "BG-20/BG-21 document level allowances and charges"));
        }
        if (nonZero(u.totals().getPrepaidAmount() == null ? null : u.totals().getPrepaidAmountValue())) {
            errors.add(new FieldError("LegalMonetaryTotal/PrepaidAmount", MessageKey.UBL_UNSUPPORTED, "BT-113 paid amount"));
        }
        if (nonZero(u.totals().getPayableRoundingAmount() == null ? null : u.totals().getPayableRoundingAmountValue())) {
            errors.add(new FieldError("LegalMonetaryTotal/PayableRoundingAmount", MessageKey.UBL_UNSUPPORTED,
                    "BT-114 rounding amount"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static boolean exactUnitPrice(BigDecimal price, BigDecimal base) {
        try {
            return price.divide(base).stripTrailingZeros().scale() <= PRICE_DECIMALS;
        } catch (ArithmeticException endless) {
            return false;
        }
    }

    private static boolean nonZero(BigDecimal amount) {
        return amount != null && amount.signum() != 0;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
