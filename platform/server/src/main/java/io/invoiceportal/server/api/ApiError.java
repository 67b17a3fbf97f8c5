package io.invoiceportal.server.api;

import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.plugin.api.ExportException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The JSON error body of docs/api.md: {@code {"code", "message", "errors": [{"field", "message"}]}}; an
 * entry for a broken business rule adds its official id as {@code "rule"}.
 */
public record ApiError(String code, String message, List<FieldError> errors) {
    /** Seconds a client should wait before trying again when the portal cannot answer (503). */
    public static final int RETRY_AFTER_SECONDS = 5;

    public static Response response(int status, String code, String message) {
        return response(status, new ApiError(code, message, List.of()));
    }

    /**
     * 422 for an export that failed; when the plugin names the missing business terms ({@code "BT-49
     * Buyer electronic address"}), one error entry per term with the term's id as the field.
     */
    public static Response exportFailed(ExportException e) {
        List<FieldError> terms = e.missingTerms().stream().map(ApiError::term).toList();
        return response(422, new ApiError("export_failed", e.getMessage(), terms));
    }

    private static FieldError term(String term) {
        int space = term.indexOf(' ');
        return space < 0 ? new FieldError(term, term) : new FieldError(term.substring(0, space), term.substring(space + 1).strip());
    }

    public static Response response(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    /** The error code of an HTTP status without a more specific one. */
    public static String codeFor(int status) {
        return switch (status) {
            case 400 -> "malformed";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 431 -> "headers_too_large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "error";
        };
    }
}
