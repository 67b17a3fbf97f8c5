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
}
