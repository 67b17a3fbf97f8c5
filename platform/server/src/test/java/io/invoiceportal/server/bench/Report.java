package io.invoiceportal.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Latency and throughput figures and the Markdown the benchmark prints and writes into docs/benchmarks.md. */
final class Report {
    static final String START = "<!-- list-benchmark:start (written by ListBenchmark; edit outside these markers) -->";
    static final String END = "<!-- list-benchmark:end -->";
    static final double GOAL_P99_MS = 20;
    static final double GOAL_RATIO = 0.5;

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

    /**
     * One scenario's figures: latency with one client, requests per second by number of clients,
     * and pgbench's transactions per second for the same statements by number of clients.
     */
    record Row(String name, String request, long total, boolean exact, Result latency, Map<Integer, Double> perSecond,
            Map<Integer, Double> pgbench, int statements) {
        String summary() {
            return String.format(Locale.ROOT, "%-50s p99 %6.1f ms  req/s %s  pgbench tps %s", name, latency.p99(),
                    perSecond.values().stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList(),
                    pgbench.values().stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
        }
    }

    static String section(String machine, String command, BenchData.Shape shape, BenchData.Load load, int requests,
            int warmup, int seconds, List<Integer> clients, Map<Integer, Double> formats,
            Map<Integer, Double> formatsAfter, List<Row> rows, String loadBefore, String loadAfter) {
        Map<Integer, Double> limit = new java.util.LinkedHashMap<>();
        clients.forEach(n -> limit.put(n, (formats.get(n) + formatsAfter.get(n)) / 2));
        int four = clients.contains(4) ? 4 : clients.get(clients.size() - 1);
        long p99Misses = rows.stream().filter(r -> r.latency().p99() >= GOAL_P99_MS).count();
        long ratioMisses = rows.stream().filter(r -> r.perSecond().get(four) / limit.get(four) < GOAL_RATIO).count();
        StringBuilder md = new StringBuilder("### Latest run (" + LocalDate.now() + ")\n\n");
        md.append("**Machine:** ").append(machine).append("; load average before the run ").append(loadBefore)
                .append(", after it ").append(loadAfter).append(".\n\n");
        md.append("**Command:** `").append(command).append("`\n\n");
        md.append(String.format(Locale.ROOT, "**Data:** %,d invoices over %,d tenant(s); the benchmark's tenant has"
                + " %,d invoices over %,d customers, issue dates %s to %s; the signed-in customer has %,d invoices,"
                + " %,d of them read.%n%n", load.invoices(), load.tenants(), shape.invoices(), shape.customers(),
                shape.firstDate(), shape.lastDate(), shape.bigCustomerInvoices(), shape.bigCustomerRead()));
        md.append(String.format(Locale.ROOT, "**Method:** HTTP/1.1 over loopback, one signed-in session, keep-alive."
                + " One client: %d requests one after the other after %d warm-up requests (latency to the last byte,"
                + " and req/s). %s clients: each sends the next request when its answer is in, for %d s after 0.5 s"
                + " of warm-up. Limits measured in the same run with the same client settings: `GET …/me/formats`"
                + " (the lightest authenticated endpoint) before and after the scenarios, req/s by clients %s and %s"
                + " (the mean is the limit); and pgbench (`pgbench -n -f <the request's statements> -c N -j N -T %d`)"
                + " on the statements the request ran, recorded from the application's Jdbi with their values."
                + " `rows` is the list's total (exact, or as the page past the end tells it for a long filtered list"
                + " marked ≥). Goals: p99 under %.0f ms with one client (%d of %d miss, in bold) and at %d clients at"
                + " least %.0f%% of `/me/formats` (%d of %d miss, in bold).%n%n",
                requests, warmup, clients.stream().filter(n -> n > 1).map(String::valueOf).toList(), seconds,
                rounded(formats), rounded(formatsAfter), seconds, GOAL_P99_MS, p99Misses, rows.size(), four,
                GOAL_RATIO * 100, ratioMisses, rows.size()));
        String levels = String.join(" / ", clients.stream().map(String::valueOf).toList());
        md.append("| scenario | request | rows | p50 ms | p99 ms | req/s (").append(levels)
                .append(" clients) | % of /me/formats (").append(levels).append(") | % of pgbench (").append(levels)
                .append(") | statements |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Row r : rows) {
            String p99 = format(r.latency().p99());
            md.append(String.format(Locale.ROOT, "| %s | `%s` | %s%,d | %s | %s | %s | %s | %s | %d |%n", r.name(),
                    r.request(), r.exact() ? "" : "≥ ", r.total(), format(r.latency().p50()),
                    r.latency().p99() >= GOAL_P99_MS ? "**" + p99 + "**" : p99,
                    String.join(" / ", r.perSecond().values().stream().map(v -> String.format(Locale.ROOT, "%.0f", v))
                            .toList()),
                    percentages(r.perSecond(), limit, four), percentages(r.perSecond(), r.pgbench(), -1),
                    r.statements()));
        }
        md.append(String.format(Locale.ROOT, "%n**Limits:** `/me/formats` %s req/s; pgbench on the list's statements"
                + " (median over the scenarios) %s tps.%n", rounded(limit), rounded(medians(rows, clients))));
        return md.toString();
    }

    private static Map<Integer, Double> medians(List<Row> rows, List<Integer> clients) {
        Map<Integer, Double> out = new java.util.LinkedHashMap<>();
        for (int n : clients) {
            double[] v = rows.stream().mapToDouble(r -> r.pgbench().get(n)).sorted().toArray();
            out.put(n, v[v.length / 2]);
        }
        return out;
    }

    private static String rounded(Map<Integer, Double> values) {
        return String.join(" / ", values.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%.0f (%d)", e.getValue(), e.getKey())).toList());
    }

    /** Each value as a percentage of the limit; the one at {@code goalClients} in bold when under the goal. */
    private static String percentages(Map<Integer, Double> values, Map<Integer, Double> limits, int goalClients) {
        List<String> out = new java.util.ArrayList<>();
        values.forEach((n, v) -> {
            String pct = String.format(Locale.ROOT, "%.0f%%", 100 * v / limits.get(n));
            out.add(n == goalClients && v / limits.get(n) < GOAL_RATIO ? "**" + pct + "**" : pct);
        });
        return String.join(" / ", out);
    }

    private static String format(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
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
