package io.invoiceportal.core.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects field errors while input is checked, then throws them all at once. */
public final class Checks {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private final List<FieldError> errors = new ArrayList<>();

    public Checks add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** An error whose message is one of core's keys, with the values its text names. */
    public Checks add(String field, MessageKey key, String... args) {
        errors.add(new FieldError(field, key, args));
        return this;
    }

    /** A business-rule error naming the official {@code rule} id (EN 16931 {@code BR-…}). */
    public Checks rule(String rule, String field, MessageKey key, String... args) {
        errors.add(FieldError.rule(rule, field, key, args));
        return this;
    }

    /** {@code value} as a whole number, {@code fallback} when it is absent; else an error on {@code field}. */
    public int wholeNumber(String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            add(field, MessageKey.WHOLE_NUMBER_INVALID);
            return fallback;
        }
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Required non-blank text of at most {@code max} characters; returns it trimmed, or null. */
    public String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, MessageKey.FIELD_REQUIRED);
            return null;
        }
        return optional(field, value, max);
    }

    /** Optional text of at most {@code max} characters; returns it trimmed, or null when blank. */
    public String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            add(field, MessageKey.FIELD_TOO_LONG, String.valueOf(max));
            return null;
        }
        return trimmed;
    }

    public String matching(String field, String value, Pattern pattern, String message) {
        if (value != null && !pattern.matcher(value).matches()) {
            add(field, message);
            return null;
        }
        return value;
    }

    /** {@code value} when it matches {@code pattern}; else the error {@code key} and null. */
    public String matching(String field, String value, Pattern pattern, MessageKey key) {
        if (value != null && !pattern.matcher(value).matches()) {
            add(field, key);
            return null;
        }
        return value;
    }

    public String email(String field, String value) {
        String v = required(field, value, 254);
        return matching(field, v, EMAIL, MessageKey.EMAIL_INVALID);
    }

    public LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, MessageKey.FIELD_REQUIRED);
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            add(field, MessageKey.DATE_INVALID);
            return null;
        }
    }

    /** A decimal string with at most {@code scale} decimals and at most 15 integer digits. */
    public BigDecimal decimal(String field, String value, boolean required, int scale) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, MessageKey.FIELD_REQUIRED);
            }
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(value.strip());
            if (d.scale() > scale) {
                add(field, MessageKey.DECIMAL_SCALE, String.valueOf(scale));
                return null;
            }
            if (d.precision() - d.scale() > 15) {
                add(field, MessageKey.DECIMAL_TOO_LARGE);
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            add(field, MessageKey.DECIMAL_INVALID);
            return null;
        }
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
