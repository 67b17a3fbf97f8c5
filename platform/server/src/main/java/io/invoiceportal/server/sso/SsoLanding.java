package io.invoiceportal.server.sso;

import io.invoiceportal.core.sso.SsoGrant;
import io.invoiceportal.core.sso.SsoRefused;
import io.invoiceportal.core.sso.SsoService;
import io.invoiceportal.core.tenant.PortalUrls;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.server.embed.HandOver;
import io.invoiceportal.server.embed.HandOverLanding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /t/{tenant}/sso?token=…}, before Vaadin: a partner's signed token that keeps every rule
 * ({@link SsoService#accept}) signs its customer in ({@link HandOver}: a fresh session, 303 away so
 * the token leaves the address bar). Any refused token gets the same page (403) and no session;
 * the log says why, never the token.
 */
public class SsoLanding extends HandOverLanding {
    private static final Logger LOG = LoggerFactory.getLogger(SsoLanding.class);

    private final SsoService sso;
    private final HandOver handOver;
    private final String publicUrl;

    public SsoLanding(TenantService tenants, SsoService sso, HandOver handOver, String publicUrl) {
        super("sso", tenants);
        this.sso = sso;
        this.handOver = handOver;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Override
    protected void land(HttpServletRequest request, HttpServletResponse response, Tenant tenant, String token)
            throws IOException {
        try {
            SsoGrant grant = sso.accept(tenant, token, audiences(tenant));
            LOG.info("Partner sign-on for tenant {}: customer {} by {} (kid {}), {}", tenant.slug(),
                    grant.user().customerNumber(), grant.issuer(), grant.kid(), grant.embed() ? "embedded" : "full portal");
            handOver.signIn(request, response, tenant, grant.user(), grant.embed(), null, "sso");
        } catch (SsoRefused refused) {
            LOG.warn("Partner sign-on refused for tenant {} from {}: {}", tenant.slug(), request.getRemoteAddr(),
                    refused.getMessage());
            page(request, response, 403, "sso.refused");
        }
    }

    /** The tenant's portal URLs a token may name as its audience: under the public URL, and on its own host when it has one. */
    private Set<String> audiences(Tenant tenant) {
        return Set.copyOf(List.of(publicUrl + "/t/" + tenant.slug(), PortalUrls.of(publicUrl, tenant)));
    }
}
