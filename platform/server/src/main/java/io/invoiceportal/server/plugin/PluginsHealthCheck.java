package io.invoiceportal.server.plugin;

import com.codahale.metrics.health.HealthCheck;
import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.InvoiceExporter;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Unhealthy when a plugin failed or was refused for its plugin API version, or when no export
 * format is loaded at all.
 */
public class PluginsHealthCheck extends HealthCheck {

    private final PluginRegistry registry;

    public PluginsHealthCheck(PluginRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    protected Result check() {
        String failed = registry.plugins().stream()
                .filter(plugin -> plugin.state() == PluginInfo.State.FAILED || plugin.state() == PluginInfo.State.INCOMPATIBLE)
                .map(plugin -> plugin.id() + " (" + plugin.error() + ")")
                .collect(Collectors.joining(", "));
        if (!failed.isEmpty()) {
            return Result.unhealthy("Failed plugins: " + failed);
        }
        if (registry.exporters().isEmpty()) {
            return Result.unhealthy("No export format loaded from " + registry.directory());
        }
        return Result.healthy(registry.plugins().size() + " plugins; formats "
                + registry.exporters().stream().map(InvoiceExporter::id).toList() + "; channels "
                + registry.channels().stream().map(DeliveryChannel::id).toList());
    }
}
