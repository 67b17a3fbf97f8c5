package io.invoiceportal.core.invoice;

import io.invoiceportal.core.invoice.InvoiceRequest.AllowanceChargeInput;
import io.invoiceportal.core.invoice.InvoiceRequest.LineInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The lines of one {@link RandomInvoices} sample, and the allowances, charges and prepaid amount that
 * fit them (each allowance at most a tenth of its category's net amount, prepaid at most half the net
 * total, so that the amounts stay positive).
 */
final class RandomLines {

    private static final String[] S_RATES = {"21", "9", "19", "7", "5.5", "12.5", "25"};
    private static final String[] UNITS = {"C62", "H87", "KGM", "HUR", "MTR", "LTR", "DAY", "MON", "KWH"};
    private static final String[] QUANTITIES = {"1", "2", "3", "12", "1.5", "0.25", "2.125", "0.335", "7.0001", "100"};
    private static final String[] PRICES = {"0.335", "1.99", "12.50", "125.00", "0.01", "19.999", "1234.5678", "3.3333", "89"};
    private static final String[] ALLOWANCE_CODES = {"95", "100", "41", "64", "102"};
    private static final String[] CHARGE_CODES = {"FC", "ABL", "ADR", "PC", "AA"};

    private final Random random;
    private final List<String> categories;
    private final List<String> rates = new ArrayList<>();
    private final Map<String, BigDecimal> netPerTaxGroup = new HashMap<>();
    private BigDecimal net = BigDecimal.ZERO;

    RandomLines(Random random, List<String> categories) {
        this.random = random;
        this.categories = categories;
        int sRates = 1 + random.nextInt(3);
        for (int i = 0; i < sRates; i++) {
            rates.add(S_RATES[random.nextInt(S_RATES.length)]);
        }
    }

    List<LineInput> lines(int count, int index) {
        List<LineInput> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String category = categories.get(random.nextInt(categories.size()));
            String rate = rate(category);
            boolean edge = i == 1 && index % 4 == 0;
            String quantity = edge ? "3" : QUANTITIES[random.nextInt(QUANTITIES.length)];
            String price = edge ? "0.335" : PRICES[random.nextInt(PRICES.length)];
            BigDecimal amount = new BigDecimal(quantity).multiply(new BigDecimal(price)).setScale(2, RoundingMode.HALF_UP);
            netPerTaxGroup.merge(category + "/" + (rate == null ? BigDecimal.ZERO : new BigDecimal(rate)).setScale(2), amount,
                    BigDecimal::add);
            net = net.add(amount);
            lines.add(new LineInput(String.valueOf(i), "Artikel " + i, quantity, UNITS[random.nextInt(UNITS.length)],
                    price, category, rate, random.nextInt(5) == 0 ? "Regel " + i : null,
                    random.nextInt(3) == 0 ? "SKU-" + (1000 + i) : null,
                    random.nextInt(4) == 0 ? new InvoiceRequest.ItemIdInput("0160", gtin(i)) : null, period()));
        }
        return lines;
    }

    /**
     * An allowance or charge on one of the tax groups the lines use, at most a tenth of its net amount;
     * {@code null} for an allowance when no group is large enough to take one (a group of lines such
     * as 0.25 × 0.01 nets 0.00, and an allowance must never make the amount due negative).
     */
    AllowanceChargeInput adjustment(boolean charge) {
        List<String> groups = new ArrayList<>(netPerTaxGroup.keySet());
        groups.sort(null);
        if (!charge) {
            groups.removeIf(g -> netPerTaxGroup.get(g).compareTo(new BigDecimal("0.10")) < 0);
            if (groups.isEmpty()) {
                return null;
            }
        }
        String group = groups.get(random.nextInt(groups.size()));
        BigDecimal cap = netPerTaxGroup.get(group).divide(BigDecimal.TEN, 2, RoundingMode.DOWN);
        BigDecimal amount = cap.multiply(BigDecimal.valueOf(random.nextInt(100) + 1))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN).max(new BigDecimal("0.01"));
        if (!charge) {
            netPerTaxGroup.merge(group, amount.negate(), BigDecimal::add);
        }
        String[] parts = group.split("/");
        String[] codes = charge ? CHARGE_CODES : ALLOWANCE_CODES;
        int form = random.nextInt(3);
        return new AllowanceChargeInput(amount.toPlainString(), form == 1 ? null : (charge ? "Toeslag" : "Korting"),
                form == 2 ? null : codes[random.nextInt(codes.length)], parts[0], parts[1]);
    }

    /**
     * A prepaid amount of at most half the net total left after the allowances drawn so far (never
     * below zero), so that the amount due stays positive also when negative lines or allowances eat
     * most of the lines' total.
     */
    String prepaid() {
        BigDecimal left = netPerTaxGroup.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).min(net)
                .max(BigDecimal.ZERO);
        return left.multiply(BigDecimal.valueOf(random.nextInt(50))).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN)
                .toPlainString();
    }

    private String rate(String category) {
        return switch (category) {
            case "S" -> rates.get(random.nextInt(rates.size()));
            case "O" -> null;
            default -> random.nextBoolean() ? "0" : null;
        };
    }

    private InvoiceRequest.PeriodInput period() {
        if (random.nextInt(5) != 0) {
            return null;
        }
        LocalDate start = LocalDate.of(2026, 1 + random.nextInt(11), 1);
        return new InvoiceRequest.PeriodInput(start.toString(), start.plusDays(random.nextInt(40)).toString());
    }

    /** A GTIN-13 with a valid check digit. */
    private static String gtin(int n) {
        String body = String.format("871234%06d", n % 1_000_000);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return body + (10 - sum % 10) % 10;
    }
}
