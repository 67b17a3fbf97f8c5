package io.invoiceportal.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Latency figures and the Markdown the benchmark prints and writes into docs/benchmarks.md. */
final class Report {
    static final String START = "<!-- list-benchmark:start (written by ListBenchmark; edit outside these markers) -->";
    static final String END = "<!-- list-benchmark:end -->";
    static final double GOAL_MS = 50;

    private Report() {}

    /** The figures of one timed run: nearest-rank percentiles of the request latencies. */
    record Result(String name, String request, long total, double p50, double p95, double p99, double perSecond) {
        static Result of(String name, String request, long total, long[] nanos, long wallNanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Result(name, request, total, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                    sorted.length / (wallNanos / 1e9));
        }

        private static double ms(long[] sorted, double q) {
            int rank = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, rank)] / 1e6;
        }
    }

    static String table(List<Result> results) {
        StringBuilder md = new StringBuilder("| scenario | request | rows | p50 ms | p95 ms | p99 ms | req/s |\n"
                + "| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Result r : results) {
            String p99 = format(r.p99());
            md.append(String.format(Locale.ROOT, "| %s | `%s` | %,d | %s | %s | %s | %.0f |%n", r.name(), r.request(),
                    r.total(), format(r.p50()), format(r.p95()), r.p99() >= GOAL_MS ? "**" + p99 + "**" : p99,
                    r.perSecond()));
        }
        return md.toString();
    }

    private static String format(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }

    static String section(String machine, String command, BenchData.Shape shape, int requests, int warmup,
            List<Result> results, Result concurrent, int threads) {
        long over = results.stream().filter(r -> r.p99() >= GOAL_MS).count();
        return "## Latest run (" + LocalDate.now() + ")\n\n"
                + "**Machine:** " + machine + "\n\n"
                + "**Command:** `" + command + "`\n\n"
                + String.format(Locale.ROOT, "**Data:** one tenant, %,d invoices over %,d customers, issue dates %s to %s;"
                        + " the signed-in customer has %,d invoices, %,d of them read.%n%n", shape.invoices(),
                        shape.customers(), shape.firstDate(), shape.lastDate(), shape.bigCustomerInvoices(),
                        shape.bigCustomerRead())
                + String.format(Locale.ROOT, "**Method:** per scenario %d sequential requests after %d warm-up"
                        + " requests, one client, HTTP/1.1 over loopback; latency is the client's time to the last byte."
                        + " `rows` is the list's `total`. p99 at or over %.0f ms in bold (%d of %d).%n%n",
                        requests, warmup, GOAL_MS, over, results.size())
                + table(results) + "\n"
                + String.format(Locale.ROOT, "**Concurrent:** %d threads, all scenarios round robin: p50 %s ms,"
                        + " p95 %s ms, p99 %s ms, **%.0f requests/s**.%n", threads, format(concurrent.p50()),
                        format(concurrent.p95()), format(concurrent.p99()), concurrent.perSecond());
    }

    /** Replaces the generated section of the file (between the markers), keeping what is written around it. */
    static void write(Path file, String section) throws IOException {
        String generated = START + "\n" + section + END;
        String text;
        if (Files.exists(file)) {
            String old = Files.readString(file);
            int start = old.indexOf(START);
            int end = old.indexOf(END);
            text = start >= 0 && end > start
                    ? old.substring(0, start) + generated + old.substring(end + END.length())
                    : old + "\n" + generated + "\n";
        } else {
            text = "# Benchmarks\n\n" + generated + "\n";
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
