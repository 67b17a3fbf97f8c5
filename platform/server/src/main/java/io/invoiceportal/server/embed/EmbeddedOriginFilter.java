package io.invoiceportal.server.embed;

import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.server.api.ApiError;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An embedded session's cookie is {@code SameSite=None}, so the browser sends it with requests any
 * site makes: a change (POST, PUT, PATCH, DELETE) made with an embedded session must come from a page
 * of the portal itself or of one of the tenant's embedOrigins, as its {@code Origin} header says;
 * otherwise 403 and nothing changes. Requests with an API key, or without an embedded session, are
 * not affected.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class EmbeddedOriginFilter implements ContainerRequestFilter {
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern TENANT = Pattern.compile("^/api/v1/tenants/([a-z0-9-]{1,63})(/.*)?$");

    private final TenantService tenants;
    @Context
    private HttpServletRequest request;

    public EmbeddedOriginFilter(TenantService tenants) {
        this.tenants = tenants;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        if (!CHANGES.contains(context.getMethod()) || context.getHeaderString("Authorization") != null) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session == null || !Boolean.TRUE.equals(session.getAttribute(EmbedSessionHandler.EMBEDDED))) {
            return;
        }
        String origin = context.getHeaderString("Origin");
        if (origin == null || !allowed(origin)) {
            context.abortWith(ApiError.response(403, "forbidden", "A change made in an embedded session must come"
                    + " from the portal or one of the tenant's embedOrigins (Origin header)"));
        }
    }

    private boolean allowed(String origin) {
        String host = request.getHeader("Host");
        if (host != null && origin.equalsIgnoreCase(request.getScheme() + "://" + host)) {
            return true;
        }
        Matcher tenant = TENANT.matcher(request.getRequestURI());
        List<String> embedders = tenant.matches()
                ? tenants.findBySlug(tenant.group(1)).map(Tenant::embedOrigins).orElse(List.of()) : List.of();
        return embedders.contains(origin.toLowerCase(java.util.Locale.ROOT));
    }
}
