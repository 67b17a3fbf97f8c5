package io.invoiceportal.core.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One invalid input field: {@code field} is a JSON path such as {@code lines[0].vatRate}. A
 * message that is a {@link MessageKey} may carry {@code args} for its text ({0}, {1}, ...); the
 * edges fill them in when they translate it, so an error as the REST API answers it has none.
 */
public record FieldError(String field, String message,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> args) {
    public FieldError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public FieldError(String field, String message) {
        this(field, message, List.of());
    }

    /** An error whose message is one of core's keys, with the values its text names. */
    public FieldError(String field, MessageKey key, String... args) {
        this(field, key.key(), List.of(args));
    }
}
