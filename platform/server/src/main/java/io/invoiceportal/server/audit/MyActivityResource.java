package io.invoiceportal.server.audit;

import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.audit.AuditService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.auth.CustomerOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The signed-in customer's own activity trail. The class path equals AccountResource's so Jersey
 * merges them (see MyInvoicesResource).
 */
@Path("/v1/tenants/{tenant}")
@CustomerOnly
@Tag(name = "Customer")
public class MyActivityResource {
    private final AuditService audit;

    public MyActivityResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @Path("/me/activity")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The customer's own activity trail, newest first: sign-ins, invoices opened and downloaded,"
            + " profile and password changes, export jobs", description = "Bad page or size: 422 naming it.")
    public ActivityJson.PageJson list(@Context Tenant tenant, @Context SignedIn user, @BeanParam ActivityParams params) {
        return ActivityJson.page(audit.ofCustomer(tenant, user.customerId(), params.page(), params.size()), false);
    }
}
