package io.invoiceportal.server.embed;

import io.invoiceportal.core.embed.PortalSessionService;
import io.invoiceportal.core.embed.PortalSessionService.Redemption;
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
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /t/{tenant}/portal-session?token=…}, before Vaadin: a valid token signs its customer in
 * ({@link HandOver}); a used or expired one answers 410, an unknown one (garbage, another tenant's)
 * 404, a customer whose account is no longer active 403, each with a page saying so in the
 * browser's language, and no session.
 */
public class PortalSessionLanding implements Filter {
    private static final Pattern PATH = Pattern.compile("^/t/([a-z0-9-]{1,63})/" + PortalSessionService.LANDING + "$");

    private final TenantService tenants;
    private final PortalSessionService portalSessions;
    private final HandOver handOver;
    private final ErrorPage pages;

    public PortalSessionLanding(TenantService tenants, PortalSessionService portalSessions, HandOver handOver) {
        this.tenants = tenants;
        this.portalSessions = portalSessions;
        this.handOver = handOver;
        this.pages = new ErrorPage(tenants);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Matcher path = PATH.matcher(request.getRequestURI());
        if (!path.matches()) {
            chain.doFilter(req, res);
            return;
        }
        HandOver.noTrace(response);
        if (!"GET".equals(request.getMethod())) {
            response.setHeader("Allow", "GET");
            page(request, response, 405, "error.other");
            return;
        }
        Optional<Tenant> tenant = tenants.findBySlug(path.group(1));
        if (tenant.isEmpty()) {
            page(request, response, 404, "error.404");
            return;
        }
        switch (portalSessions.redeem(tenant.get(), request.getParameter("token"), request.getRemoteAddr())) {
            case Redemption.Redeemed ok ->
                    handOver.signIn(request, response, tenant.get(), ok.user(), ok.embed(), ok.language());
            case Redemption.Refused no -> page(request, response, status(no.reason()),
                    "portalSession." + no.reason().name().toLowerCase(Locale.ROOT).replace("account_", ""));
        }
    }

    private static int status(PortalSessionService.Reason reason) {
        return switch (reason) {
            case USED, EXPIRED -> 410;
            case UNKNOWN -> 404;
            case ACCOUNT_INACTIVE -> 403;
        };
    }

    private void page(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        byte[] body = pages.html(request.getRequestURI(), request.getHeader("Accept-Language"), key, false)
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
