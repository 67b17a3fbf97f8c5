package io.invoiceportal.server.auth;

import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.server.api.ApiError;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Optional;

/**
 * Resolves {@code {tenant}} of an {@link IssuerOnly} resource and checks the tenant's API key.
 * No key: 401. A key that is not this tenant's (another tenant's, or none at all) gets the same
 * 404 as an unknown tenant, so a key never reveals which other tenants exist. A key that was right
 * is remembered for a few seconds ({@link IssuerKeys}).
 */
@IssuerOnly
@Priority(Priorities.AUTHENTICATION)
public class IssuerKeyFilter implements ContainerRequestFilter {
    private final IssuerKeys keys;

    public IssuerKeyFilter(TenantService tenants) {
        this.keys = new IssuerKeys(tenants, System::nanoTime);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String key = BearerToken.of(request);
        if (key == null) {
            request.abortWith(ApiError.response(401, "unauthorized", "Send the tenant's API key as 'Authorization: Bearer <key>'"));
            return;
        }
        String slug = request.getUriInfo().getPathParameters().getFirst("tenant");
        Optional<Tenant> tenant = keys.tenant(slug, key);
        if (tenant.isEmpty()) {
            request.abortWith(ApiError.response(404, "not_found", "No tenant '" + slug + "' for this key"));
            return;
        }
        Principals.setTenant(request, tenant.get());
    }
}
