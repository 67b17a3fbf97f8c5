package io.invoiceportal.server.audit;

import io.invoiceportal.core.audit.ActivityPage;
import io.invoiceportal.core.audit.AuditService;
import io.invoiceportal.core.invoice.InvoiceService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.auth.IssuerOnly;
import io.invoiceportal.server.invoice.InvoiceJson;
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

/**
 * The issuer's view of one invoice's trail: who opened or downloaded it, when, in which format and
 * how, and its deliveries. Its own class (not a method of InvoiceResource) because its longer
 * path wins over {@code invoices/{n}/{format}}.
 */
@Path("/v1/tenants/{tenant}/invoices/{invoiceNumber}/activity")
@IssuerOnly
@Tag(name = "Issuer")
@SecurityRequirement(name = "tenantKey")
public class InvoiceActivityResource {
    private final AuditService audit;
    private final InvoiceService invoices;

    public InvoiceActivityResource(AuditService audit, InvoiceService invoices) {
        this.audit = audit;
        this.invoices = invoices;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Who opened or downloaded the invoice and when (format, via), newest first, and its deliveries",
            description = "JSON a page at a time; format=csv or Accept: text/csv: every event as CSV. Unknown invoice:"
                    + " 404; bad page, size or format: 422 naming it.",
            responses = @ApiResponse(responseCode = "200", content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ActivityJson.InvoiceActivityJson.class)),
                @Content(mediaType = "text/csv")}))
    public Response get(@Context Tenant tenant, @PathParam("invoiceNumber") String number,
            @BeanParam ActivityParams params) {
        if (params.csv()) {
            audit.requireInvoice(tenant, number);
            return ActivityJson.csv("invoice-" + fileSafe(number) + "-activity.csv",
                    sink -> audit.eachOfInvoice(tenant, number, sink));
        }
        ActivityPage page = audit.ofInvoice(tenant, number, params.page(), params.size());
        InvoiceService.IssuerView view = invoices.issuerView(tenant, number);
        return Response.ok(new ActivityJson.InvoiceActivityJson(number,
                page.items().stream().map(a -> ActivityJson.item(a, true)).toList(), page.total(), page.page(),
                page.size(), view.deliveries().stream().map(InvoiceJson::delivery).toList()),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    static String fileSafe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
