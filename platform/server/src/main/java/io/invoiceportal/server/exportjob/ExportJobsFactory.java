package io.invoiceportal.server.exportjob;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.invoiceportal.core.exportjob.ExportJobSettings;
import io.invoiceportal.core.exportjob.ExportJobWorker;
import io.invoiceportal.server.db.DatabaseOutage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;

/** {@code exportJobs} in config.yml: where bulk export ZIPs go and how the workers share the queue. */
public class ExportJobsFactory {
    private String directory = "";
    @Min(0)
    @Max(16)
    private int workers = 2;
    @Min(1)
    private int maxRunningPerCustomer = 2;
    @Min(1)
    private int maxActivePerCustomer = 10;
    @Min(1)
    private int maxInvoices = 100_000;
    @Min(2)
    private long leaseSeconds = 60;
    @Min(1)
    private int keepDays = 7;
    @Min(50)
    private long pollMillis = 1000;
    @Min(1000)
    private long sweepMillis = 60_000;

    /** The settings, with the ZIPs under {@code dataDir/exports} unless a directory is configured. */
    public ExportJobSettings settings(String dataDir) {
        Path dir = directory == null || directory.isBlank() ? Path.of(dataDir, "exports") : Path.of(directory);
        return new ExportJobSettings(dir.toAbsolutePath(), maxRunningPerCustomer, maxActivePerCustomer, maxInvoices,
                Duration.ofSeconds(leaseSeconds), Duration.ofDays(keepDays));
    }

    /** Runs {@code workers} workers and the sweeper while the application runs. */
    public ExportJobRunner build(ExportJobWorker worker, DatabaseOutage outage) {
        return new ExportJobRunner(worker, workers, Duration.ofMillis(pollMillis), Duration.ofMillis(sweepMillis), outage);
    }

    @JsonProperty
    public String getDirectory() {
        return directory;
    }

    @JsonProperty
    public void setDirectory(String directory) {
        this.directory = directory;
    }

    @JsonProperty
    public int getWorkers() {
        return workers;
    }

    @JsonProperty
    public void setWorkers(int workers) {
        this.workers = workers;
    }

    @JsonProperty
    public int getMaxRunningPerCustomer() {
        return maxRunningPerCustomer;
    }

    @JsonProperty
    public void setMaxRunningPerCustomer(int maxRunningPerCustomer) {
        this.maxRunningPerCustomer = maxRunningPerCustomer;
    }

    @JsonProperty
    public int getMaxActivePerCustomer() {
        return maxActivePerCustomer;
    }

    @JsonProperty
    public void setMaxActivePerCustomer(int maxActivePerCustomer) {
        this.maxActivePerCustomer = maxActivePerCustomer;
    }

    @JsonProperty
    public int getMaxInvoices() {
        return maxInvoices;
    }

    @JsonProperty
    public void setMaxInvoices(int maxInvoices) {
        this.maxInvoices = maxInvoices;
    }

    @JsonProperty
    public long getLeaseSeconds() {
        return leaseSeconds;
    }

    @JsonProperty
    public void setLeaseSeconds(long leaseSeconds) {
        this.leaseSeconds = leaseSeconds;
    }

    @JsonProperty
    public int getKeepDays() {
        return keepDays;
    }

    @JsonProperty
    public void setKeepDays(int keepDays) {
        this.keepDays = keepDays;
    }

    @JsonProperty
    public long getPollMillis() {
        return pollMillis;
    }

    @JsonProperty
    public void setPollMillis(long pollMillis) {
        this.pollMillis = pollMillis;
    }

    @JsonProperty
    public long getSweepMillis() {
        return sweepMillis;
    }

    @JsonProperty
    public void setSweepMillis(long sweepMillis) {
        this.sweepMillis = sweepMillis;
    }
}
