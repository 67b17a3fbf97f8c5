package io.invoiceportal.server.tenant;

import io.invoiceportal.core.common.NotFoundException;
import io.invoiceportal.core.sso.SsoService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.auth.IssuerOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Issuer: the HS256 secret partners may sign sign-on tokens with. Made here and shown once; the
 * settings show only its kid, issuer and age. A new secret replaces the former one at once.
 */
@Path("/v1/tenants/{tenant}/settings/sso-secret")
@IssuerOnly
@Tag(name = "Issuer")
@SecurityRequirement(name = "tenantKey")
@Produces(MediaType.APPLICATION_JSON)
public class SsoSecretResource {
    private final SsoService sso;

    public SsoSecretResource(SsoService sso) {
        this.sso = sso;
    }

    /** The issuer ({@code iss}) tokens signed with the new secret must carry. */
    public record SecretRequest(String iss) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a new HS256 sign-on secret (shown once)",
            description = "Body {\"iss\"}: the issuer the partner's tokens carry. Answers 201 {kid, alg: HS256, iss,"
                    + " secret}: sign tokens with the UTF-8 bytes of secret and put kid in their header. The secret"
                    + " is never shown again; the former secret stops working at once. Prefer a public key"
                    + " (settings.sso.keys): the portal must keep this secret to verify with it.")
    public Response create(@Context Tenant tenant, SecretRequest body) {
        SsoService.CreatedSecret created = sso.newSecret(tenant, body == null ? null : body.iss(), "issuer-api");
        return Response.status(201).entity(created).build();
    }

    @DELETE
    @Operation(summary = "Remove the HS256 sign-on secret",
            description = "Tokens signed with it are refused from now on. 204; 404 when there is none.")
    public Response delete(@Context Tenant tenant) {
        if (!sso.deleteSecret(tenant, "issuer-api")) {
            throw new NotFoundException("This portal has no sign-on secret");
        }
        return Response.noContent().build();
    }
}
