package io.invoiceportal.server.exportjob;

import com.fasterxml.jackson.databind.JsonNode;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.exportjob.ExportJob;
import io.invoiceportal.core.exportjob.ExportJobState;
import java.time.Instant;
import java.util.List;

/**
 * An export job as the API shows it: {@code state} queued, running, done, failed or expired;
 * {@code done} of {@code total} invoices written, {@code failed} of them listed as failed in the
 * manifest; {@code downloadUrl} while the ZIP can be downloaded.
 */
public record ExportJobJson(long id, String state, int done, int total, int failed, List<String> formats,
        JsonNode selection, Instant createdAt, Instant finishedAt, Instant expiresAt, String downloadUrl, String error) {

    static ExportJobJson of(String tenantSlug, ExportJob job, Instant now) {
        boolean downloadable = job.state() == ExportJobState.DONE && now.isBefore(job.expiresAt());
        return new ExportJobJson(job.id(), downloadable || job.state() != ExportJobState.DONE ? job.state().dbValue()
                : ExportJobState.EXPIRED.dbValue(), job.done(), job.total(), job.failedItems(), job.formatList(),
                Json.read(job.selection(), JsonNode.class), job.createdAt(), job.finishedAt(), job.expiresAt(),
                downloadable ? "/api/v1/tenants/" + tenantSlug + "/me/export-jobs/" + job.id() + "/download" : null,
                job.error());
    }

    /** The customer's recent jobs, newest first. */
    public record ListJson(List<ExportJobJson> items) {}
}
