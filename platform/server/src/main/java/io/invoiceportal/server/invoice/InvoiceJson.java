package io.invoiceportal.server.invoice;

import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.invoice.InvoiceService;
import io.invoiceportal.core.outbox.Delivery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An invoice as the issuer API returns it; amounts are decimal strings. */
public record InvoiceJson(
        String invoiceNumber, String documentType, String customerNumber, LocalDate issueDate, LocalDate dueDate,
        String category, String description, String currency, String buyerReference, PrecedingJson precedingInvoice,
        String orderReference, String contractReference, String paymentTerms, LocalDate deliveryDate, String note,
        List<LineJson> lines, List<AllowanceChargeJson> allowances, List<AllowanceChargeJson> charges,
        List<ExemptionJson> vatExemptions, List<VatJson> vatBreakdown, String lineTotal, String allowanceTotal,
        String chargeTotal, String taxExclusiveAmount, String taxTotal, String totalAmount, String prepaidAmount,
        String payableAmount, PaymentJson payment, boolean originalPdf, boolean read, List<DeliveryJson> deliveries,
        Instant createdAt) {

    public record LineJson(String id, String name, String quantity, String unitCode, String unitPrice,
            String vatCategory, String vatRate, String lineAmount, String note, String sellerItemId,
            Invoice.ItemId standardItemId, PeriodJson period) {}

    public record PeriodJson(LocalDate start, LocalDate end) {}

    public record PrecedingJson(String number, LocalDate issueDate) {}

    public record AllowanceChargeJson(String amount, String reason, String reasonCode, String vatCategory,
            String vatRate) {}

    public record ExemptionJson(String vatCategory, String reason, String reasonCode) {}

    public record VatJson(String vatCategory, String vatRate, String taxableAmount, String taxAmount,
            String exemptionReason, String exemptionReasonCode) {}

    public record PaymentJson(String meansCode, String iban, String reference) {}

    public record DeliveryJson(String kind, String channel, String state, String reason, int attempts,
            Instant queuedAt, Instant sentAt) {}

    public static InvoiceJson of(InvoiceService.IssuerView view) {
        Invoice i = view.invoice();
        Invoice.Amounts a = i.amounts();
        return new InvoiceJson(i.invoiceNumber(), i.documentType().dbValue(), i.customerNumber(), i.issueDate(),
                i.dueDate(), i.category(), i.description(), i.currency(), i.buyerReference(),
                i.precedingInvoice() == null ? null
                        : new PrecedingJson(i.precedingInvoice().number(), i.precedingInvoice().issueDate()),
                i.orderReference(), i.contractReference(), i.paymentTerms(), i.deliveryDate(), i.note(),
                i.lines().stream().map(InvoiceJson::line).toList(),
                i.allowances().stream().map(InvoiceJson::adjustment).toList(),
                i.charges().stream().map(InvoiceJson::adjustment).toList(),
                i.vatExemptions().stream().map(e -> new ExemptionJson(e.vatCategory(), e.reason(), e.reasonCode()))
                        .toList(),
                a.vatBreakdown().stream().map(v -> new VatJson(v.vatCategory(), plain(v.vatRate()),
                        plain(v.taxableAmount()), plain(v.taxAmount()), v.exemptionReason(),
                        v.exemptionReasonCode())).toList(),
                plain(a.lineTotal()), plain(a.allowanceTotal()), plain(a.chargeTotal()), plain(a.taxExclusive()),
                plain(a.taxTotal()), plain(a.taxInclusive()), plain(a.prepaidAmount()), plain(a.payable()),
                i.paymentMeansCode() == null && i.paymentIban() == null && i.paymentReference() == null ? null
                        : new PaymentJson(i.paymentMeansCode(), i.paymentIban(), i.paymentReference()),
                i.hasOriginalPdf(), view.read(),
                view.deliveries().stream().map(InvoiceJson::delivery).toList(), i.createdAt());
    }

    private static LineJson line(Invoice.Line l) {
        return new LineJson(l.id(), l.name(), plain(l.quantity()), l.unitCode(), plain(l.unitPrice()),
                l.vatCategory(), plain(l.vatRate()), plain(l.lineAmount()), l.note(), l.sellerItemId(),
                l.standardItemId(), l.periodStart() == null && l.periodEnd() == null ? null
                        : new PeriodJson(l.periodStart(), l.periodEnd()));
    }

    private static AllowanceChargeJson adjustment(Invoice.AllowanceCharge a) {
        return new AllowanceChargeJson(plain(a.amount()), a.reason(), a.reasonCode(), a.vatCategory(),
                plain(a.vatRate()));
    }

    public static DeliveryJson delivery(Delivery d) {
        return new DeliveryJson(d.kind().dbValue(), d.channel(), d.state().dbValue(), d.lastError(), d.attempts(),
                d.createdAt(), d.sentAt());
    }

    /** At least two decimals, no trailing zeros beyond them: 2.00, 0.335, 21.00. */
    static String plain(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal stripped = d.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }
}
