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
 * Line amounts, VAT breakdown and totals, rounded to two decimals half up: the line amount is
 * quantity × price rounded; the VAT of each (category, rate) group is its taxable sum × rate
 * rounded once per group (EN 16931 BR-CO-17).
 */
public final class InvoiceCalculator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InvoiceCalculator() {}

    public static BigDecimal lineAmount(BigDecimal quantity, BigDecimal unitPrice) {
        return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
    }

    public static Invoice.Amounts amounts(List<Invoice.Line> lines) {
        Map<String, BigDecimal> taxable = new LinkedHashMap<>();
        Map<String, Invoice.Line> sample = new LinkedHashMap<>();
        BigDecimal lineTotal = BigDecimal.ZERO.setScale(2);
        for (Invoice.Line line : lines) {
            String key = line.vatCategory() + "|" + rate(line).toPlainString();
            taxable.merge(key, line.lineAmount(), BigDecimal::add);
            sample.putIfAbsent(key, line);
            lineTotal = lineTotal.add(line.lineAmount());
        }
        List<Invoice.VatBreakdown> breakdown = new ArrayList<>();
        BigDecimal taxTotal = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<String, BigDecimal> e : taxable.entrySet()) {
            Invoice.Line line = sample.get(e.getKey());
            BigDecimal tax = e.getValue().multiply(rate(line)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            breakdown.add(new Invoice.VatBreakdown(line.vatCategory(), rate(line), e.getValue(), tax));
            taxTotal = taxTotal.add(tax);
        }
        breakdown.sort(Comparator.comparing(Invoice.VatBreakdown::vatCategory)
                .thenComparing(Invoice.VatBreakdown::vatRate, Comparator.reverseOrder()));
        BigDecimal inclusive = lineTotal.add(taxTotal);
        return new Invoice.Amounts(List.copyOf(breakdown), lineTotal, lineTotal, taxTotal, inclusive, inclusive);
    }

    private static BigDecimal rate(Invoice.Line line) {
        return Objects.requireNonNullElse(line.vatRate(), BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
    }
}
