package io.invoiceportal.server.api;

import io.invoiceportal.core.common.FieldError;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks every query and path parameter with {@link CleanText} before anything else looks at it:
 * bad text is a 422 naming the parameter; a broken percent-encoding is a 400.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public class TextParamsFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        List<FieldError> errors = new ArrayList<>();
        try {
            check(uri.getPathParameters(true), errors);
            check(uri.getQueryParameters(true), errors);
        } catch (IllegalArgumentException e) {
            request.abortWith(ApiError.response(400, "malformed", "The address has a broken percent-encoding"));
            return;
        }
        if (!errors.isEmpty()) {
            request.abortWith(ApiError.response(422, new ApiError("invalid", "The request has invalid fields", errors)));
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, List<FieldError> errors) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            boolean clean = CleanText.isClean(p.getKey()) && p.getValue().stream().allMatch(CleanText::isClean);
            if (!clean) {
                errors.add(new FieldError(CleanText.isClean(p.getKey()) ? p.getKey() : "query", CleanText.MESSAGE));
            }
        }
    }
}
