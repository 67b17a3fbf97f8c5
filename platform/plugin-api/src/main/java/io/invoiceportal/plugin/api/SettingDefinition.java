package io.invoiceportal.plugin.api;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One setting an {@link InvoiceExporter} or {@link DeliveryChannel} declares in its
 * {@code settings()}: each tenant may give it a value through {@code PUT /api/v1/tenants/{t}/settings}
 * ({@code "plugins": {"<extension id>": {"<name>": value}}}), checked against this declaration.
 * Without a tenant value, the {@link #defaultValue()} applies.
 *
 * <p>A {@link #secret()} setting (a signing key, a password) is never shown again: reading the
 * settings tells only whether it is set.
 *
 * <p>Made with {@link #builder(String, SettingType)}; new optional properties may be added to
 * the builder in a minor version.
 */
public final class SettingDefinition {
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

    private final String name;
    private final SettingType type;
    private final String defaultValue;
    private final boolean secret;
    private final String description;
    private final Long minimum;

    private SettingDefinition(Builder b) {
        this.name = b.name;
        this.type = b.type;
        this.defaultValue = b.defaultValue;
        this.secret = b.secret;
        this.description = b.description;
        this.minimum = b.minimum;
    }

    /**
     * Starts a declaration.
     *
     * @param name lower camel case, {@code [a-z][A-Za-z0-9]*}, at most 40 characters (for example {@code url})
     */
    public static Builder builder(String name, SettingType type) {
        return new Builder(name, type);
    }

    /** The key in the tenant's settings. */
    public String name() {
        return name;
    }

    public SettingType type() {
        return type;
    }

    /** The value without a tenant value, as text ({@code "5242880"}, {@code "true"}); empty when there is none. */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** Whether the value is kept from every reader (only the plugin receives it). */
    public boolean secret() {
        return secret;
    }

    /** One sentence for the issuer who sets the value, in English. */
    public String description() {
        return description;
    }

    /** For {@link SettingType#INTEGER}: the smallest value allowed, if any. */
    public Optional<Long> minimum() {
        return Optional.ofNullable(minimum);
    }

    @Override
    public String toString() {
        return name + ":" + type + (secret ? " (secret)" : "");
    }

    /** Builds a {@link SettingDefinition}. */
    public static final class Builder {
        private final String name;
        private final SettingType type;
        private String defaultValue;
        private boolean secret;
        private String description = "";
        private Long minimum;

        private Builder(String name, SettingType type) {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("setting name '" + name + "' is not [a-z][A-Za-z0-9]{0,39}");
            }
            this.name = name;
            this.type = Objects.requireNonNull(type, "type");
        }

        /** The value used when the tenant set none; it must itself be valid for the type. */
        public Builder defaultValue(String value) {
            this.defaultValue = value;
            return this;
        }

        /** Marks the value as secret: never returned by the API. */
        public Builder secret() {
            this.secret = true;
            return this;
        }

        public Builder description(String text) {
            this.description = Objects.requireNonNull(text, "description");
            return this;
        }

        /** For {@link SettingType#INTEGER}: values below are refused. */
        public Builder minimum(long value) {
            this.minimum = value;
            return this;
        }

        public SettingDefinition build() {
            SettingDefinition definition = new SettingDefinition(this);
            if (defaultValue != null) {
                String problem = SettingValues.problem(definition, defaultValue);
                if (problem != null) {
                    throw new IllegalArgumentException("default of setting '" + name + "' " + problem);
                }
            }
            return definition;
        }
    }
}
