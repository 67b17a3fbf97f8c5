package io.invoiceportal.server.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.opencsv.CSVWriter;
import io.invoiceportal.core.audit.Activity;
import io.invoiceportal.core.audit.ActivityPage;
import io.invoiceportal.server.invoice.InvoiceJson;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Activity trails over REST: a page as JSON, or the whole trail as CSV. */
public final class ActivityJson {
    private ActivityJson() {}

    /** One event; {@code actor} only in the issuer's trails. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemJson(Instant at, String action,
            @Schema(description = "issuer's trails only: customer:<login>, issuer, system or anonymous") String actor,
            String invoiceNumber, String format,
            @Schema(description = "ui (the portal's screens), embed (embedded screens), rest, api (issuer key), system")
            String via, String ip, String userAgent,
            @Schema(description = "what else the action says: method, reason, fields, formats, ...") JsonNode detail) {}

    public record PageJson(List<ItemJson> items, long total, int page, int size) {}

    public record InvoiceActivityJson(String invoiceNumber, List<ItemJson> items, long total, int page, int size,
            List<InvoiceJson.DeliveryJson> deliveries) {}

    static ItemJson item(Activity a, boolean withActor) {
        JsonNode detail = a.detail() == null ? null : a.detailJson();
        return new ItemJson(a.at(), a.action(), withActor ? a.actor() : null, a.invoiceNumber(), a.format(), a.via(),
                a.ip(), a.userAgent(), detail);
    }

    static PageJson page(ActivityPage page, boolean withActor) {
        return new PageJson(page.items().stream().map(a -> item(a, withActor)).toList(), page.total(), page.page(),
                page.size());
    }

    static final String[] HEADER = {"at", "action", "actor", "invoiceNumber", "format", "via", "ip", "userAgent",
        "detail"};

    /**
     * The trail as CSV (UTF-8, a header row, newest first), fed a page at a time by {@code pages}.
     * A cell that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage
     * return) gets a leading apostrophe.
     */
    static Response csv(String fileName, Consumer<Consumer<List<Activity>>> pages) {
        StreamingOutput body = out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVWriter csv = new CSVWriter(text);
            csv.writeNext(HEADER, false);
            pages.accept(items -> items.forEach(a -> csv.writeNext(row(a), false)));
            csv.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    static String[] row(Activity a) {
        return new String[] {safe(a.at().toString()), safe(a.action()), safe(a.actor()), safe(a.invoiceNumber()),
            safe(a.format()), safe(a.via()), safe(a.ip()), safe(a.userAgent()), safe(a.detail())};
    }

    /** Neutralises a cell a spreadsheet would run as a formula. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
