package io.invoiceportal.server.invoice;

import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.invoice.InvoiceService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.ubl.UblImportService;
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
    private final UblImportService ublImport;

    public InvoiceResource(InvoiceService invoices, ExportService exports, UblImportService ublImport) {
        this.invoices = invoices;
        this.exports = exports;
        this.ublImport = ublImport;
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
        checkKey(idempotencyKey);
        InvoiceService.Published published = invoices.publish(tenant, body, idempotencyKey, "issuer-api",
                view -> Json.write(InvoiceJson.of(view)));
        return answer(tenant, published);
    }

    static void checkKey(String idempotencyKey) {
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw ValidationException.of("Idempotency-Key", MessageKey.IDEMPOTENCY_KEY_FORMAT);
        }
    }

    private static Response answer(Tenant tenant, InvoiceService.Published published) {
        return Response.status(published.created() ? 201 : 200)
                .location(URI.create("v1/tenants/" + tenant.slug() + "/invoices/" + published.invoiceNumber()))
                .entity(published.body()).build();
    }

    @POST
    @BodyLimit(BodyLimit.INVOICE)
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish an invoice from a UBL 2.1 Invoice or CreditNote",
            description = "The document must be EN 16931-valid (else 422 naming each broken rule's id), its buyer one of"
                    + " the tenant's customers (by endpoint id, VAT id or customer number) and its totals the computed"
                    + " ones. Answers as the JSON body does, with \"peppol\": the Peppol BIS Billing 3.0 rules the"
                    + " document still breaks (information only). The original is kept with the invoice.")
    public Response publishUbl(@Context Tenant tenant,
            @Parameter(description = "Any string up to 200 printable characters")
            @HeaderParam("Idempotency-Key") String idempotencyKey, byte[] body) {
        checkKey(idempotencyKey);
        InvoiceService.Published published = ublImport.publish(tenant, body, idempotencyKey, "issuer-api",
                imported -> Json.write(new ImportedInvoiceJson(InvoiceJson.of(imported.view()), imported.peppol())));
        return answer(tenant, published);
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
