package io.invoiceportal.core.invoice;

import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.export.PluginViews;
import io.invoiceportal.core.invoice.InvoiceRequest.AllowanceChargeInput;
import io.invoiceportal.core.invoice.InvoiceRequest.ExemptionInput;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.plugin.api.InvoiceView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Varied, reproducible invoices for property tests of the e-invoice exporters, as {@link InvoiceRequest}s
 * that go through the portal's real checks and calculation ({@link InvoiceDrafts#compute}): every VAT
 * category in the combinations EN 16931 allows on one invoice (O alone), several rates, exemption
 * reasons and VATEX codes, allowances and charges, credit notes, prepaid amounts, 1-500 lines,
 * decimal quantities and prices, and rounding edge cases (3 × 0.335). Sample {@code i} of a seed is
 * always the same.
 *
 * <pre>{@code
 * RandomInvoices invoices = new RandomInvoices(20261129L, RandomInvoices.Parties.PEPPOL);
 * InvoiceView view = invoices.sample(7).view();
 * }</pre>
 */
public final class RandomInvoices {

    /** Which seller and buyer pairs the samples use. */
    public enum Parties {
        /** Dutch seller to Dutch, Belgian and Swiss buyers, and German seller to a German authority. */
        PEPPOL,
        /** German seller to a German authority with its Leitweg-ID as buyer reference (XRechnung). */
        GERMAN_AUTHORITY
    }

    /** The mixes of VAT categories; O stands alone (BR-O-11 to BR-O-14). */
    enum Mix { DOMESTIC, REVERSE_CHARGE, INTRA_COMMUNITY, EXPORT, NOT_SUBJECT, ALL_BUT_O }

    private final long seed;
    private final Parties parties;

    public RandomInvoices(long seed, Parties parties) {
        this.seed = seed;
        this.parties = parties;
    }

    /** One invoice with its tenant and customer. */
    public record Sample(int index, Tenant tenant, Customer customer, InvoiceRequest request) {
        /** The invoice computed by the portal's checks and calculation, as exporters receive it. */
        public InvoiceView view() {
            return PluginViews.invoice(tenant, customer, InvoiceDrafts.compute(request));
        }
    }

    /** Sample {@code index} (0, 1, 2, …). */
    public Sample sample(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        Mix mix = parties == Parties.GERMAN_AUTHORITY && index % Mix.values().length == Mix.NOT_SUBJECT.ordinal()
                ? Mix.DOMESTIC : Mix.values()[index % Mix.values().length];
        Tenant tenant = tenant(mix, random);
        Customer customer = customer(tenant, mix, random);
        Set<String> categories = categories(mix, random);
        RandomLines lines = new RandomLines(random, List.copyOf(categories));
        List<InvoiceRequest.LineInput> lineInputs = lines.lines(lineCount(index, random), index);
        boolean creditNote = random.nextInt(5) == 0;
        LocalDate issue = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(330));
        boolean german = customer == RandomParties.GERMAN_AUTHORITY;
        String buyerReference = german ? RandomParties.LEITWEG_ID : random.nextInt(10) < 7 ? "PO-" + random.nextInt(99999) : null;
        String orderReference = buyerReference == null || random.nextBoolean() ? "ORD-" + random.nextInt(99999) : null;
        boolean delivery = categories.contains("K") || random.nextBoolean();
        return new Sample(index, tenant, customer, new InvoiceRequest(
                (creditNote ? "CN-" : "INV-") + seed + "-" + index, customer.customerNumber(), issue.toString(),
                issue.plusDays(14 + random.nextInt(30)).toString(), null, currency(random), buyerReference,
                "Sample " + index, lineInputs, payment(random, index), null,
                creditNote ? "credit-note" : "invoice",
                creditNote ? new InvoiceRequest.PrecedingInput("INV-" + seed + "-" + (index + 1000), issue.minusDays(30).toString()) : null,
                orderReference, random.nextInt(4) == 0 ? "CON-" + random.nextInt(999) : null,
                random.nextInt(3) == 0 ? "30 dagen netto" : null,
                delivery ? issue.minusDays(random.nextInt(20)).toString() : null,
                random.nextInt(3) == 0 ? "Opmerking bij factuur " + index : null,
                exemptions(categories, random), adjustments(lines, random, false), adjustments(lines, random, true),
                random.nextInt(5) == 0 ? lines.prepaid() : null));
    }

    /** Samples 0 to {@code count} - 1. */
    public List<Sample> samples(int count) {
        List<Sample> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            result.add(sample(i));
        }
        return result;
    }

    private Tenant tenant(Mix mix, Random random) {
        if (parties == Parties.GERMAN_AUTHORITY) {
            return RandomParties.GERMAN_SELLER;
        }
        return mix == Mix.DOMESTIC && random.nextInt(4) == 0 ? RandomParties.GERMAN_SELLER : RandomParties.DUTCH_SELLER;
    }

    private static Customer customer(Tenant tenant, Mix mix, Random random) {
        if (tenant == RandomParties.GERMAN_SELLER) {
            return RandomParties.GERMAN_AUTHORITY;
        }
        return switch (mix) {
            case DOMESTIC, NOT_SUBJECT -> RandomParties.DUTCH_BUYER;
            case EXPORT -> RandomParties.SWISS_BUYER;
            case REVERSE_CHARGE, INTRA_COMMUNITY, ALL_BUT_O -> random.nextBoolean() ? RandomParties.BELGIAN_BUYER
                    : RandomParties.DUTCH_BUYER;
        };
    }

    private static Set<String> categories(Mix mix, Random random) {
        Set<String> result = new LinkedHashSet<>();
        switch (mix) {
            case DOMESTIC -> {
                result.add("S");
                if (random.nextBoolean()) {
                    result.add("Z");
                }
                if (random.nextBoolean()) {
                    result.add("E");
                }
            }
            case REVERSE_CHARGE -> result.add("AE");
            case INTRA_COMMUNITY -> result.add("K");
            case EXPORT -> result.add("G");
            case NOT_SUBJECT -> result.add("O");
            case ALL_BUT_O -> result.addAll(List.of("S", "Z", "E", "AE", "K", "G"));
        }
        if (mix != Mix.NOT_SUBJECT && mix != Mix.DOMESTIC && random.nextBoolean()) {
            result.add("S");
        }
        return result;
    }

    private static int lineCount(int index, Random random) {
        if (index % 50 == 17) {
            return 500;
        }
        if (index % 7 == 3) {
            return 1;
        }
        return index % 10 == 5 ? 20 + random.nextInt(180) : 1 + random.nextInt(12);
    }

    private static String currency(Random random) {
        int pick = random.nextInt(10);
        return pick < 7 ? "EUR" : pick == 7 ? "USD" : pick == 8 ? "GBP" : "CHF";
    }

    private static InvoiceRequest.PaymentInput payment(Random random, int index) {
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> new InvoiceRequest.PaymentInput("58", null, "RF18" + (1000 + index));
            default -> new InvoiceRequest.PaymentInput("30", null, String.valueOf(100000 + index));
        };
    }

    private static List<ExemptionInput> exemptions(Set<String> categories, Random random) {
        List<ExemptionInput> result = new ArrayList<>();
        for (String category : categories) {
            String code = switch (category) {
                case "E" -> List.of("VATEX-EU-132", "VATEX-EU-143", "VATEX-EU-F", "VATEX-EU-79-C").get(random.nextInt(4));
                case "AE" -> "VATEX-EU-AE";
                case "K" -> "VATEX-EU-IC";
                case "G" -> "VATEX-EU-G";
                case "O" -> "VATEX-EU-O";
                default -> null;
            };
            if (code != null) {
                int form = random.nextInt(3);
                result.add(new ExemptionInput(category, form == 1 ? null : "Vrijgesteld (" + category + ")",
                        form == 2 ? null : code));
            }
        }
        return result.isEmpty() ? null : result;
    }

    private static List<AllowanceChargeInput> adjustments(RandomLines lines, Random random, boolean charges) {
        int count = random.nextInt(6) < 4 ? 0 : 1 + random.nextInt(3);
        List<AllowanceChargeInput> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AllowanceChargeInput adjustment = lines.adjustment(charges);
            if (adjustment != null) {
                result.add(adjustment);
            }
        }
        return result.isEmpty() ? null : result;
    }
}
