package io.invoiceportal.server.exportjob;

import com.fasterxml.jackson.databind.JsonNode;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.common.NotFoundException;
import io.invoiceportal.core.exportjob.ExportJob;
import io.invoiceportal.core.exportjob.ExportJobService;
import io.invoiceportal.core.exportjob.ExportRequest;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.api.BodyLimit;
import io.invoiceportal.server.auth.CustomerOnly;
import io.invoiceportal.server.invoice.ContentDisposition;
import io.invoiceportal.server.web.Origins;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The signed-in customer's bulk export jobs: queue one (by the list's filter or by numbers), follow
 * its progress, list the recent ones, download the ZIP. The class path equals AccountResource's on
 * purpose (see MyInvoicesResource).
 */
@Path("/v1/tenants/{tenant}")
@CustomerOnly
@Tag(name = "Customer")
public class ExportJobResource {
    private final ExportJobService jobs;
    private final Clock clock;

    public ExportJobResource(ExportJobService jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    /** The list's filter parameters; all optional, as in {@code GET …/me/invoices}. */
    public record FilterBody(String read, String number, String dateFrom, String dateTo, String category) {}

    /**
     * {@code format}: a format id, a list of them, or {@code "all"}; then either {@code filter}
     * or {@code invoiceNumbers}.
     */
    public record CreateBody(JsonNode format, FilterBody filter, List<String> invoiceNumbers) {}

    @POST
    @Path("/me/export-jobs")
    @BodyLimit(BodyLimit.LARGE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Queue a ZIP of every invoice that matches the filter, or of the numbers given: 202",
            description = "Unknown format, a selection that matches nothing, both or neither of filter and"
                    + " invoiceNumbers: 422 naming the field. Too many jobs queued or running: 429.")
    public Response create(@Context Tenant tenant, @Context SignedIn user, @Context HttpServletRequest http,
            CreateBody body) {
        CreateBody asked = body == null ? new CreateBody(null, null, null) : body;
        FilterBody f = asked.filter();
        ExportJob job = jobs.create(tenant, user, new ExportRequest(formats(asked.format()),
                f == null ? null : new ExportRequest.Filter(f.read(), f.number(), f.dateFrom(), f.dateTo(), f.category()),
                asked.invoiceNumbers()), Origins.of(http));
        return Response.status(202).location(URI.create("v1/tenants/" + tenant.slug() + "/me/export-jobs/" + job.id()))
                .entity(ExportJobJson.of(tenant.slug(), job, clock.instant())).build();
    }

    @GET
    @Path("/me/export-jobs")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The customer's recent export jobs, newest first")
    public ExportJobJson.ListJson list(@Context Tenant tenant, @Context SignedIn user) {
        return new ExportJobJson.ListJson(jobs.recent(tenant, user).stream()
                .map(j -> ExportJobJson.of(tenant.slug(), j, clock.instant())).toList());
    }

    @GET
    @Path("/me/export-jobs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One export job: state and progress; another customer's id: 404")
    public ExportJobJson get(@Context Tenant tenant, @Context SignedIn user, @PathParam("id") String id) {
        return ExportJobJson.of(tenant.slug(), jobs.get(tenant, user, id(id)), clock.instant());
    }

    @GET
    @Path("/me/export-jobs/{id}/download")
    @Produces("application/zip")
    @Operation(summary = "The job's ZIP (with manifest.csv); not done yet: 409; after its 7 days: 410")
    public Response download(@Context Tenant tenant, @Context SignedIn user, @Context HttpServletRequest http,
            @PathParam("id") String id) {
        ExportJobService.Download file = jobs.download(tenant, user, id(id), Origins.of(http));
        StreamingOutput body = out -> Files.copy(file.file(), out);
        Response.ResponseBuilder ok = Response.ok(body, "application/zip")
                .header("Content-Disposition", ContentDisposition.of(false, file.name()));
        return (file.bytes() >= 0 ? ok.header("Content-Length", file.bytes()) : ok).build();
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("No export job " + id);
        }
    }

    /** A format id, a list of them or "all" as a list; anything else as a value the service refuses. */
    private static List<String> formats(JsonNode format) {
        if (format == null || format.isNull()) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        if (format.isArray()) {
            format.forEach(f -> ids.add(f.isTextual() ? f.asText() : ""));
        } else {
            ids.add(format.isTextual() ? format.asText() : "");
        }
        return ids;
    }
}
