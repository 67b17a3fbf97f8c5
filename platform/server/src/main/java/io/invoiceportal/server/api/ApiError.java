package io.invoiceportal.server.api;

import io.invoiceportal.core.common.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The JSON error body of docs/api.md: {@code {"code", "message", "errors": [{"field", "message"}]}}. */
public record ApiError(String code, String message, List<FieldError> errors) {

    public static Response response(int status, String code, String message) {
        return response(status, new ApiError(code, message, List.of()));
    }

    public static Response response(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
