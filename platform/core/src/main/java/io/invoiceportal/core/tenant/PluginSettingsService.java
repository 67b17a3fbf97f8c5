package io.invoiceportal.core.tenant;

import io.invoiceportal.plugin.api.PluginSettings;
import io.invoiceportal.plugin.api.SettingDefinition;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each tenant's values for the settings that export formats and delivery channels declare
 * ({@link SettingDefinition}); {@link TenantService#updateSettings} changes them.
 */
public class PluginSettingsService {
    private static final Logger LOG = LoggerFactory.getLogger(PluginSettingsService.class);
    private final Jdbi jdbi;

    public PluginSettingsService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The tenant's settings for the API: per extension id, every declared setting with the
     * tenant's value or {@code null} (then the default applies; so does a stored value the
     * declaration no longer allows). A secret shows only
     * {@code {"set": true|false}}.
     */
    public Map<String, Map<String, Object>> view(Tenant tenant, Map<String, List<SettingDefinition>> declared) {
        Map<String, Map<String, String>> stored = new HashMap<>();
        jdbi.withExtension(PluginSettingDao.class, dao -> dao.all(tenant.id())).forEach(row ->
                stored.computeIfAbsent(row.extensionId(), id -> new HashMap<>()).put(row.name(), row.value()));
        Map<String, Map<String, Object>> view = new TreeMap<>();
        declared.forEach((extensionId, definitions) -> {
            Map<String, String> values = stored.getOrDefault(extensionId, Map.of());
            Map<String, Object> shown = new LinkedHashMap<>();
            for (SettingDefinition definition : definitions) {
                String value = values.get(definition.name());
                shown.put(definition.name(), definition.secret() ? Map.of("set", value != null) : typed(definition, value));
            }
            view.put(extensionId, shown);
        });
        return view;
    }

    /**
     * What one call of extension {@code extensionId} gets for this tenant. A stored value that
     * no longer fits the declaration (the plugin changed it) is left out, so the default applies.
     */
    public PluginSettings of(long tenantId, String extensionId, List<SettingDefinition> definitions) {
        if (definitions.isEmpty()) {
            return PluginSettings.none();
        }
        Map<String, String> values = new HashMap<>();
        for (PluginSettingDao.Row row : jdbi.withExtension(PluginSettingDao.class, dao -> dao.of(tenantId, extensionId))) {
            definitions.stream().filter(d -> d.name().equals(row.name())).findFirst().ifPresent(definition ->
                    PluginSettings.problem(definition, row.value()).ifPresentOrElse(
                            problem -> LOG.warn("Tenant {}: stored setting {}.{} ignored: {}", tenantId, extensionId,
                                    row.name(), problem),
                            () -> values.put(row.name(), row.value())));
        }
        return PluginSettings.of(definitions, values);
    }

    private static Object typed(SettingDefinition definition, String value) {
        if (value == null || PluginSettings.problem(definition, value).isPresent()) {
            return null;
        }
        return switch (definition.type()) {
            case INTEGER -> Long.parseLong(value);
            case BOOLEAN -> Boolean.parseBoolean(value);
            case STRING, URL -> value;
        };
    }
}
