package io.invoiceportal.server.tenant;

import io.invoiceportal.core.tenant.TenantRequest;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.server.api.BodyLimit;
import io.invoiceportal.server.auth.AdminOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Operator: creates tenants. */
@Path("/v1/tenants")
@AdminOnly
@Tag(name = "Operator")
@SecurityRequirement(name = "adminKey")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {
    private final TenantService tenants;

    public TenantResource(TenantService tenants) {
        this.tenants = tenants;
    }

    /** The new tenant's slug and API key; the key is shown only here. */
    public record CreatedJson(String slug, String name, String apiKey) {}

    @POST
    @BodyLimit(BodyLimit.LARGE)
    @Operation(summary = "Create a tenant", description = "Returns the tenant's API key once; it is stored hashed."
            + " hostNames (at most 10 DNS names, no scheme, port, path or wildcard; not the portal's own host):"
            + " a request whose Host is one of them gets the tenant's portal at / and mails link to the first one;"
            + " a host name of another tenant is a 409 naming hostNames[i].")
    public Response create(TenantRequest request) {
        TenantService.CreatedTenant created = tenants.create(request);
        return Response.created(URI.create("v1/tenants/" + created.tenant().slug()))
                .entity(new CreatedJson(created.tenant().slug(), created.tenant().name(), created.apiKey()))
                .build();
    }
}
