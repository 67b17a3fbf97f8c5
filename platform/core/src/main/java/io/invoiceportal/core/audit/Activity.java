package io.invoiceportal.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.invoiceportal.core.common.Json;
import java.time.Instant;

/**
 * One event of an activity trail as stored: when, who ({@code actor}), what ({@code action}, one
 * of {@link Actions} or an older or newer code), its subject (an invoice number for
 * {@code invoice.*}, a job id for {@code export-job.*}), its detail (JSON or null) and where it
 * came from.
 */
public record Activity(long id, Instant at, String actor, String action, String subject, String detail, String ip,
        String userAgent, String via) {

    /** The invoice number of an {@code invoice.*} event, else null. */
    public String invoiceNumber() {
        return action.startsWith("invoice.") ? subject : null;
    }

    /** The format of a download or opening ({@code detail.format}), else null. */
    public String format() {
        return text("format");
    }

    /** A text field of the detail, or null. */
    public String text(String field) {
        JsonNode node = detailJson().get(field);
        return node == null || node.isNull() ? null : node.isTextual() ? node.asText() : node.toString();
    }

    /** The detail as JSON (an empty object when there is none). */
    public JsonNode detailJson() {
        if (detail == null) {
            return Json.MAPPER.createObjectNode();
        }
        try {
            return Json.MAPPER.readTree(detail);
        } catch (java.io.IOException e) {
            return Json.MAPPER.createObjectNode();
        }
    }
}
