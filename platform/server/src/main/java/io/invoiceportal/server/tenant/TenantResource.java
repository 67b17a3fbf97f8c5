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
            + " hostNames are stored and must be unique, but not used yet: a tenant is found by its slug only.")
    public Response create(TenantRequest request) {
        TenantService.CreatedTenant created = tenants.create(request);
        return Response.created(URI.create("v1/tenants/" + created.tenant().slug()))
                .entity(new CreatedJson(created.tenant().slug(), created.tenant().name(), created.apiKey()))
                .build();
    }
}
