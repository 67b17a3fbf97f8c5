package io.invoiceportal.core.exportjob;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A customer's bulk export: the invoices selected when it was made (in {@code export_job_item}),
 * rendered in {@code formats} into one ZIP with a {@code manifest.csv}. {@code done} counts the
 * invoices written so far, {@code failedItems} those that could not be rendered (listed as failed
 * in the manifest); {@code attempts} counts the claims (a takeover after a node stopped starts the
 * ZIP again).
 */
public record ExportJob(long tenantId, long id, long customerId, long accountId, String formats, String language,
        String selection, ExportJobState state, int total, int done, int failedItems, int attempts, String worker,
        Instant leasedUntil, String error, String fileName, Long fileBytes, Instant createdAt, Instant startedAt,
        Instant finishedAt, Instant expiresAt) {

    public List<String> formatList() {
        return Arrays.asList(formats.split(","));
    }
}
