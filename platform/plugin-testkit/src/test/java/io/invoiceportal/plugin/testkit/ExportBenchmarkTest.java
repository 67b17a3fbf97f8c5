package io.invoiceportal.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The benchmark timing: every run is counted and the figures are in milliseconds and per second. */
class ExportBenchmarkTest {

    /** time() runs the warm-up and the timed runs, and its percentiles lie between the fastest and slowest run. */
    @Test
    void timesEachRun() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        ExportBenchmark.Timing timing = ExportBenchmark.time(() -> {
            Thread.sleep(runs.incrementAndGet() % 2 == 0 ? 2 : 1);
            return null;
        }, 3, 10);
        assertThat(runs).hasValue(13);
        assertThat(timing.percentile(0)).isGreaterThanOrEqualTo(1.0);
        assertThat(timing.percentile(100)).isGreaterThanOrEqualTo(timing.percentile(50)).isLessThan(1000.0);
        assertThat(timing.mean()).isBetween(timing.percentile(0), timing.percentile(100));
    }

    /** perSecond() counts the runs of all threads over the wall-clock time. */
    @Test
    void countsRunsPerSecondOverAllThreads() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        double perSecond = ExportBenchmark.perSecond(() -> {
            runs.incrementAndGet();
            Thread.sleep(10);
            return null;
        }, 2, Duration.ofMillis(500));
        assertThat(perSecond).isBetween(runs.get() / 1.0, runs.get() / 0.5 + 4);
        assertThat(perSecond).isBetween(40.0, 200.0);
    }
}
