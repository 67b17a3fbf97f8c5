package io.invoiceportal.plugin.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One tenant's values for the settings an extension declared, with the declared defaults
 * filled in. Values were checked against the declaration when the tenant saved them.
 *
 * <p>Asking for a name the extension did not declare is a programming error and throws
 * {@link IllegalArgumentException}. Read settings on every call: they belong to the tenant
 * of that call, and a tenant may change them at any time.
 */
public interface PluginSettings {

    /** The value, or the declared default; empty when neither exists. */
    Optional<String> get(String name);

    /** A {@link SettingType#STRING} or {@link SettingType#URL} setting as text. */
    default Optional<String> string(String name) {
        return get(name);
    }

    /** A {@link SettingType#INTEGER} setting. */
    default Optional<Long> integer(String name) {
        return get(name).map(Long::parseLong);
    }

    /** A {@link SettingType#BOOLEAN} setting; {@code false} when it has no value. */
    default boolean bool(String name) {
        return get(name).map(Boolean::parseBoolean).orElse(false);
    }

    /** A {@link SettingType#URL} setting. */
    default Optional<URI> url(String name) {
        return get(name).map(URI::create);
    }

    /** Settings without any declaration (for extensions that declare none). */
    static PluginSettings none() {
        return of(List.of(), Map.of());
    }

    /**
     * Settings from {@code values} (name to text, as stored) for {@code definitions}; values of
     * names not declared are ignored, missing ones fall back to the default.
     *
     * @throws IllegalArgumentException when a value is not valid for its declaration
     */
    static PluginSettings of(List<SettingDefinition> definitions, Map<String, String> values) {
        Map<String, Optional<String>> resolved = new LinkedHashMap<>();
        for (SettingDefinition definition : definitions) {
            String value = values.get(definition.name());
            if (value != null) {
                String problem = SettingValues.problem(definition, value);
                if (problem != null) {
                    throw new IllegalArgumentException("setting '" + definition.name() + "' " + problem);
                }
            }
            resolved.put(definition.name(), Optional.ofNullable(value).or(definition::defaultValue));
        }
        return name -> {
            Optional<String> value = resolved.get(name);
            if (value == null) {
                throw new IllegalArgumentException("setting '" + name + "' is not declared; declared: " + resolved.keySet());
            }
            return value;
        };
    }

    /**
     * Why {@code value} is not valid for {@code definition} (for example "must be a whole number"),
     * empty when it is.
     */
    static Optional<String> problem(SettingDefinition definition, String value) {
        return Optional.ofNullable(SettingValues.problem(definition, value));
    }
}
