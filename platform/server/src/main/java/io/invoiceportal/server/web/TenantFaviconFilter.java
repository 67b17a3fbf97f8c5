package io.invoiceportal.server.web;

import io.invoiceportal.core.tenant.Favicon;
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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /t/{tenant}/favicon}: the tenant's icon ({@link Favicon}: its favicon, else its logo), or the
 * portal's own when it has neither. Cached for a day and revalidated by ETag (pages link it with the
 * icon's version, so a new icon shows at once). An SVG is served as a document that may run and load
 * nothing ({@code default-src 'none'}), never sniffed as anything else.
 */
public class TenantFaviconFilter implements Filter {
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'";
    private static final Pattern FAVICON = Pattern.compile("^/t/([a-z0-9][a-z0-9-]{0,62})/favicon$");
    private static final Favicon PORTAL = new Favicon("image/x-icon", portalIcon());

    private final TenantService tenants;

    public TenantFaviconFilter(TenantService tenants) {
        this.tenants = tenants;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Matcher path = FAVICON.matcher(request.getRequestURI());
        if (!path.matches()) {
            chain.doFilter(req, res);
            return;
        }
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        Optional<Tenant> tenant = tenants.findBySlug(path.group(1));
        if (tenant.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Favicon icon = Favicon.of(tenant.get()).orElse(PORTAL);
        String etag = "\"" + icon.version() + "\"";
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", POLICY);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(icon.mediaType());
        response.setContentLength(icon.bytes().length);
        if (request.getMethod().equals("GET")) {
            response.getOutputStream().write(icon.bytes());
        }
    }

    /** The portal's own icon, the one {@code /favicon.ico} serves. */
    private static byte[] portalIcon() {
        try (InputStream in = TenantFaviconFilter.class.getResourceAsStream("/META-INF/resources/favicon.ico")) {
            if (in == null) {
                throw new IllegalStateException("The portal's favicon.ico is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
