package io.invoiceportal.server.sso;

import io.invoiceportal.core.sso.SsoGrant;
import io.invoiceportal.core.sso.SsoRefused;
import io.invoiceportal.core.sso.SsoService;
import io.invoiceportal.core.tenant.PortalUrls;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.server.embed.HandOver;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /t/{tenant}/sso?token=…}, before Vaadin: a partner's signed token that keeps every rule
 * ({@link SsoService#accept}) signs its customer in ({@link HandOver}: a fresh session, 303 away so
 * the token leaves the address bar). Any refused token gets the same page (403) and no session;
 * the log says why, never the token.
 */
public class SsoLanding implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(SsoLanding.class);
    private static final Pattern PATH = Pattern.compile("^/t/([a-z0-9-]{1,63})/sso$");

    private final TenantService tenants;
    private final SsoService sso;
    private final HandOver handOver;
    private final String publicUrl;
    private final ErrorPage pages;

    public SsoLanding(TenantService tenants, SsoService sso, HandOver handOver, String publicUrl) {
        this.tenants = tenants;
        this.sso = sso;
        this.handOver = handOver;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
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
        try {
            SsoGrant grant = sso.accept(tenant.get(), request.getParameter("token"), audiences(tenant.get()));
            LOG.info("Partner sign-on for tenant {}: customer {} by {} (kid {}), {}", tenant.get().slug(),
                    grant.user().customerNumber(), grant.issuer(), grant.kid(), grant.embed() ? "embedded" : "full portal");
            handOver.signIn(request, response, tenant.get(), grant.user(), grant.embed(), null);
        } catch (SsoRefused refused) {
            LOG.warn("Partner sign-on refused for tenant {} from {}: {}", tenant.get().slug(), request.getRemoteAddr(),
                    refused.getMessage());
            page(request, response, 403, "sso.refused");
        }
    }

    /** The tenant's portal URLs a token may name as its audience: under the public URL, and on its own host when it has one. */
    private Set<String> audiences(Tenant tenant) {
        return Set.copyOf(List.of(publicUrl + "/t/" + tenant.slug(), PortalUrls.of(publicUrl, tenant)));
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
