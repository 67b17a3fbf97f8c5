package io.invoiceportal.server.embed;

import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.server.web.ErrorPage;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A landing that hands a customer over from a one-time token in the address ({@code GET
 * /t/{tenant}/<name>?token=…}), before Vaadin: no trace of the token (no cache, no referrer), only
 * GET (405), an unknown tenant 404; the subclass redeems the token and signs in through
 * {@link HandOver}, or answers one of the pages that say why not, in the browser's language.
 */
public abstract class HandOverLanding implements Filter {
    private final Pattern path;
    private final TenantService tenants;
    private final ErrorPage pages;

    protected HandOverLanding(String name, TenantService tenants) {
        this.path = Pattern.compile("^/t/([a-z0-9-]{1,63})/" + Pattern.quote(name) + "$");
        this.tenants = tenants;
        this.pages = new ErrorPage(tenants);
    }

    @Override
    public final void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Matcher matched = path.matcher(request.getRequestURI());
        if (!matched.matches()) {
            chain.doFilter(req, res);
            return;
        }
        HandOver.noTrace(response);
        if (!"GET".equals(request.getMethod())) {
            response.setHeader("Allow", "GET");
            page(request, response, 405, "error.other");
            return;
        }
        Optional<Tenant> tenant = tenants.findBySlug(matched.group(1));
        if (tenant.isEmpty()) {
            page(request, response, 404, "error.404");
            return;
        }
        land(request, response, tenant.get(), request.getParameter("token"));
    }

    /** Redeems {@code token} (may be null) of {@code tenant}: signs in, or answers a {@link #page}. */
    protected abstract void land(HttpServletRequest request, HttpServletResponse response, Tenant tenant, String token)
            throws IOException;

    /** Answers the page of message {@code key} with {@code status}. */
    protected final void page(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        byte[] body = pages.html(request.getRequestURI(), request.getHeader("Accept-Language"), key, false)
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
