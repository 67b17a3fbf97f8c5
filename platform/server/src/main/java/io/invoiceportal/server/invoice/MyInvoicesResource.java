package io.invoiceportal.server.invoice;

import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.export.DownloadService;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.invoice.CustomerInvoiceService;
import io.invoiceportal.core.invoice.InvoicePage;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.api.BodyLimit;
import io.invoiceportal.server.auth.CustomerOnly;
import io.invoiceportal.server.web.Origins;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The signed-in customer's invoices: the list, and one invoice in one format (which marks it
 * read). The class path equals AccountResource's on purpose: Jersey merges them, whereas a
 * longer class path ({@code …/me}) would win the match and hide {@code /me/password}.
 */
@Path("/v1/tenants/{tenant}")
@CustomerOnly
@Tag(name = "Customer")
public class MyInvoicesResource {
    private final CustomerInvoiceService invoices;
    private final ExportService exports;
    private final DownloadService downloads;

    public MyInvoicesResource(CustomerInvoiceService invoices, ExportService exports, DownloadService downloads) {
        this.invoices = invoices;
        this.exports = exports;
        this.downloads = downloads;
    }

    /** One row of the list; {@code documentType} is {@code invoice} or {@code credit-note}. */
    public record ItemJson(String invoiceNumber, LocalDate issueDate, LocalDate dueDate, String category,
            String description, String currency, String totalAmount, boolean read, String documentType) {}

    /**
     * One page; {@code total} is exact when {@code totalIsExact}, otherwise the cap of a filtered
     * count (more than that many match, and another page follows this one).
     */
    public record PageJson(List<ItemJson> items,
            @Schema(description = "Invoices matching the filters; when totalIsExact is false, the cap"
                    + " (10000): more than that many match") long total,
            @Schema(description = "false when total is the cap of a filtered count, not the number") boolean totalIsExact,
            int page, int size) {}

    public record FormatJson(String id, String name, String mediaType, String extension) {}

    @GET
    @Path("/me/invoices")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The customer's invoices: filters, sort, page", description = "Invalid values: 422 naming the parameter.")
    public PageJson list(@Context Tenant tenant, @Context SignedIn user, @BeanParam InvoiceListParams params) {
        InvoicePage result = invoices.list(tenant, user, params.query());
        return new PageJson(result.items().stream().map(i -> new ItemJson(i.invoiceNumber(), i.issueDate(),
                i.dueDate(), i.category(), i.description(), i.currency(), i.totalAmount().setScale(2).toPlainString(),
                i.read(), i.documentType().dbValue())).toList(), result.total(), result.totalIsExact(), result.page(),
                result.size());
    }

    @GET
    @Path("/me/formats")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The formats this portal offers")
    public List<FormatJson> formats(@Context Tenant tenant, @Context SignedIn user) {
        Locale locale = Locale.forLanguageTag(user.language());
        return exports.formats(tenant).stream()
                .map(e -> new FormatJson(e.id(), e.displayName(locale), e.mediaType(), e.fileExtension())).toList();
    }

    /** Body of a multiple download. */
    public record ExportBody(List<String> invoiceNumbers, String format) {}

    @GET
    @Path("/me/invoices/{invoiceNumber}/bundle")
    @Produces("application/zip")
    @Operation(summary = "A ZIP with the invoice in every format the portal offers; marks it read")
    public Response bundle(@Context Tenant tenant, @Context SignedIn user, @Context HttpServletRequest http,
            @PathParam("invoiceNumber") String number) {
        return Zips.response(downloads.bundle(tenant, user, number).from(Origins.of(http)), http);
    }

    @POST
    @Path("/me/exports")
    @BodyLimit(BodyLimit.LARGE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("application/zip")
    @Operation(summary = "A ZIP with one file per invoice in one format; none given: 422; marks them read")
    public Response export(@Context Tenant tenant, @Context SignedIn user, @Context HttpServletRequest http,
            ExportBody body) {
        ExportBody asked = body == null ? new ExportBody(null, null) : body;
        return Zips.response(downloads.export(tenant, user, asked.invoiceNumbers(), asked.format()).from(Origins.of(http)), http);
    }

    @GET
    @Path("/me/invoices/{invoiceNumber}/{format}")
    @Operation(summary = "One invoice in one format the portal offers; a PDF opens in the browser; marks it read")
    public Response download(@Context Tenant tenant, @Context SignedIn user, @Context HttpServletRequest http,
            @PathParam("invoiceNumber") String number, @PathParam("format") String format) {
        return Downloads.of(downloads.get(tenant, user, number, format).from(Origins.of(http)));
    }
}
