package io.invoiceportal.plugin.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One invoice, complete and read-only. Amounts are computed by the portal with two-decimal
 * rounding (half up); field names follow EN 16931.
 *
 * @param invoiceNumber BT-1, unique within the tenant
 * @param issueDate BT-2
 * @param dueDate BT-9, may be {@code null}
 * @param category free text used for filtering, may be {@code null}
 * @param currency BT-5, ISO 4217
 * @param buyerReference BT-10, may be {@code null}
 * @param description free text (a note, BT-22), may be {@code null}
 * @param seller the tenant's legal details
 * @param buyer the customer
 * @param lines the invoice lines in order
 * @param vatBreakdown one entry per VAT category and rate
 * @param totals document totals
 * @param payment payment instructions, may be {@code null}
 */
public record InvoiceView(
        String invoiceNumber, LocalDate issueDate, LocalDate dueDate, String category, String currency,
        String buyerReference, String description, PartyView seller, CustomerView buyer,
        List<Line> lines, List<VatBreakdown> vatBreakdown, Totals totals, Payment payment) {

    /**
     * An invoice line (BG-25).
     *
     * @param id line id (BT-126)
     * @param name item name (BT-153)
     * @param quantity invoiced quantity (BT-129)
     * @param unitCode UN/ECE rec. 20 unit (BT-130), for example {@code C62}
     * @param unitPrice net price (BT-146)
     * @param vatCategory S, Z, E, AE, K, G or O (BT-151)
     * @param vatRate percentage (BT-152), may be {@code null} when the category has none
     * @param lineAmount quantity times price, rounded (BT-131)
     */
    public record Line(
            String id, String name, BigDecimal quantity, String unitCode, BigDecimal unitPrice,
            String vatCategory, BigDecimal vatRate, BigDecimal lineAmount) {}

    /** VAT per category and rate (BG-23): taxable amount (BT-116) and tax (BT-117). */
    public record VatBreakdown(String vatCategory, BigDecimal vatRate, BigDecimal taxableAmount, BigDecimal taxAmount) {}

    /**
     * Document totals (BG-22).
     *
     * @param lineTotal sum of line amounts (BT-106)
     * @param taxExclusive total without VAT (BT-109)
     * @param taxTotal total VAT (BT-110)
     * @param taxInclusive total with VAT (BT-112)
     * @param payable amount due (BT-115)
     */
    public record Totals(
            BigDecimal lineTotal, BigDecimal taxExclusive, BigDecimal taxTotal, BigDecimal taxInclusive,
            BigDecimal payable) {}

    /** Payment instructions (BG-16): means code (BT-81), IBAN (BT-84), reference (BT-83). */
    public record Payment(String meansCode, String iban, String reference) {}
}
