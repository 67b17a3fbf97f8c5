package io.invoiceportal.core.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One invalid input field: {@code field} is a JSON path such as {@code lines[0].vatRate}. A
 * message that is a {@link MessageKey} may carry {@code args} for its text ({0}, {1}, ...); the
 * edges fill them in when they translate it, so an error as the REST API answers it has none.
 * {@code rule} is the official id of the business rule broken (EN 16931 {@code BR-CO-15},
 * {@code BR-E-10}, Peppol {@code PEPPOL-EN16931-R010}), or null for a plain field check.
 */
public record FieldError(String field, String message,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> args,
        @JsonInclude(JsonInclude.Include.NON_NULL) String rule) {
    public FieldError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public FieldError(String field, String message, List<String> args) {
        this(field, message, args, null);
    }

    public FieldError(String field, String message) {
        this(field, message, List.of(), null);
    }

    /** An error whose message is one of core's keys, with the values its text names. */
    public FieldError(String field, MessageKey key, String... args) {
        this(field, key.key(), List.of(args), null);
    }

    /** A business-rule error: the official {@code rule} id, one of core's keys and its values. */
    public static FieldError rule(String rule, String field, MessageKey key, String... args) {
        return new FieldError(field, key.key(), List.of(args), rule);
    }
}
