package io.invoiceportal.plugins.ubl;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.InvoiceView;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a property test's generated invoices covered, so that a change of the generator cannot thin it out unseen. */
public final class Coverage {
    private final Set<String> categories = new HashSet<>();
    private int count;
    private int creditNotes;
    private int prepaid;
    private int allowances;
    private int charges;
    private int exemptionReasons;
    private int severalStandardRates;
    private int roundingEdge;
    private int decimalQuantities;
    private int minLines = Integer.MAX_VALUE;
    private int maxLines;

    /** Counts one invoice. */
    public void add(InvoiceView invoice) {
        count++;
        invoice.vatBreakdown().forEach(vat -> categories.add(vat.vatCategory()));
        creditNotes += invoice.documentType() == InvoiceView.DocumentType.CREDIT_NOTE ? 1 : 0;
        prepaid += invoice.totals().prepaidAmount().signum() > 0 ? 1 : 0;
        allowances += invoice.allowances().isEmpty() ? 0 : 1;
        charges += invoice.charges().isEmpty() ? 0 : 1;
        exemptionReasons += invoice.vatBreakdown().stream().anyMatch(v -> v.exemptionReason() != null) ? 1 : 0;
        severalStandardRates += invoice.vatBreakdown().stream().filter(v -> v.vatCategory().equals("S")).count() > 1 ? 1 : 0;
        List<InvoiceView.Line> lines = invoice.lines();
        roundingEdge += lines.stream().anyMatch(l -> l.quantity().compareTo(new BigDecimal("3")) == 0
                && l.unitPrice().compareTo(new BigDecimal("0.335")) == 0) ? 1 : 0;
        decimalQuantities += lines.stream().anyMatch(l -> l.quantity().stripTrailingZeros().scale() > 0) ? 1 : 0;
        minLines = Math.min(minLines, lines.size());
        maxLines = Math.max(maxLines, lines.size());
    }

    /** At least 200 invoices with every category in {@code expected} and each feature several times. */
    public void assertComplete(Set<String> expected) {
        assertThat(count).isGreaterThanOrEqualTo(200);
        assertThat(categories).containsAll(expected);
        assertThat(List.of(creditNotes, prepaid, allowances, charges, exemptionReasons, severalStandardRates,
                roundingEdge, decimalQuantities)).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(5));
        assertThat(minLines).isEqualTo(1);
        assertThat(maxLines).isEqualTo(500);
    }

    /** {@link #assertComplete(Set)} with all seven categories. */
    public void assertComplete() {
        assertComplete(Set.of("S", "Z", "E", "AE", "K", "G", "O"));
    }
}
