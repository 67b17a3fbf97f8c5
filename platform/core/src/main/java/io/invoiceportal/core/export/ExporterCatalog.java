package io.invoiceportal.core.export;

import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.SettingDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The export formats and delivery channels the loaded plugins provide. */
public interface ExporterCatalog {

    List<InvoiceExporter> exporters();

    List<DeliveryChannel> channels();

    default Optional<InvoiceExporter> exporter(String id) {
        return exporters().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    default Optional<DeliveryChannel> channel(String id) {
        return channels().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The settings the formats and channels declare, by their id (a format and a channel with the
     * same id share one set of settings); ids that declare none are left out.
     */
    default Map<String, List<SettingDefinition>> declaredSettings() {
        Map<String, List<SettingDefinition>> declared = new TreeMap<>();
        exporters().forEach(e -> add(declared, e.id(), e.settings()));
        channels().forEach(c -> add(declared, c.id(), c.settings()));
        return declared;
    }

    private static void add(Map<String, List<SettingDefinition>> declared, String id, List<SettingDefinition> settings) {
        if (settings.isEmpty()) {
            return;
        }
        List<SettingDefinition> merged = new ArrayList<>(declared.getOrDefault(id, List.of()));
        settings.stream().filter(s -> merged.stream().noneMatch(m -> m.name().equals(s.name()))).forEach(merged::add);
        declared.put(id, List.copyOf(merged));
    }
}
