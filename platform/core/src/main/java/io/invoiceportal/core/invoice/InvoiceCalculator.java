package io.invoiceportal.core.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Line amounts, VAT breakdown and totals, rounded to two decimals half up (EN 16931 BG-22, BG-23):
 * the line amount is quantity × price rounded; the taxable amount of each (category, rate) group is
 * its lines plus its charges minus its allowances, and its VAT is that × rate rounded once per group
 * (BR-CO-17). taxExclusive = lineTotal − allowances + charges (BR-CO-13), taxInclusive =
 * taxExclusive + VAT (BR-CO-15), payable = taxInclusive − prepaid (BR-CO-16).
 */
public final class InvoiceCalculator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private InvoiceCalculator() {}

    public static BigDecimal lineAmount(BigDecimal quantity, BigDecimal unitPrice) {
        return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
    }

    /** The amounts of an invoice without allowances, charges, exemptions or prepaid amount. */
    public static Invoice.Amounts amounts(List<Invoice.Line> lines) {
        return amounts(lines, List.of(), List.of(), List.of(), null);
    }

    /** The amounts; {@code prepaid} may be null (nothing paid). */
    public static Invoice.Amounts amounts(List<Invoice.Line> lines, List<Invoice.AllowanceCharge> allowances,
            List<Invoice.AllowanceCharge> charges, List<Invoice.VatExemption> exemptions, BigDecimal prepaid) {
        Map<Group, BigDecimal> taxable = new LinkedHashMap<>();
        BigDecimal lineTotal = ZERO;
        for (Invoice.Line line : lines) {
            taxable.merge(new Group(line.vatCategory(), rate(line.vatRate())), line.lineAmount(), BigDecimal::add);
            lineTotal = lineTotal.add(line.lineAmount());
        }
        BigDecimal allowanceTotal = ZERO;
        for (Invoice.AllowanceCharge a : allowances) {
            taxable.merge(new Group(a.vatCategory(), rate(a.vatRate())), a.amount().negate(), BigDecimal::add);
            allowanceTotal = allowanceTotal.add(a.amount());
        }
        BigDecimal chargeTotal = ZERO;
        for (Invoice.AllowanceCharge c : charges) {
            taxable.merge(new Group(c.vatCategory(), rate(c.vatRate())), c.amount(), BigDecimal::add);
            chargeTotal = chargeTotal.add(c.amount());
        }
        List<Invoice.VatBreakdown> breakdown = new ArrayList<>();
        BigDecimal taxTotal = ZERO;
        for (Map.Entry<Group, BigDecimal> e : taxable.entrySet()) {
            Group g = e.getKey();
            BigDecimal tax = e.getValue().multiply(g.rate()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            Invoice.VatExemption exemption = exemptions.stream()
                    .filter(x -> x.vatCategory().equals(g.category())).findFirst().orElse(null);
            breakdown.add(new Invoice.VatBreakdown(g.category(), g.rate(), e.getValue().setScale(2), tax,
                    exemption == null ? null : exemption.reason(), exemption == null ? null : exemption.reasonCode()));
            taxTotal = taxTotal.add(tax);
        }
        breakdown.sort(Comparator.comparing(Invoice.VatBreakdown::vatCategory)
                .thenComparing(Invoice.VatBreakdown::vatRate, Comparator.reverseOrder()));
        BigDecimal exclusive = lineTotal.subtract(allowanceTotal).add(chargeTotal);
        BigDecimal inclusive = exclusive.add(taxTotal);
        BigDecimal paid = Objects.requireNonNullElse(prepaid, ZERO).setScale(2, RoundingMode.UNNECESSARY);
        return new Invoice.Amounts(List.copyOf(breakdown), lineTotal, allowanceTotal, chargeTotal, exclusive,
                taxTotal, inclusive, paid, inclusive.subtract(paid));
    }

    private static BigDecimal rate(BigDecimal rate) {
        return Objects.requireNonNullElse(rate, BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
    }

    private record Group(String category, BigDecimal rate) {}
}
