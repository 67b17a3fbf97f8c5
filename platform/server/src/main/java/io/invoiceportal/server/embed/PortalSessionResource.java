package io.invoiceportal.server.embed;

import io.invoiceportal.core.embed.PortalSessionRequest;
import io.invoiceportal.core.embed.PortalSessionService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.auth.IssuerOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Issuer (a partner's back-end): one-time URLs that sign a customer in to the portal. */
@Path("/v1/tenants/{tenant}/portal-sessions")
@IssuerOnly
@Tag(name = "Issuer")
@SecurityRequirement(name = "tenantKey")
@Produces(MediaType.APPLICATION_JSON)
public class PortalSessionResource {
    private final PortalSessionService portalSessions;

    public PortalSessionResource(PortalSessionService portalSessions) {
        this.portalSessions = portalSessions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a portal session: a one-time URL that signs the customer in",
            description = "Body {customerNumber, embed (default true), returnUrl?, language?}. 201 {url, expiresAt}:"
                    + " the URL works once, for 5 minutes, and opens /t/{tenant}/embed/invoices (embed) or"
                    + " /t/{tenant}/invoices in a new session. 422 per field: customerNumber unknown or its account"
                    + " not active, returnUrl not an https URL on one of the tenant's embedOrigins, language not"
                    + " offered.")
    public Response create(@Context Tenant tenant, PortalSessionRequest body) {
        return Response.status(201).entity(portalSessions.create(tenant, body, "issuer-api")).build();
    }
}
