package io.invoiceportal.server.auth;

import io.invoiceportal.server.api.ApiError;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Lets a request through to an {@link AdminOnly} resource only with the operator key. */
@AdminOnly
@Priority(Priorities.AUTHENTICATION)
public class AdminKeyFilter implements ContainerRequestFilter {
    private final byte[] adminKey;

    public AdminKeyFilter(String adminKey) {
        this.adminKey = adminKey.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String token = BearerToken.of(request);
        if (token == null || !MessageDigest.isEqual(adminKey, token.getBytes(StandardCharsets.UTF_8))) {
            request.abortWith(ApiError.response(401, "unauthorized", "Send the operator key as 'Authorization: Bearer <key>'"));
        }
    }
}
