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
 * by the portal itself, except a tenant's embedded pages ({@code /t/{tenant}/embed/…} and the
 * hand-overs that lead there, {@code /t/{tenant}/portal-session} and {@code /t/{tenant}/sso}),
 * which exactly the tenant's {@code embedOrigins} may frame (nobody when it has none).
 */
public class SecurityHeadersFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityHeadersFilter.class);
    // Vaadin needs inline styles and scripts of its own
    private static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
            + " connect-src 'self' ws: wss:; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors";
    private static final Pattern EMBEDDED_PAGE =
            Pattern.compile("^/t/([a-z0-9-]{2,40})(/embed|/embed/.*|/portal-session|/sso)$");

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
        Matcher embedded = EMBEDDED_PAGE.matcher(request.getRequestURI());
        if (embedded.matches()) {
            // no X-Frame-Options: it cannot name other origins
            List<String> embedders = embedOrigins(embedded.group(1));
            response.setHeader("Content-Security-Policy",
                    POLICY + " " + (embedders.isEmpty() ? "'none'" : String.join(" ", embedders)));
        } else {
            response.setHeader("Content-Security-Policy", POLICY + " 'self'");
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(req, res);
    }

    /** The origins that may frame the tenant's embedded pages; none when the lookup fails. */
    private List<String> embedOrigins(String slug) {
        try {
            return tenants.findBySlug(slug).map(Tenant::embedOrigins).orElse(List.of());
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the embed origins of tenant '{}'; its embedded pages are framed by nobody", slug, e);
            return List.of();
        }
    }
}
