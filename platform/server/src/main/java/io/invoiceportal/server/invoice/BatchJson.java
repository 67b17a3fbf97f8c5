package io.invoiceportal.server.invoice;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.invoice.InvoiceBatchService;
import java.util.List;
import java.util.Locale;

/**
 * The answer to a batch: how many items it held and what became of them, and one result per item
 * in the order sent ({@code errors} translated as in the JSON error format).
 */
public record BatchJson(int items, int created, int existing, int failed, List<ItemJson> results) {

    /** One item's result; {@code code} only for an error, as in the JSON error format. */
    public record ItemJson(int index, String invoiceNumber, String status,
            @JsonInclude(JsonInclude.Include.NON_NULL) String code, List<FieldError> errors) {

        static ItemJson of(InvoiceBatchService.Result result, List<FieldError> errors) {
            return new ItemJson(result.index(), result.invoiceNumber(), result.status().name().toLowerCase(Locale.ROOT),
                    result.code(), errors);
        }
    }

    static BatchJson of(List<ItemJson> results) {
        int created = (int) results.stream().filter(r -> r.status().equals("created")).count();
        int existing = (int) results.stream().filter(r -> r.status().equals("existing")).count();
        return new BatchJson(results.size(), created, existing, results.size() - created - existing, results);
    }
}
