package io.invoiceportal.core.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.MessageKey;
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

    /** The longest value the plugin API takes. */
    private static final int MAX_LENGTH = 2000;

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
                checks.add(field, MessageKey.PLUGIN_SETTINGS_UNKNOWN_PLUGIN);
            } else if (values == null || !values.isObject()) {
                checks.add(field, MessageKey.PLUGIN_SETTINGS_NOT_AN_OBJECT);
            } else {
                values.properties().forEach(entry -> definition(definitions, entry.getKey()).ifPresentOrElse(
                        definition -> change(checks, field + "." + entry.getKey(), extensionId, definition,
                                entry.getValue()).ifPresent(changes::add),
                        () -> checks.add(field + "." + entry.getKey(), MessageKey.PLUGIN_SETTING_UNKNOWN, extensionId,
                                String.join(", ", definitions.stream().map(SettingDefinition::name).toList()))));
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
            checks.add(field, expected(definition.type()));
            return Optional.empty();
        }
        if (PluginSettings.problem(definition, text).isPresent()) {
            problem(checks, field, definition, text);
            return Optional.empty();
        }
        return Optional.of(new Change(extensionId, definition.name(), text));
    }

    /** The value as stored text when its JSON type fits the setting's type, else null. */
    private static String text(SettingType type, JsonNode value) {
        return switch (type) {
            case STRING, URL -> value.isTextual() ? value.asText() : null;
            case INTEGER -> value.isIntegralNumber() && value.canConvertToLong() ? String.valueOf(value.asLong()) : null;
            case BOOLEAN -> value.isBoolean() ? String.valueOf(value.asBoolean()) : null;
        };
    }

    /** The message key of what the setting takes. */
    private static MessageKey expected(SettingType type) {
        return switch (type) {
            case STRING -> MessageKey.PLUGIN_SETTING_STRING;
            case URL -> MessageKey.PLUGIN_SETTING_URL;
            case INTEGER -> MessageKey.PLUGIN_SETTING_INTEGER;
            case BOOLEAN -> MessageKey.PLUGIN_SETTING_BOOLEAN;
        };
    }

    /** Names, as a key, why the plugin API refused a value of the right JSON type. */
    private static void problem(Checks checks, String field, SettingDefinition definition, String text) {
        if (text.length() > MAX_LENGTH) {
            checks.add(field, MessageKey.FIELD_TOO_LONG, String.valueOf(MAX_LENGTH));
        } else if (definition.type() == SettingType.INTEGER && definition.minimum().isPresent()
                && Long.parseLong(text) < definition.minimum().get()) {
            checks.add(field, MessageKey.PLUGIN_SETTING_MINIMUM, String.valueOf(definition.minimum().get()));
        } else if (definition.type() == SettingType.URL) {
            checks.add(field, MessageKey.PLUGIN_SETTING_URL);
        } else {
            checks.add(field, MessageKey.TEXT_INVALID);
        }
    }
}
