package io.invoiceportal.server.auth;

import io.invoiceportal.core.tenant.Tenant;
import jakarta.ws.rs.container.ContainerRequestContext;

/** The tenant an authentication filter resolved for this request. */
public final class TenantRequest {
    static final String PROPERTY = "io.invoiceportal.tenant";

    private TenantRequest() {}

    public static Tenant tenant(ContainerRequestContext request) {
        Tenant tenant = (Tenant) request.getProperty(PROPERTY);
        if (tenant == null) {
            throw new IllegalStateException("no tenant resolved for this resource; is it annotated?");
        }
        return tenant;
    }
}
