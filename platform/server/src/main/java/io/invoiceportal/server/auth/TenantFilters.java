package io.invoiceportal.server.auth;

import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.server.account.UserSessions;
import io.invoiceportal.server.api.ApiError;
import io.invoiceportal.server.web.HostFilter;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import java.util.Optional;

/**
 * Filters that resolve {@code {tenant}} for public and customer endpoints. On a tenant's own host
 * name only that tenant's {@code {tenant}} is served: another one is a 404, so a page on one
 * tenant's host can never reach another tenant with the visitor's cookies.
 */
public final class TenantFilters {
    private TenantFilters() {}

    static Optional<Tenant> resolve(TenantService tenants, ContainerRequestContext request,
            HttpServletRequest servletRequest) {
        String slug = request.getUriInfo().getPathParameters().getFirst("tenant");
        Optional<Tenant> tenant = tenants.findBySlug(slug);
        Optional<Tenant> hostTenant = HostFilter.of(servletRequest).flatMap(tenants::findByHost);
        if (hostTenant.isPresent() && tenant.isPresent() && hostTenant.get().id() != tenant.get().id()) {
            tenant = Optional.empty();
        }
        if (tenant.isEmpty()) {
            request.abortWith(ApiError.response(404, "not_found", "No portal '" + slug + "'"));
        } else {
            Principals.setTenant(request, tenant.get());
        }
        return tenant;
    }

    /** {@link PublicTenant}: the tenant must exist. */
    @PublicTenant
    @Priority(Priorities.AUTHENTICATION)
    public static class Public implements ContainerRequestFilter {
        private final TenantService tenants;
        @Context
        private HttpServletRequest servletRequest;

        public Public(TenantService tenants) {
            this.tenants = tenants;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            resolve(tenants, request, servletRequest);
        }
    }

    /** {@link CustomerOnly}: a current session of this tenant. */
    @CustomerOnly
    @Priority(Priorities.AUTHENTICATION)
    public static class Customer implements ContainerRequestFilter {
        private final TenantService tenants;
        private final UserSessions sessions;
        @Context
        private HttpServletRequest servletRequest;

        public Customer(TenantService tenants, UserSessions sessions) {
            this.tenants = tenants;
            this.sessions = sessions;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Optional<Tenant> tenant = resolve(tenants, request, servletRequest);
            if (tenant.isEmpty()) {
                return;
            }
            Optional<SignedIn> user = sessions.current(servletRequest, tenant.get());
            if (user.isEmpty()) {
                request.abortWith(ApiError.response(401, "unauthorized", "Log in first: POST /api/v1/tenants/"
                        + tenant.get().slug() + "/session"));
                return;
            }
            Principals.setUser(request, user.get());
        }
    }
}
