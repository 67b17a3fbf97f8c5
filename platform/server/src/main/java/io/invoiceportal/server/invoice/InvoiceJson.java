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
        String invoiceNumber, String customerNumber, LocalDate issueDate, LocalDate dueDate, String category,
        String description, String currency, String buyerReference, List<LineJson> lines,
        List<VatJson> vatBreakdown, String lineTotal, String taxExclusiveAmount, String taxTotal,
        String totalAmount, String payableAmount, PaymentJson payment, boolean originalPdf, boolean read,
        List<DeliveryJson> deliveries, Instant createdAt) {

    public record LineJson(String id, String name, String quantity, String unitCode, String unitPrice,
            String vatCategory, String vatRate, String lineAmount) {}

    public record VatJson(String vatCategory, String vatRate, String taxableAmount, String taxAmount) {}

    public record PaymentJson(String meansCode, String iban, String reference) {}

    public record DeliveryJson(String kind, String channel, String state, String reason, int attempts,
            Instant queuedAt, Instant sentAt) {}

    public static InvoiceJson of(InvoiceService.IssuerView view) {
        Invoice i = view.invoice();
        Invoice.Amounts a = i.amounts();
        return new InvoiceJson(i.invoiceNumber(), i.customerNumber(), i.issueDate(), i.dueDate(), i.category(),
                i.description(), i.currency(), i.buyerReference(),
                i.lines().stream().map(l -> new LineJson(l.id(), l.name(), plain(l.quantity()), l.unitCode(),
                        plain(l.unitPrice()), l.vatCategory(), plain(l.vatRate()), plain(l.lineAmount()))).toList(),
                a.vatBreakdown().stream().map(v -> new VatJson(v.vatCategory(), plain(v.vatRate()),
                        plain(v.taxableAmount()), plain(v.taxAmount()))).toList(),
                plain(a.lineTotal()), plain(a.taxExclusive()), plain(a.taxTotal()), plain(a.taxInclusive()),
                plain(a.payable()),
                i.paymentMeansCode() == null && i.paymentIban() == null && i.paymentReference() == null ? null
                        : new PaymentJson(i.paymentMeansCode(), i.paymentIban(), i.paymentReference()),
                i.hasOriginalPdf(), view.read(),
                view.deliveries().stream().map(InvoiceJson::delivery).toList(), i.createdAt());
    }

    private static DeliveryJson delivery(Delivery d) {
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
