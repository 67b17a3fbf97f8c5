package io.invoiceportal.server.embed;

import io.invoiceportal.core.embed.PortalSessionService;
import io.invoiceportal.core.embed.PortalSessionService.Redemption;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code GET /t/{tenant}/portal-session?token=…}, before Vaadin: a valid token signs its customer in
 * ({@link HandOver}); a used or expired one answers 410, an unknown one (garbage, another tenant's)
 * 404, a customer whose account is no longer active 403, each with a page saying so in the
 * browser's language, and no session.
 */
public class PortalSessionLanding extends HandOverLanding {
    private final PortalSessionService portalSessions;
    private final HandOver handOver;

    public PortalSessionLanding(TenantService tenants, PortalSessionService portalSessions, HandOver handOver) {
        super(PortalSessionService.LANDING, tenants);
        this.portalSessions = portalSessions;
        this.handOver = handOver;
    }

    @Override
    protected void land(HttpServletRequest request, HttpServletResponse response, Tenant tenant, String token)
            throws IOException {
        switch (portalSessions.redeem(tenant, token, request.getRemoteAddr())) {
            case Redemption.Redeemed ok -> handOver.signIn(request, response, tenant, ok.user(), ok.embed(), ok.language(), "portal-session");
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
}
