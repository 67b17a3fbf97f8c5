package io.invoiceportal.server.exportjob;

import io.invoiceportal.core.exportjob.ExportJobRefused;
import io.invoiceportal.server.api.ApiError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Not done yet: 409 {@code not_ready}; expired: 410 {@code gone}; too many jobs: 429 {@code too_many_jobs}. */
public final class ExportJobRefusedMapper implements ExceptionMapper<ExportJobRefused> {
    @Override
    public Response toResponse(ExportJobRefused e) {
        return switch (e.reason()) {
            case NOT_READY -> ApiError.response(409, "not_ready", e.getMessage());
            case GONE -> ApiError.response(410, "gone", e.getMessage());
            case TOO_MANY -> ApiError.response(429, "too_many_jobs", e.getMessage());
        };
    }
}
