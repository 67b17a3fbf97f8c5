package io.invoiceportal.core.common;

import java.util.List;

/**
 * Input that breaks a rule; nothing was changed.
 *
 * <p>Convention for a {@link FieldError}'s message: a {@link MessageKey}, lower-camel words joined
 * by dots, named after the rule ({@code password.tooShort}, {@code field.tooLong}), never a
 * sentence in some language, with the values its text names as {@link FieldError#args()} (the
 * largest length, the languages offered). Core does not translate; the edges do: the UI from its
 * translation bundles, the REST API from {@code io/invoiceportal/server/api/messages.properties}
 * (English, and Dutch when the request's Accept-Language prefers it). Both edges' tests check
 * that every key has both texts.
 */
public class ValidationException extends RuntimeException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, MessageKey key) {
        return of(field, key.key());
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
