package io.invoiceportal.core.ubl;

import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.invoice.InvoiceRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AllowanceChargeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PeriodType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;

/**
 * Turns a UBL document into the body the JSON path takes, term by term (docs/invoice-model.md,
 * "Importing UBL"). A term that changes the amounts and that the portal's invoice cannot hold yet
 * is refused by name ({@link MessageKey#UBL_UNSUPPORTED}) rather than dropped, so that an imported
 * invoice never differs from its document in what it charges.
 */
final class UblMapper {
    private static final int PRICE_DECIMALS = 4;
    private static final List<String> EXEMPT = List.of("E", "AE", "K", "G", "O");

    private UblMapper() {}

    static InvoiceRequest request(UblInvoice u, String customerNumber) {
        refuseUnsupported(u);
        PaymentMeansType means = u.paymentMeans().isEmpty() ? null : u.paymentMeans().get(0);
        DocumentReferenceType preceding = u.billingReferences().isEmpty() ? null
                : u.billingReferences().get(0).getInvoiceDocumentReference();
        return new InvoiceRequest(u.id(), customerNumber, date(u.issueDate()), date(u.dueDate()), null, u.currency(),
                u.buyerReference(), null, u.lines().stream().map(UblMapper::line).toList(),
                means == null ? null : payment(means), null,
                u.kind() == UblDocument.Kind.CREDIT_NOTE ? "credit-note" : "invoice",
                preceding == null ? null : new InvoiceRequest.PrecedingInput(preceding.getIDValue(),
                        date(preceding.getIssueDateValueLocal())),
                u.orderReference() == null ? null : u.orderReference().getIDValue(),
                u.contractReferences().isEmpty() ? null : u.contractReferences().get(0).getIDValue(),
                u.paymentTerms().isEmpty() ? null : text(u.paymentTerms().get(0).getNote()),
                u.deliveries().isEmpty() ? null : date(u.deliveries().get(0).getActualDeliveryDateValueLocal()),
                text(u.notes()), exemptions(u), adjustments(u, false), adjustments(u, true),
                u.totals().getPrepaidAmount() == null ? null : plain(u.totals().getPrepaidAmountValue()));
    }

    private static InvoiceRequest.LineInput line(UblInvoice.Line l) {
        TaxCategoryType vat = l.item().getClassifiedTaxCategory().get(0);
        PeriodType period = l.periods().isEmpty() ? null : l.periods().get(0);
        var standard = l.item().getStandardItemIdentification() == null ? null
                : l.item().getStandardItemIdentification().getID();
        return new InvoiceRequest.LineInput(l.id(), l.item().getNameValue(), plain(l.quantity().getValue()),
                l.quantity().getUnitCode(), plain(unitPrice(l)), vat.getIDValue(), plain(vat.getPercentValue()),
                text(l.notes()),
                l.item().getSellersItemIdentification() == null ? null
                        : l.item().getSellersItemIdentification().getIDValue(),
                standard == null ? null : new InvoiceRequest.ItemIdInput(standard.getSchemeID(), standard.getValue()),
                period == null ? null : new InvoiceRequest.PeriodInput(date(period.getStartDateValueLocal()),
                        date(period.getEndDateValueLocal())));
    }

    private static InvoiceRequest.PaymentInput payment(PaymentMeansType means) {
        String iban = means.getPayeeFinancialAccount() == null ? null : means.getPayeeFinancialAccount().getIDValue();
        String reference = means.getPaymentID().isEmpty() ? null : means.getPaymentID().get(0).getValue();
        return new InvoiceRequest.PaymentInput(means.getPaymentMeansCodeValue(), iban, reference);
    }

    /** BT-120/BT-121 from the VAT breakdown's exempt categories, once per category. */
    private static List<InvoiceRequest.ExemptionInput> exemptions(UblInvoice u) {
        Map<String, InvoiceRequest.ExemptionInput> byCategory = new LinkedHashMap<>();
        u.taxTotals().stream().flatMap(t -> t.getTaxSubtotal().stream()).map(TaxSubtotalType::getTaxCategory)
                .filter(c -> c != null && EXEMPT.contains(c.getIDValue()))
                .forEach(c -> byCategory.putIfAbsent(c.getIDValue(), new InvoiceRequest.ExemptionInput(c.getIDValue(),
                        c.getTaxExemptionReason().isEmpty() ? null : c.getTaxExemptionReason().get(0).getValue(),
                        c.getTaxExemptionReasonCodeValue())));
        return byCategory.isEmpty() ? null : List.copyOf(byCategory.values());
    }

    private static List<InvoiceRequest.AllowanceChargeInput> adjustments(UblInvoice u, boolean charges) {
        List<InvoiceRequest.AllowanceChargeInput> result = u.allowanceCharges().stream()
                .filter(a -> a.getChargeIndicator().isValue() == charges).map(UblMapper::adjustment).toList();
        return result.isEmpty() ? null : result;
    }

    private static InvoiceRequest.AllowanceChargeInput adjustment(AllowanceChargeType a) {
        TaxCategoryType vat = a.getTaxCategory().isEmpty() ? null : a.getTaxCategory().get(0);
        return new InvoiceRequest.AllowanceChargeInput(plain(a.getAmountValue()),
                a.getAllowanceChargeReason().isEmpty() ? null : a.getAllowanceChargeReason().get(0).getValue(),
                a.getAllowanceChargeReasonCodeValue(), vat == null ? null : vat.getIDValue(),
                vat == null ? null : plain(vat.getPercentValue()));
    }

    /** BT-146 net price per BT-149 base quantity: the portal keeps the price of one unit. */
    private static BigDecimal unitPrice(UblInvoice.Line l) {
        BigDecimal price = l.price().getPriceAmountValue();
        BigDecimal base = baseQuantity(l);
        return base == null || base.compareTo(BigDecimal.ONE) == 0 ? price : price.divide(base);
    }

    private static void refuseUnsupported(UblInvoice u) {
        List<FieldError> errors = new ArrayList<>();
        String typeCode = u.kind() == UblDocument.Kind.CREDIT_NOTE ? "381" : "380";
        if (u.typeCode() != null && !typeCode.equals(u.typeCode().strip())) {
            errors.add(new FieldError(u.kind() == UblDocument.Kind.CREDIT_NOTE ? "CreditNoteTypeCode" : "InvoiceTypeCode",
                    MessageKey.UBL_UNSUPPORTED, "BT-3 document type " + u.typeCode().strip()));
        }
        for (int i = 0; i < u.lines().size(); i++) {
            UblInvoice.Line l = u.lines().get(i);
            String p = u.linePath(i);
            if (!l.allowanceCharges().isEmpty()) {
                errors.add(new FieldError(p + "/AllowanceCharge", MessageKey.UBL_UNSUPPORTED,
                        "BG-27/BG-28 line allowances and charges"));
            }
            BigDecimal base = baseQuantity(l);
            if (base != null && base.compareTo(BigDecimal.ONE) != 0 && !exactUnitPrice(l.price().getPriceAmountValue(), base)) {
                errors.add(new FieldError(p + "/Price/BaseQuantity", MessageKey.UBL_UNSUPPORTED,
                        "BT-149 a price base quantity that leaves more than four decimals in the unit price"));
            }
        }
        if (u.totals().getPayableRoundingAmount() != null && u.totals().getPayableRoundingAmountValue().signum() != 0) {
            errors.add(new FieldError("LegalMonetaryTotal/PayableRoundingAmount", MessageKey.UBL_UNSUPPORTED,
                    "BT-114 rounding amount"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static BigDecimal baseQuantity(UblInvoice.Line l) {
        return l.price().getBaseQuantity() == null ? null : l.price().getBaseQuantityValue();
    }

    private static boolean exactUnitPrice(BigDecimal price, BigDecimal base) {
        try {
            return price.divide(base).stripTrailingZeros().scale() <= PRICE_DECIMALS;
        } catch (ArithmeticException endless) {
            return false;
        }
    }

    private static String text(List<NoteType> notes) {
        String joined = notes.stream().map(NoteType::getValue).filter(n -> n != null && !n.isBlank())
                .map(String::strip).collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
