package io.invoiceportal.plugin.testkit;

import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Timing for the e-invoicing benchmark ({@code bench/einvoice-benchmark.sh}): a format's module
 * runs a main that times its export, its validation and a baseline with these methods and prints
 * one {@link Row} per case; the script collects the rows into {@code docs/benchmarks.md}. Timing is
 * wall-clock ({@link System#nanoTime()}) after a warm-up, in the calling JVM.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {}

    /**
     * Runs {@code work} {@code warmup} times untimed, then {@code count} times timed one by one.
     *
     * @return the milliseconds of each timed run
     * @throws Exception what {@code work} throws
     */
    public static Timing time(Callable<?> work, int warmup, int count) throws Exception {
        for (int i = 0; i < warmup; i++) {
            work.call();
        }
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            work.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Timing(millis);
    }

    /**
     * Runs {@code work} on {@code threads} threads for {@code duration} (after the caller's warm-up).
     *
     * @return completed runs per second over all threads
     * @throws Exception what {@code work} throws
     */
    public static double perSecond(Callable<?> work, int threads, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean stop = new AtomicBoolean();
        try {
            List<Future<Long>> counts = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                counts.add(pool.submit(() -> {
                    long done = 0;
                    while (!stop.get()) {
                        work.call();
                        done++;
                    }
                    return done;
                }));
            }
            Thread.sleep(duration.toMillis());
            stop.set(true);
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The value of the argument {@code prefix…} (such as {@code --seconds=10}), or {@code fallback}.
     *
     * @throws NumberFormatException when the value is not a whole number
     */
    public static int option(String[] args, String prefix, int fallback) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return Integer.parseInt(arg.substring(prefix.length()));
            }
        }
        return fallback;
    }

    /**
     * Exports {@code invoice} into memory.
     *
     * @throws Exception what the exporter throws
     */
    public static byte[] export(InvoiceExporter exporter, InvoiceView invoice, ExportContext context) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(65536);
        exporter.export(invoice, context, out);
        return out.toByteArray();
    }

    /**
     * {@code base} with {@code lines} lines of 1-7 pieces at 9.95, 21 % VAT, and the VAT breakdown and
     * totals that go with them: the benchmark's invoice of a given size.
     */
    public static InvoiceView withLines(InvoiceView.Builder base, int lines) {
        List<InvoiceView.Line> result = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        BigDecimal rate = new BigDecimal("21");
        for (int i = 1; i <= lines; i++) {
            BigDecimal quantity = BigDecimal.valueOf(i % 7 + 1);
            BigDecimal amount = quantity.multiply(new BigDecimal("9.95")).setScale(2, RoundingMode.HALF_UP);
            result.add(TestViews.books().id(String.valueOf(i)).name("Artikel " + i).quantity(quantity)
                    .unitPrice(new BigDecimal("9.95")).vatRate(rate).lineAmount(amount).build());
            total = total.add(amount);
        }
        BigDecimal vat = total.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        return base.lines(result)
                .vatBreakdown(List.of(InvoiceView.VatBreakdown.of("S", rate, total, vat)))
                .totals(InvoiceView.Totals.builder().lineTotal(total).taxExclusive(total).taxTotal(vat)
                        .taxInclusive(total.add(vat)).payable(total.add(vat)).build())
                .build();
    }

    /** The first cell of a {@link Row}: format, line count and file size, such as {@code ubl (20 lines, 9 KB)}. */
    public static String label(String format, int lines, byte[] file) {
        return format + " (" + lines + (lines == 1 ? " line" : " lines") + ", " + file.length / 1024 + " KB)";
    }

    /** The timed runs of {@link #time}, in milliseconds. */
    public static final class Timing {
        private final double[] sorted;

        private Timing(double[] millis) {
            this.sorted = millis.clone();
            Arrays.sort(sorted);
        }

        /** The arithmetic mean. */
        public double mean() {
            return Arrays.stream(sorted).average().orElse(Double.NaN);
        }

        /**
         * A percentile.
         *
         * @param percent 50 for the median, 99 for the 99th percentile
         * @return the run below which {@code percent} % of the runs lie
         */
        public double percentile(double percent) {
            int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }

    /**
     * One line of the results table; the script writes the header.
     *
     * @param format the case, such as {@code ubl (20 lines)}
     * @param exportsPerSecond exports per second on two threads
     * @param export milliseconds per export on one thread after warm-up
     * @param validator the validator's name, such as {@code phive Peppol 2026.5 + EN 16931}
     * @param validation milliseconds per validation of one exported file
     * @param baseline what the export is compared with, timed in the same run
     * @param baselineTiming milliseconds per run of the baseline
     */
    public record Row(String format, double exportsPerSecond, Timing export, String validator, Timing validation,
            String baseline, Timing baselineTiming) {

        /** This row as a Markdown table row; the ratio is of the medians, which a busy machine disturbs least. */
        public String markdown() {
            return String.format(Locale.ROOT, "| %s | %.0f | %.2f / %.2f / %.2f | %.1f (%s) | %.3f / %.3f (%s) | %.1f× |",
                    format, exportsPerSecond, export.mean(), export.percentile(50), export.percentile(99),
                    validation.mean(), validator, baselineTiming.mean(), baselineTiming.percentile(50), baseline,
                    export.percentile(50) / baselineTiming.percentile(50));
        }
    }
}
