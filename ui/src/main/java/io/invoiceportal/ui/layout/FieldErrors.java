package io.invoiceportal.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows a service's field errors next to the fields they name. Their messages are core's keys
 * (such as {@code password.tooShort}), translated here with their values; each field shows its
 * first error.
 */
public final class FieldErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors(Component owner) {
        this.owner = owner;
    }

    /** Maps the service's field name to the input that shows its error. */
    public FieldErrors bind(String field, HasValidation input) {
        fields.put(field, input);
        return this;
    }

    /** Clears every error before a new attempt. */
    public void clear() {
        fields.values().forEach(input -> {
            input.setInvalid(false);
            input.setErrorMessage(null);
        });
    }

    /** Marks the bound fields; returns the errors that belong to no bound field. */
    public List<FieldError> show(ValidationException e) {
        clear();
        return e.errors().stream().filter(error -> !mark(error)).toList();
    }

    /** Marks one input as invalid with a translated message. */
    public void mark(String field, String key) {
        mark(new FieldError(field, key));
    }

    private boolean mark(FieldError error) {
        HasValidation input = fields.get(error.field());
        if (input == null) {
            return false;
        }
        if (!input.isInvalid()) {
            input.setErrorMessage(owner.getTranslation(error.message(), error.args().toArray()));
            input.setInvalid(true);
        }
        return true;
    }
}
