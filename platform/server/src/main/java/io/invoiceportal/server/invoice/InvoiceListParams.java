package io.invoiceportal.server.invoice;

import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.invoice.InvoiceQuery;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The query parameters of the customer's invoice list; {@link #query()} checks them all at once.
 * The fields are public so that the OpenAPI reader lists them as query parameters.
 */
public class InvoiceListParams {
    @Parameter(description = "true: read only; false: unread only")
    @QueryParam("read")
    public String read;

    @QueryParam("number")
    public String number;

    @Parameter(description = "yyyy-MM-dd, inclusive")
    @QueryParam("dateFrom")
    public String dateFrom;

    @Parameter(description = "yyyy-MM-dd, inclusive")
    @QueryParam("dateTo")
    public String dateTo;

    @Parameter(description = "case-insensitive prefix")
    @QueryParam("category")
    public String category;

    @Parameter(description = "field,asc|desc; fields invoiceNumber, issueDate, dueDate, category, description, totalAmount, read")
    @QueryParam("sort")
    public String sort;

    @Parameter(description = "from 0")
    @QueryParam("page")
    public String page;

    @Parameter(description = "1-100")
    @QueryParam("size")
    public String size;

    /** The query these parameters ask for; invalid values: a 422 naming each parameter. */
    InvoiceQuery query() {
        Checks checks = new Checks();
        Boolean readFilter = null;
        if (read != null && !read.isBlank()) {
            if (read.equalsIgnoreCase("true") || read.equalsIgnoreCase("false")) {
                readFilter = Boolean.parseBoolean(read);
            } else {
                checks.add("read", MessageKey.READ_FILTER_INVALID);
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
                    checks.add("sort", MessageKey.SORT_FIELD_INVALID,
                            "invoiceNumber, issueDate, dueDate, category, description, totalAmount, read");
                    yield InvoiceQuery.Sort.ISSUE_DATE;
                }
            };
            String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
            if (!direction.equals("asc") && !direction.equals("desc")) {
                checks.add("sort", MessageKey.SORT_DIRECTION_INVALID);
            }
            ascending = direction.equals("asc");
        }
        int pageNumber = checks.wholeNumber("page", page, 0);
        int pageSize = checks.wholeNumber("size", size, 25);
        checks.throwIfAny();
        return new InvoiceQuery(readFilter, number, from, to, category, sortColumn, ascending, pageNumber, pageSize);
    }
}
