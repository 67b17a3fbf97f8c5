package io.invoiceportal.server.audit;

import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.MessageKey;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;

/**
 * The query parameters of an activity trail: page and size as in the invoice list, and
 * {@code format=csv} (or {@code Accept: text/csv}) for the whole trail as CSV.
 */
public class ActivityParams {
    @Parameter(description = "from 0")
    @QueryParam("page")
    public String page;

    @Parameter(description = "1-100, default 25")
    @QueryParam("size")
    public String size;

    @Parameter(description = "csv: the whole trail (newest first) as CSV instead of a page of JSON")
    @QueryParam("format")
    public String format;

    @HeaderParam("Accept")
    public String accept;

    int page() {
        return parsed()[0];
    }

    int size() {
        return parsed()[1];
    }

    /** Page and size, checked: a 422 naming each bad one (the service checks their ranges). */
    private int[] parsed() {
        Checks checks = new Checks();
        int p = checks.wholeNumber("page", page, 0);
        int s = checks.wholeNumber("size", size, 25);
        if (format != null && !format.isBlank() && !format.strip().equalsIgnoreCase("csv")
                && !format.strip().equalsIgnoreCase("json")) {
            checks.add("format", MessageKey.ACTIVITY_FORMAT_INVALID);
        }
        checks.throwIfAny();
        return new int[] {p, s};
    }

    /** Whether CSV is asked for: {@code format=csv}, or {@code Accept} naming text/csv and no format given. */
    boolean csv() {
        parsed();
        if (format != null && !format.isBlank()) {
            return format.strip().equalsIgnoreCase("csv");
        }
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/csv")
                && !accept.toLowerCase(java.util.Locale.ROOT).contains("application/json");
    }
}
