package io.invoiceportal.server.auth;

import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.tenant.Tenant;
import jakarta.ws.rs.container.ContainerRequestContext;

/** The tenant an authentication filter resolved for this request. */
public final class TenantRequest {
    static final String PROPERTY = "io.invoiceportal.tenant";
    static final String USER = "io.invoiceportal.user";

    private TenantRequest() {}

    public static Tenant tenant(ContainerRequestContext request) {
        Tenant tenant = (Tenant) request.getProperty(PROPERTY);
        if (tenant == null) {
            throw new IllegalStateException("no tenant resolved for this resource; is it annotated?");
        }
        return tenant;
    }

    /** The signed-in user of a {@link CustomerOnly} resource. */
    public static SignedIn user(ContainerRequestContext request) {
        SignedIn user = (SignedIn) request.getProperty(USER);
        if (user == null) {
            throw new IllegalStateException("no signed-in user for this resource; is it @CustomerOnly?");
        }
        return user;
    }
}
