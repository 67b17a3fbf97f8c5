package io.invoiceportal.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceCalculatorTest {

    private static Invoice.Line line(String qty, String price, String cat, String rate) {
        BigDecimal q = new BigDecimal(qty);
        BigDecimal p = new BigDecimal(price);
        return new Invoice.Line("1", "x", q, "C62", p, cat, rate == null ? null : new BigDecimal(rate),
                InvoiceCalculator.lineAmount(q, p));
    }

    /** Line amounts round half up to cents; VAT is rounded once per category and rate. */
    @Test
    void roundsLinesAndVatPerGroup() {
        List<Invoice.Line> lines = List.of(
                line("3", "0.335", "S", "21"),   // 1.005 -> 1.01
                line("1", "10.005", "S", "21"),  // 10.005 -> 10.01
                line("2", "5", "S", "9"),
                line("1", "7.50", "Z", "0"));
        Invoice.Amounts a = InvoiceCalculator.amounts(lines);
        assertThat(lines.get(0).lineAmount()).isEqualByComparingTo("1.01");
        assertThat(a.lineTotal()).isEqualByComparingTo("28.52");
        // 21%: 11.02 * 0.21 = 2.3142 -> 2.31; 9%: 10 * 0.09 = 0.90
        assertThat(a.vatBreakdown()).extracting(Invoice.VatBreakdown::taxAmount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2.31"), new BigDecimal("0.90"), new BigDecimal("0.00"));
        assertThat(a.taxTotal()).isEqualByComparingTo("3.21");
        assertThat(a.taxInclusive()).isEqualByComparingTo("31.73");
        assertThat(a.payable()).isEqualByComparingTo("31.73");
    }

    private static Invoice.AllowanceCharge adjustment(String amount, String cat, String rate) {
        return new Invoice.AllowanceCharge(new BigDecimal(amount), "Korting", null, cat,
                rate == null ? null : new BigDecimal(rate));
    }

    /** Allowances and charges go into the VAT group of their category and rate; prepaid comes off the payable amount. */
    @Test
    void allowancesChargesAndPrepaidPerGroup() {
        List<Invoice.Line> lines = List.of(
                line("3", "0.335", "S", "21"),   // 1.01
                line("2", "50", "S", "21"),      // 100.00
                line("1", "40", "S", "9"),
                line("1", "20", "E", null));
        Invoice.Amounts a = InvoiceCalculator.amounts(lines,
                List.of(adjustment("10.00", "S", "21")),
                List.of(adjustment("5.00", "S", "9"), adjustment("2.50", "E", null)),
                List.of(new Invoice.VatExemption("E", "Vrijgesteld", "VATEX-EU-132")),
                new BigDecimal("50.00"));
        assertThat(a.vatBreakdown()).containsExactly(
                new Invoice.VatBreakdown("E", new BigDecimal("0.00"), new BigDecimal("22.50"), new BigDecimal("0.00"),
                        "Vrijgesteld", "VATEX-EU-132"),
                // 101.01 - 10.00 = 91.01; * 0.21 = 19.1121
                new Invoice.VatBreakdown("S", new BigDecimal("21.00"), new BigDecimal("91.01"), new BigDecimal("19.11")),
                // 40.00 + 5.00 = 45.00; * 0.09 = 4.05
                new Invoice.VatBreakdown("S", new BigDecimal("9.00"), new BigDecimal("45.00"), new BigDecimal("4.05")));
        assertThat(a.lineTotal()).isEqualByComparingTo("161.01");
        assertThat(a.allowanceTotal()).isEqualByComparingTo("10.00");
        assertThat(a.chargeTotal()).isEqualByComparingTo("7.50");
        assertThat(a.taxExclusive()).isEqualByComparingTo("158.51");
        assertThat(a.taxTotal()).isEqualByComparingTo("23.16");
        assertThat(a.taxInclusive()).isEqualByComparingTo("181.67");
        assertThat(a.prepaidAmount()).isEqualByComparingTo("50.00");
        assertThat(a.payable()).isEqualByComparingTo("131.67");
    }

    /** VAT is rounded once per group, not per line: ten lines of 0.05 at 21% carry 0.11 VAT, not 10 × 0.01. */
    @Test
    void vatIsRoundedOncePerGroup() {
        List<Invoice.Line> lines = java.util.Collections.nCopies(10, line("1", "0.05", "S", "21"));
        Invoice.Amounts a = InvoiceCalculator.amounts(lines);
        assertThat(a.taxTotal()).isEqualByComparingTo("0.11");
        assertThat(a.payable()).isEqualByComparingTo("0.61");
    }

    /** An allowance in a group of its own (a rate no line has) makes a negative taxable amount and negative VAT there. */
    @Test
    void allowanceInAGroupWithoutLines() {
        Invoice.Amounts a = InvoiceCalculator.amounts(List.of(line("1", "100", "S", "21")),
                List.of(adjustment("10.00", "S", "9")), List.of(), List.of(), null);
        assertThat(a.vatBreakdown()).extracting(Invoice.VatBreakdown::taxableAmount)
                .containsExactly(new BigDecimal("100.00"), new BigDecimal("-10.00"));
        assertThat(a.taxTotal()).isEqualByComparingTo("20.10");
        assertThat(a.payable()).isEqualByComparingTo("110.10");
        assertThat(a.prepaidAmount()).isEqualByComparingTo("0");
    }
}
