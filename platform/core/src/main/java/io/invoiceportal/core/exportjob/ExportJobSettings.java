package io.invoiceportal.core.exportjob;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How export jobs run.
 *
 * @param directory where the ZIPs are written ({@code dataDir/exports}); nodes that share jobs share it
 * @param maxRunningPerCustomer jobs of one customer that run at once; more wait in the queue
 * @param maxActivePerCustomer jobs of one customer that may be queued or running; more are refused
 * @param maxInvoices the most invoices in one job
 * @param lease how long a claimed job is held without progress before another node takes it over
 * @param keep how long a finished ZIP can be downloaded
 */
public record ExportJobSettings(Path directory, int maxRunningPerCustomer, int maxActivePerCustomer, int maxInvoices,
        Duration lease, Duration keep) {

    public static ExportJobSettings defaults(Path directory) {
        return new ExportJobSettings(directory, 2, 10, 100_000, Duration.ofSeconds(60), Duration.ofDays(7));
    }
}
