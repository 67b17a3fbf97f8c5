package io.invoiceportal.server.invoice;

import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.invoice.CustomerInvoiceService;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.invoice.InvoicePage;
import io.invoiceportal.core.invoice.InvoiceQuery;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.api.BodyLimit;
import io.invoiceportal.server.auth.CustomerOnly;
import io.invoiceportal.server.auth.TenantRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
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

    public MyInvoicesResource(CustomerInvoiceService invoices, ExportService exports) {
        this.invoices = invoices;
        this.exports = exports;
    }

    public record ItemJson(String invoiceNumber, LocalDate issueDate, LocalDate dueDate, String category,
            String description, String currency, String totalAmount, boolean read) {}

    public record PageJson(List<ItemJson> items, long total, int page, int size) {}

    public record FormatJson(String id, String name, String mediaType, String extension) {}

    @GET
    @Path("/me/invoices")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The customer's invoices: filters, sort, page", description = "Invalid values: 422 naming the parameter.")
    public PageJson list(@Context ContainerRequestContext request,
            @Parameter(description = "true: read only; false: unread only") @QueryParam("read") String read,
            @QueryParam("number") String number,
            @Parameter(description = "yyyy-MM-dd, inclusive") @QueryParam("dateFrom") String dateFrom,
            @Parameter(description = "yyyy-MM-dd, inclusive") @QueryParam("dateTo") String dateTo,
            @Parameter(description = "case-insensitive prefix") @QueryParam("category") String category,
            @Parameter(description = "field,asc|desc; fields invoiceNumber, issueDate, dueDate, category, description, totalAmount, read")
            @QueryParam("sort") String sort,
            @Parameter(description = "from 0") @QueryParam("page") String page,
            @Parameter(description = "1-100") @QueryParam("size") String size) {
        Checks checks = new Checks();
        Boolean readFilter = null;
        if (read != null && !read.isBlank()) {
            if (read.equalsIgnoreCase("true") || read.equalsIgnoreCase("false")) {
                readFilter = Boolean.parseBoolean(read);
            } else {
                checks.add("read", "must be true or false");
            }
        }
        LocalDate from = checks.date("dateFrom", dateFrom, false);
        LocalDate to = checks.date("dateTo", dateTo, false);
        InvoiceQuery.Sort sortColumn = InvoiceQuery.Sort.ISSUE_DATE;
        boolean ascending = false;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", 2);
            sortColumn = switch (parts[0].strip()) {
                case "invoiceNumber" -> InvoiceQuery.Sort.INVOICE_NUMBER;
                case "issueDate" -> InvoiceQuery.Sort.ISSUE_DATE;
                case "dueDate" -> InvoiceQuery.Sort.DUE_DATE;
                case "category" -> InvoiceQuery.Sort.CATEGORY;
                case "description" -> InvoiceQuery.Sort.DESCRIPTION;
                case "totalAmount" -> InvoiceQuery.Sort.TOTAL_AMOUNT;
                case "read" -> InvoiceQuery.Sort.READ;
                default -> {
                    checks.add("sort", "must be one of invoiceNumber, issueDate, dueDate, category, description, totalAmount, read");
                    yield InvoiceQuery.Sort.ISSUE_DATE;
                }
            };
            String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
            if (!direction.equals("asc") && !direction.equals("desc")) {
                checks.add("sort", "direction must be asc or desc");
            }
            ascending = direction.equals("asc");
        }
        int pageNumber = integer(checks, "page", page, 0);
        int pageSize = integer(checks, "size", size, 25);
        checks.throwIfAny();
        InvoicePage result = invoices.list(TenantRequest.tenant(request), TenantRequest.user(request),
                new InvoiceQuery(readFilter, number, from, to, category, sortColumn, ascending, pageNumber, pageSize));
        return new PageJson(result.items().stream().map(i -> new ItemJson(i.invoiceNumber(), i.issueDate(),
                i.dueDate(), i.category(), i.description(), i.currency(), i.totalAmount().setScale(2).toPlainString(),
                i.read())).toList(), result.total(), result.page(), result.size());
    }

    @GET
    @Path("/me/formats")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The formats this portal offers")
    public List<FormatJson> formats(@Context ContainerRequestContext request) {
        Tenant tenant = TenantRequest.tenant(request);
        Locale locale = Locale.forLanguageTag(TenantRequest.user(request).language());
        return exports.formats(tenant).stream()
                .map(e -> new FormatJson(e.id(), e.displayName(locale), e.mediaType(), e.fileExtension())).toList();
    }

    /** Body of a multiple download. */
    public record ExportBody(List<String> invoiceNumbers, String format) {}

    @GET
    @Path("/me/invoices/{invoiceNumber}/bundle")
    @Produces("application/zip")
    @Operation(summary = "A ZIP with the invoice in PDF, XML and CSV; marks it read")
    public Response bundle(@Context ContainerRequestContext request, @PathParam("invoiceNumber") String number) {
        Tenant tenant = TenantRequest.tenant(request);
        SignedIn user = TenantRequest.user(request);
        Invoice invoice = invoices.get(tenant, user, number);
        List<String> formats = exports.bundleFormats(tenant);
        invoices.markRead(tenant, user, List.of(invoice));
        return Zips.response(out -> exports.zip(tenant, List.of(invoice), formats, locale(user), out),
                tenant.slug() + "-" + number + ".zip");
    }

    @POST
    @Path("/me/exports")
    @BodyLimit(BodyLimit.LARGE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("application/zip")
    @Operation(summary = "A ZIP with one file per invoice in one format; none given: 422; marks them read")
    public Response export(@Context ContainerRequestContext request, ExportBody body) {
        Tenant tenant = TenantRequest.tenant(request);
        SignedIn user = TenantRequest.user(request);
        Checks checks = new Checks();
        if (body == null) {
            checks.add("invoiceNumbers", "select at least one invoice").throwIfAny();
        }
        String format = checks.required("format", body.format(), 40);
        if (format != null && exports.format(tenant, format).isEmpty()) {
            checks.add("format", "is not offered by this portal");
        }
        checks.throwIfAny();
        List<Invoice> selected = invoices.getAll(tenant, user, body.invoiceNumbers());
        invoices.markRead(tenant, user, selected);
        return Zips.response(out -> exports.zip(tenant, selected, format, locale(user), out), Zips.name(tenant));
    }

    private static Locale locale(SignedIn user) {
        return Locale.forLanguageTag(user.language());
    }

    @GET
    @Path("/me/invoices/{invoiceNumber}/{format}")
    @Operation(summary = "One invoice in one format (pdf, xml, csv or a plugin's); marks it read")
    public Response download(@Context ContainerRequestContext request, @PathParam("invoiceNumber") String number,
            @PathParam("format") String format) {
        Tenant tenant = TenantRequest.tenant(request);
        SignedIn user = TenantRequest.user(request);
        Invoice invoice = invoices.get(tenant, user, number);
        Response response = Downloads.of(exports.render(tenant, invoice, format, Locale.forLanguageTag(user.language())));
        if (response.getStatus() == 200) {
            invoices.markRead(tenant, user, List.of(invoice));
        }
        return response;
    }

    private static int integer(Checks checks, String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            checks.add(field, "must be a whole number");
            return fallback;
        }
    }
}
