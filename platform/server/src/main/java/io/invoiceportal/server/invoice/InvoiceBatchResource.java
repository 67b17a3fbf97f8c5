package io.invoiceportal.server.invoice;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.invoice.InvoiceBatchService;
import io.invoiceportal.core.invoice.InvoiceBatchService.Item;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.api.ApiError;
import io.invoiceportal.server.api.BodyLimit;
import io.invoiceportal.server.api.ExceptionMappers;
import io.invoiceportal.server.auth.IssuerOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Issuer: publishes up to {@value InvoiceBatchService#MAX_ITEMS} invoices in one request. */
@Path("/v1/tenants/{tenant}/invoices/batch")
@IssuerOnly
@Tag(name = "Issuer")
@SecurityRequirement(name = "tenantKey")
public class InvoiceBatchResource {
    public static final String NDJSON = "application/x-ndjson";
    private final InvoiceBatchService batches;
    private final ObjectMapper mapper;

    /** {@code mapper} reads the items as the API reads every body (see JsonText). */
    public InvoiceBatchResource(InvoiceBatchService batches, ObjectMapper mapper) {
        this.batches = batches;
        this.mapper = mapper;
    }

    @POST
    @BodyLimit(BodyLimit.BATCH)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish up to 1,000 invoices",
            description = "A JSON array of invoices (application/json) or one invoice per line (application/x-ndjson)."
                    + " 200 with one result per item, in order: created, existing (same number and content) or error"
                    + " (code and field errors as in the error format); an item that is not JSON or not an object is"
                    + " an error item. The items are stored in chunks of 100, one transaction each. More than 1,000"
                    + " items: 413; none: 422; an array that is not well-formed JSON: 400; nothing is stored then."
                    + " With an Idempotency-Key, a repeat within 24 hours gets the first answer again.")
    public Response publish(@Context Tenant tenant, @Context HttpHeaders headers,
            @Parameter(description = "Any string up to 200 printable characters")
            @HeaderParam("Idempotency-Key") String idempotencyKey, InputStream body) throws IOException {
        InvoiceResource.checkKey(idempotencyKey);
        BatchBody.Format format = format(headers.getMediaType());
        try (BatchBody batch = BatchBody.spool(body, format, mapper)) {
            List<BatchBody.Span> items = batch.items(InvoiceBatchService.MAX_ITEMS);
            if (items == null) {
                throw ValidationException.of("body", MessageKey.BATCH_NOT_ARRAY);
            }
            if (items.isEmpty()) {
                throw ValidationException.of("body", MessageKey.BATCH_EMPTY);
            }
            if (items.size() > InvoiceBatchService.MAX_ITEMS) {
                List<FieldError> errors = ExceptionMappers.translated(List.of(new FieldError("body",
                        MessageKey.BATCH_TOO_MANY, String.valueOf(InvoiceBatchService.MAX_ITEMS))), headers);
                throw new WebApplicationException(ApiError.response(413, new ApiError("too_large",
                        "A batch holds at most " + InvoiceBatchService.MAX_ITEMS + " invoices; nothing was stored",
                        errors)));
            }
            String answer = batches.once(tenant, idempotencyKey, batch.hash(), () -> publish(tenant, batch, items, headers));
            return Response.ok(answer, MediaType.APPLICATION_JSON_TYPE).build();
        }
    }

    private String publish(Tenant tenant, BatchBody batch, List<BatchBody.Span> items, HttpHeaders headers) {
        List<BatchJson.ItemJson> results = new ArrayList<>(items.size());
        for (List<Item> chunk : batch.chunks(items)) {
            for (InvoiceBatchService.Result r : batches.publish(tenant, chunk, "issuer-api")) {
                results.add(BatchJson.ItemJson.of(r, ExceptionMappers.translated(r.errors(), headers)));
            }
        }
        return Json.write(BatchJson.of(results));
    }

    private static BatchBody.Format format(MediaType type) {
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()
                && !type.isWildcardSubtype()) {
            return BatchBody.Format.ARRAY;
        }
        if (type != null && (type.getType() + "/" + type.getSubtype()).equalsIgnoreCase(NDJSON)) {
            return BatchBody.Format.NDJSON;
        }
        throw new WebApplicationException(ApiError.response(415, "unsupported_media_type",
                "Send the batch as application/json (an array of invoices) or " + NDJSON + " (one invoice per line)"));
    }
}
