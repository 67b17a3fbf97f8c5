package io.invoiceportal.plugins.facturx;

import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.testkit.TestViews;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded, varied invoices built by hand the way the portal computes them (line amount = quantity ×
 * price rounded half up to cents; per VAT category and rate: taxable = lines − allowances + charges,
 * VAT = taxable × rate rounded; payable = total − prepaid). Every VAT category, several rates on one
 * invoice, exemptions with VATEX codes, allowances and charges, credit notes, prepaid amounts, 1 to
 * 500 lines, decimal quantities and the rounding edge case 3 × 0.335.
 */
final class VariedInvoices {
    private static final String[] S_RATES = {"21", "9", "19", "7", "20", "5.5", "10", "25"};
    private static final String[] QUANTITIES = {"1", "3", "0.335", "1.5", "2.25", "12", "0.001", "1000", "7.125"};
    private static final String[] PRICES = {"0.335", "12.50", "0.01", "99.99", "1234.5678", "0.333", "19.95", "250"};
    private static final String[] UNITS = {"C62", "KGM", "HUR", "MTR", "LTR", "H87"};
    private static final Map<String, String> VATEX = Map.of(
            "E", "VATEX-EU-132", "AE", "VATEX-EU-AE", "K", "VATEX-EU-IC", "G", "VATEX-EU-G", "O", "VATEX-EU-O");

    private final Random random;

    VariedInvoices(long seed) {
        random = new Random(seed);
    }

    /** Invoice number {@code n}: its VAT mix follows n, everything else the seed. */
    InvoiceView next(int n) {
        List<String> categories = categories(n);
        int lineCount = n == 7 ? 500 : n % 67 == 7 ? 300 + random.nextInt(200) : n % 10 == 3 ? 20 + random.nextInt(60) : 1 + random.nextInt(8);
        List<InvoiceView.Line> lines = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            lines.add(line(i + 1, i == 0 && n % 5 == 0, categories.get(random.nextInt(categories.size())), n));
        }
        List<InvoiceView.AllowanceCharge> allowances = new ArrayList<>();
        List<InvoiceView.AllowanceCharge> charges = new ArrayList<>();
        if (n % 3 == 0) {
            InvoiceView.Line first = lines.get(0);
            allowances.add(InvoiceView.AllowanceCharge.of(first.lineAmount().divide(new BigDecimal("10"), 2, RoundingMode.DOWN),
                    "Korting", "95", first.vatCategory(), first.vatRate()));
        }
        if (n % 4 == 1) {
            InvoiceView.Line last = lines.get(lines.size() - 1);
            charges.add(InvoiceView.AllowanceCharge.of(new BigDecimal("7.50"), n % 8 == 1 ? null : "Verzendkosten", "FC",
                    last.vatCategory(), last.vatRate()));
        }
        return invoice(n, categories, lines, allowances, charges);
    }

    /** The VAT mix of invoice n: O alone (BR-O-11), otherwise S at several rates with the others. */
    private static List<String> categories(int n) {
        return switch (n % 9) {
            case 0 -> List.of("O");
            case 1 -> List.of("S:21", "S:9");
            case 2 -> List.of("S:21", "Z", "E");
            case 3 -> List.of("AE");
            case 4 -> List.of("K", "S:19");
            case 5 -> List.of("G");
            case 6 -> List.of("S:" + S_RATES[n % S_RATES.length], "S:" + S_RATES[(n + 3) % S_RATES.length], "E");
            case 7 -> List.of("Z", "S:7");
            default -> List.of("S:21", "S:9", "Z", "E", "AE", "K", "G");
        };
    }

    private InvoiceView.Line line(int id, boolean roundingCase, String vat, int n) {
        String category = vat.contains(":") ? vat.substring(0, vat.indexOf(':')) : vat;
        BigDecimal rate = vat.contains(":") ? new BigDecimal(vat.substring(vat.indexOf(':') + 1))
                : "O".equals(category) ? null : BigDecimal.ZERO;
        BigDecimal quantity = new BigDecimal(roundingCase ? "3" : pick(QUANTITIES));
        BigDecimal price = new BigDecimal(roundingCase ? "0.335" : pick(PRICES));
        InvoiceView.LineBuilder line = InvoiceView.Line.builder().id(Integer.toString(id))
                .name("Artikel " + id + (id % 7 == 0 ? " met een lange omschrijving die over meerdere regels loopt" : ""))
                .quantity(quantity).unitCode(pick(UNITS)).unitPrice(price).vatCategory(category).vatRate(rate)
                .lineAmount(quantity.multiply(price).setScale(2, RoundingMode.HALF_UP));
        if (n % 2 == 0) {
            line.note("Regel " + id).sellerItemId("SKU-" + id).standardItemId(InvoiceView.ItemId.of("0160", "4012345" + String.format("%06d", id)));
        }
        if (n % 6 == 2) {
            line.periodStart(LocalDate.of(2026, 10, 1)).periodEnd(LocalDate.of(2026, 10, 31));
        }
        return line.build();
    }

    private InvoiceView invoice(int n, List<String> categories, List<InvoiceView.Line> lines,
            List<InvoiceView.AllowanceCharge> allowances, List<InvoiceView.AllowanceCharge> charges) {
        Map<String, BigDecimal[]> groups = new LinkedHashMap<>();
        lines.forEach(line -> add(groups, line.vatCategory(), line.vatRate(), line.lineAmount()));
        allowances.forEach(a -> add(groups, a.vatCategory(), a.vatRate(), a.amount().negate()));
        charges.forEach(c -> add(groups, c.vatCategory(), c.vatRate(), c.amount()));
        List<InvoiceView.VatBreakdown> breakdown = new ArrayList<>();
        BigDecimal taxTotal = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<String, BigDecimal[]> group : groups.entrySet()) {
            String category = group.getKey().substring(0, group.getKey().indexOf(':'));
            BigDecimal taxable = group.getValue()[0];
            BigDecimal rate = group.getValue()[1];
            BigDecimal tax = rate == null ? BigDecimal.ZERO.setScale(2)
                    : taxable.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            taxTotal = taxTotal.add(tax);
            String code = VATEX.get(category);
            breakdown.add(InvoiceView.VatBreakdown.of(category, rate, taxable, tax,
                    code == null ? null : "Vrijgesteld (" + category + ")", n % 2 == 0 ? code : null));
        }
        BigDecimal lineTotal = sum(lines.stream().map(InvoiceView.Line::lineAmount).toList());
        BigDecimal allowanceTotal = sum(allowances.stream().map(InvoiceView.AllowanceCharge::amount).toList());
        BigDecimal chargeTotal = sum(charges.stream().map(InvoiceView.AllowanceCharge::amount).toList());
        BigDecimal exclusive = lineTotal.subtract(allowanceTotal).add(chargeTotal);
        BigDecimal inclusive = exclusive.add(taxTotal);
        BigDecimal prepaid = n % 5 == 4 ? inclusive.divide(new BigDecimal("3"), 2, RoundingMode.DOWN) : BigDecimal.ZERO.setScale(2);
        boolean notSubject = categories.contains("O");
        PartyView seller = TestViews.seller().contact(n % 2 == 1 ? PartyView.Contact.of("Anna de Vries", "+31 20 123 4567", "facturen@acme.example") : null).build();
        InvoiceView.Builder invoice = TestViews.invoice()
                .invoiceNumber("FX-" + n)
                .issueDate(LocalDate.of(2026, 11, 1).plusDays(n % 28))
                .dueDate(n % 7 == 3 ? null : LocalDate.of(2026, 12, 1))
                .paymentTerms(n % 7 == 3 || n % 2 == 0 ? "30 dagen netto" : null)
                .deliveryDate(categories.contains("K") || n % 3 == 0 ? LocalDate.of(2026, 10, 28) : null)
                .note(n % 4 == 2 ? "Dank voor uw bestelling & tot ziens <snel>" : null)
                .orderReference(n % 5 == 1 ? "PO-" + n : null)
                .contractReference(n % 6 == 1 ? "CT-2026-" + n : null)
                .seller(seller)
                .lines(lines).allowances(allowances).charges(charges).vatBreakdown(breakdown)
                .totals(InvoiceView.Totals.builder().lineTotal(lineTotal).allowanceTotal(allowanceTotal)
                        .chargeTotal(chargeTotal).taxExclusive(exclusive).taxTotal(taxTotal).taxInclusive(inclusive)
                        .prepaidAmount(prepaid).payable(inclusive.subtract(prepaid)).build())
                .payment(n % 4 == 3 ? null : InvoiceView.Payment.of(n % 2 == 0 ? "58" : "30", "NL91ABNA0417164300", "FX-" + n));
        if (n % 8 == 5) {
            invoice.documentType(InvoiceView.DocumentType.CREDIT_NOTE)
                    .precedingInvoice(InvoiceView.PrecedingInvoice.of("FX-" + (n - 1), LocalDate.of(2026, 10, 1)));
        }
        if (notSubject) {
            invoice.buyer(TestViews.customer().party(PartyView.builder().legalName("Stichting Buurthuis")
                    .address(PartyView.AddressView.of("Kerkplein 2", "3511 AA", "Utrecht", "NL")).build()).build());
        } else if (categories.stream().anyMatch(c -> c.equals("K") || c.equals("G"))) {
            invoice.buyer(TestViews.customer().party(PartyView.builder().legalName("Müller Bäckerei GmbH")
                    .address(PartyView.AddressView.of("Hauptstraße 5", "10115", "Berlin", "DE")).vatId("DE123456789").build()).build());
        }
        return invoice.build();
    }

    private static void add(Map<String, BigDecimal[]> groups, String category, BigDecimal rate, BigDecimal amount) {
        String key = category + ":" + (rate == null ? "" : rate.stripTrailingZeros().toPlainString());
        BigDecimal[] group = groups.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO.setScale(2), rate});
        group[0] = group[0].add(amount);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
