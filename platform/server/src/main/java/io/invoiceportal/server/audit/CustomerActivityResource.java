package io.invoiceportal.server.audit;

import io.invoiceportal.core.audit.AuditService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.auth.IssuerOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The issuer's view of one customer's activity trail (the same events the customer sees). */
@Path("/v1/tenants/{tenant}/customers/{customerNumber}/activity")
@IssuerOnly
@Tag(name = "Issuer")
@SecurityRequirement(name = "tenantKey")
public class CustomerActivityResource {
    private final AuditService audit;

    public CustomerActivityResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "The customer's activity trail, newest first (sign-ins, invoices opened and downloaded,"
            + " profile and password changes, export jobs)",
            description = "JSON a page at a time; format=csv or Accept: text/csv: every event as CSV. Unknown customer:"
                    + " 404; bad page, size or format: 422 naming it.",
            responses = @ApiResponse(responseCode = "200", content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityJson.PageJson.class)),
                @Content(mediaType = "text/csv")}))
    public Response get(@Context Tenant tenant, @PathParam("customerNumber") String customerNumber,
            @BeanParam ActivityParams params) {
        boolean csv = params.csv();
        long customerId = audit.customerId(tenant, customerNumber);
        if (csv) {
            return ActivityJson.csv("customer-" + InvoiceActivityResource.fileSafe(customerNumber) + "-activity.csv",
                    sink -> audit.eachOfCustomer(tenant, customerId, sink));
        }
        return Response.ok(ActivityJson.page(audit.ofCustomer(tenant, customerId, params.page(), params.size()), true),
                MediaType.APPLICATION_JSON_TYPE).build();
    }
}
