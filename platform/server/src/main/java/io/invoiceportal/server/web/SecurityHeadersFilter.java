package io.invoiceportal.server.web;

import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Strict headers on every response of the application port (UI and API). Pages are framed only
 * by the portal itself, except a tenant's pages ({@code /t/{tenant}/…}), which the tenant's
 * {@code embedOrigins} may frame too.
 */
public class SecurityHeadersFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityHeadersFilter.class);
    // Vaadin needs inline styles and scripts of its own
    private static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
            + " connect-src 'self' ws: wss:; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'self'";
    private static final Pattern TENANT_PAGE = Pattern.compile("^/t/([a-z0-9-]{2,40})(/.*)?$");

    private final TenantService tenants;

    public SecurityHeadersFilter(TenantService tenants) {
        this.tenants = tenants;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        List<String> embedders = embedOrigins(request);
        if (embedders.isEmpty()) {
            response.setHeader("Content-Security-Policy", POLICY);
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        } else {
            // no X-Frame-Options: it cannot name other origins
            response.setHeader("Content-Security-Policy", POLICY + " " + String.join(" ", embedders));
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(req, res);
    }

    /** The origins besides the portal that may frame this page; none when the lookup fails. */
    private List<String> embedOrigins(HttpServletRequest request) {
        Matcher page = TENANT_PAGE.matcher(request.getRequestURI());
        if (!page.matches()) {
            return List.of();
        }
        try {
            return tenants.findBySlug(page.group(1)).map(Tenant::embedOrigins).orElse(List.of());
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the embed origins of tenant '{}'; framing by the portal only", page.group(1), e);
            return List.of();
        }
    }
}
