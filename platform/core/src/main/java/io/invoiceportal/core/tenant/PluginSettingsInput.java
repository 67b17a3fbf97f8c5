package io.invoiceportal.core.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import io.invoiceportal.core.common.Checks;
import io.invoiceportal.plugin.api.PluginSettings;
import io.invoiceportal.plugin.api.SettingDefinition;
import io.invoiceportal.plugin.api.SettingType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the {@code plugins} part of a settings body against the declarations: each key an
 * extension id, each value an object of setting name to JSON value of the declared type. A value
 * of {@code null} (or an empty string) removes the tenant's value; a secret's value as the
 * settings show it ({@code {"set": ...}}) keeps the stored secret.
 */
final class PluginSettingsInput {

    /** Sets ({@code value} not null) or removes one tenant value. */
    record Change(String extensionId, String name, String value) {}

    private PluginSettingsInput() {}

    static List<Change> check(Checks checks, Map<String, JsonNode> asked,
            Map<String, List<SettingDefinition>> declared) {
        List<Change> changes = new ArrayList<>();
        if (asked == null) {
            return changes;
        }
        asked.forEach((extensionId, values) -> {
            String field = "plugins." + extensionId;
            List<SettingDefinition> definitions = declared.get(extensionId);
            if (definitions == null) {
                checks.add(field, "no installed export format or delivery channel with this id has settings");
            } else if (values == null || !values.isObject()) {
                checks.add(field, "must be an object of setting names and values");
            } else {
                values.properties().forEach(entry -> definition(definitions, entry.getKey()).ifPresentOrElse(
                        definition -> change(checks, field + "." + entry.getKey(), extensionId, definition,
                                entry.getValue()).ifPresent(changes::add),
                        () -> checks.add(field + "." + entry.getKey(), "is not a setting of '" + extensionId
                                + "'; its settings are " + definitions.stream().map(SettingDefinition::name).toList())));
            }
        });
        return changes;
    }

    private static Optional<SettingDefinition> definition(List<SettingDefinition> definitions, String name) {
        return definitions.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The change {@code value} asks for; empty when it keeps the stored value or is invalid. */
    private static Optional<Change> change(Checks checks, String field, String extensionId, SettingDefinition definition,
            JsonNode value) {
        if (value.isNull() || value.isTextual() && value.asText().isEmpty()) {
            return Optional.of(new Change(extensionId, definition.name(), null));
        }
        if (definition.secret() && value.isObject() && value.size() == 1 && value.path("set").isBoolean()) {
            return Optional.empty();
        }
        String text = text(definition.type(), value);
        if (text == null) {
            checks.add(field, "must be " + expected(definition));
            return Optional.empty();
        }
        Optional<String> problem = PluginSettings.problem(definition, text);
        problem.ifPresent(message -> checks.add(field, message));
        return problem.isPresent() ? Optional.empty() : Optional.of(new Change(extensionId, definition.name(), text));
    }

    /** The value as stored text when its JSON type fits the setting's type, else null. */
    private static String text(SettingType type, JsonNode value) {
        return switch (type) {
            case STRING, URL -> value.isTextual() ? value.asText() : null;
            case INTEGER -> value.isIntegralNumber() && value.canConvertToLong() ? String.valueOf(value.asLong()) : null;
            case BOOLEAN -> value.isBoolean() ? String.valueOf(value.asBoolean()) : null;
        };
    }

    private static String expected(SettingDefinition definition) {
        String what = switch (definition.type()) {
            case STRING -> "a string";
            case URL -> "a URL string";
            case INTEGER -> "a whole number";
            case BOOLEAN -> "true or false";
        };
        return definition.secret() ? what + ", or the {\"set\": ...} the settings show to keep the secret" : what;
    }
}
