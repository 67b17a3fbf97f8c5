package io.invoiceportal.server.invoice;

import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.invoice.InvoiceService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.api.BodyLimit;
import io.invoiceportal.server.auth.IssuerOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;

/** Issuer: publishes invoices and reads them back, also rendered by an export plugin. */
@Path("/v1/tenants/{tenant}/invoices")
@IssuerOnly
@Tag(name = "Issuer")
@SecurityRequirement(name = "tenantKey")
public class InvoiceResource {
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[\\x21-\\x7e]{1,200}$");
    private final InvoiceService invoices;
    private final ExportService exports;

    public InvoiceResource(InvoiceService invoices, ExportService exports) {
        this.invoices = invoices;
        this.exports = exports;
    }

    @POST
    @BodyLimit(BodyLimit.INVOICE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish an invoice",
            description = "201 when published, 200 when the same invoice was published before; same number with"
                    + " other content: 409. With an Idempotency-Key, a repeat within 24 hours gets the first answer again"
                    + " (status and body); the same key with another request: 422.")
    public Response publish(@Context Tenant tenant,
            @Parameter(description = "Any string up to 200 printable characters")
            @HeaderParam("Idempotency-Key") String idempotencyKey, InvoiceRequest body) {
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw ValidationException.of("Idempotency-Key", MessageKey.IDEMPOTENCY_KEY_FORMAT);
        }
        InvoiceService.Published published = invoices.publish(tenant, body, idempotencyKey, "issuer-api",
                view -> Json.write(InvoiceJson.of(view)));
        return Response.status(published.created() ? 201 : 200)
                .location(URI.create("v1/tenants/" + tenant.slug() + "/invoices/" + published.invoiceNumber()))
                .entity(published.body()).build();
    }

    @GET
    @Path("/{invoiceNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An invoice with computed amounts, read status and deliveries")
    public InvoiceJson get(@Context Tenant tenant, @PathParam("invoiceNumber") String number) {
        return InvoiceJson.of(invoices.issuerView(tenant, number));
    }

    @GET
    @Path("/{invoiceNumber}/{format}")
    @Operation(summary = "The invoice rendered by an export plugin (csv, pdf, xml, ...)")
    public Response export(@Context Tenant tenant, @PathParam("invoiceNumber") String number,
            @PathParam("format") String format) {
        Invoice invoice = invoices.get(tenant, number);
        ExportService.Rendering rendering = exports.render(tenant, invoice, format, null);
        return Downloads.of(rendering);
    }
}
