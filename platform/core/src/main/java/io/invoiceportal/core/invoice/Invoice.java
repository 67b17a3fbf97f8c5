package io.invoiceportal.core.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published invoice or credit note with its computed amounts (docs/invoice-model.md). Invoices do
 * not change once published. The e-invoicing terms (EN 16931 BT-n in the comments) are optional;
 * lists are never null.
 */
public record Invoice(
        long id, long customerId, String customerNumber, String invoiceNumber, LocalDate issueDate,
        LocalDate dueDate, String category, String description, String currency, String buyerReference,
        String paymentMeansCode, String paymentIban, String paymentReference, List<Line> lines,
        Amounts amounts, boolean hasOriginalPdf, Instant createdAt,
        DocumentType documentType, PrecedingInvoice precedingInvoice, String orderReference,
        String contractReference, String paymentTerms, LocalDate deliveryDate, String note,
        List<AllowanceCharge> allowances, List<AllowanceCharge> charges, List<VatExemption> vatExemptions) {

    public Invoice {
        documentType = documentType == null ? DocumentType.INVOICE : documentType;
        allowances = allowances == null ? List.of() : List.copyOf(allowances);
        charges = charges == null ? List.of() : List.copyOf(charges);
        vatExemptions = vatExemptions == null ? List.of() : List.copyOf(vatExemptions);
    }

    /**
     * One line. {@code note} is BT-127, {@code sellerItemId} BT-155, {@code standardItemId} BT-157,
     * {@code periodStart}/{@code periodEnd} BG-26; all may be null.
     */
    public record Line(String id, String name, BigDecimal quantity, String unitCode, BigDecimal unitPrice,
            String vatCategory, BigDecimal vatRate, BigDecimal lineAmount, String note, String sellerItemId,
            ItemId standardItemId, LocalDate periodStart, LocalDate periodEnd) {

        /** A line without the optional e-invoicing terms. */
        public Line(String id, String name, BigDecimal quantity, String unitCode, BigDecimal unitPrice,
                String vatCategory, BigDecimal vatRate, BigDecimal lineAmount) {
            this(id, name, quantity, unitCode, unitPrice, vatCategory, vatRate, lineAmount, null, null, null, null,
                    null);
        }
    }

    /** BT-157: an item id in a registered scheme (ISO 6523 ICD such as {@code 0160} for GTIN). */
    public record ItemId(String scheme, String id) {}

    /** BG-3: the invoice a credit note (or corrective invoice) refers to; the date may be null. */
    public record PrecedingInvoice(String number, LocalDate issueDate) {}

    /**
     * A document-level allowance (BG-20) or charge (BG-21): a positive amount without VAT, a reason
     * and/or reason code, and the VAT category and rate whose breakdown entry it belongs to.
     */
    public record AllowanceCharge(BigDecimal amount, String reason, String reasonCode, String vatCategory,
            BigDecimal vatRate) {}

    /** BT-120 / BT-121: why a VAT category carries no VAT, as text and/or VATEX code. */
    public record VatExemption(String vatCategory, String reason, String reasonCode) {}

    /** One VAT breakdown entry (BG-23); the exemption reason and code only on exempt categories. */
    public record VatBreakdown(String vatCategory, BigDecimal vatRate, BigDecimal taxableAmount, BigDecimal taxAmount,
            String exemptionReason, String exemptionReasonCode) {

        public VatBreakdown(String vatCategory, BigDecimal vatRate, BigDecimal taxableAmount, BigDecimal taxAmount) {
            this(vatCategory, vatRate, taxableAmount, taxAmount, null, null);
        }
    }

    /**
     * Totals (EN 16931 BG-22) and the VAT breakdown (BG-23): taxExclusive = lineTotal − allowanceTotal
     * + chargeTotal; payable = taxInclusive − prepaidAmount.
     */
    public record Amounts(List<VatBreakdown> vatBreakdown, BigDecimal lineTotal, BigDecimal allowanceTotal,
            BigDecimal chargeTotal, BigDecimal taxExclusive, BigDecimal taxTotal, BigDecimal taxInclusive,
            BigDecimal prepaidAmount, BigDecimal payable) {}
}
