package io.invoiceportal.server.plugin;

import io.invoiceportal.core.export.ExporterCatalog;
import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.loader.ExtensionChecks;
import io.invoiceportal.plugin.loader.PortalPluginManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the plugin jars of one directory with PF4J, starts them and offers their export formats
 * and delivery channels.
 *
 * <p>Loading happens once, in the constructor; afterwards the registry is read-only and safe to
 * share between threads. A jar that cannot be loaded, a plugin that fails to start and an
 * extension class that cannot be created are logged and reported in {@link #plugins()} as
 * {@link PluginInfo.State#FAILED}, a plugin built for an incompatible plugin API as
 * {@link PluginInfo.State#INCOMPATIBLE}; the other plugins load regardless. Plugins are taken in
 * order of their id, so when two extensions share an id the one from the plugin with the
 * smaller id wins and the other plugin carries the error.
 */
public final class PluginRegistry implements ExporterCatalog, AutoCloseable {

    /** The environment variable (config.yml {@code plugins.directory}) that names the directory. */
    public static final String DIRECTORY_SETTING = "PORTAL_PLUGINS_DIR";

    private static final Logger log = LoggerFactory.getLogger(PluginRegistry.class);

    private final Path directory;
    private final PortalPluginManager manager;
    private final List<InvoiceExporter> exporters = new ArrayList<>();
    private final List<DeliveryChannel> channels = new ArrayList<>();
    private final List<PluginInfo> plugins = new ArrayList<>();

    /**
     * Loads and starts every plugin jar in {@code directory}.
     *
     * @throws IllegalStateException when {@code directory} is not an existing directory
     */
    public PluginRegistry(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(this.directory)) {
            throw new IllegalStateException("Plugin directory '" + this.directory + "' does not exist or is not a "
                    + "directory: set " + DIRECTORY_SETTING + " (plugins.directory in config.yml) to the folder "
                    + "holding the plugin jars");
        }
        manager = new PortalPluginManager(this.directory);
        manager.loadPlugins();
        manager.startPlugins();

        Map<String, String> formatOwners = new HashMap<>();
        Map<String, String> channelOwners = new HashMap<>();
        manager.getPlugins().stream()
                .sorted(Comparator.comparing(PluginWrapper::getPluginId))
                .forEach(plugin -> plugins.add(collect(plugin, formatOwners, channelOwners)));
        manager.loadFailures().forEach((path, error) -> plugins.add(new PluginInfo(
                path.getFileName().toString(), null, null, PluginInfo.State.FAILED, describe(error), List.of(),
                List.of())));
        log.info("Plugins from {}: {}", this.directory, plugins);
    }

    /** The directory the plugins were loaded from. */
    public Path directory() {
        return directory;
    }

    /** Every plugin jar found, started or not; jars that could not be read come last. */
    public List<PluginInfo> plugins() {
        return List.copyOf(plugins);
    }

    @Override
    public List<InvoiceExporter> exporters() {
        return List.copyOf(exporters);
    }

    @Override
    public List<DeliveryChannel> channels() {
        return List.copyOf(channels);
    }

    /** Stops and unloads the plugins, closing their class loaders. */
    @Override
    public void close() {
        // unloadPlugins stops each plugin first; PF4J 3.15's stopPlugins() itself throws
        // ConcurrentModificationException (it removes from the list it iterates)
        manager.unloadPlugins();
    }

    private PluginInfo collect(PluginWrapper plugin, Map<String, String> formatOwners, Map<String, String> channelOwners) {
        String pluginId = plugin.getPluginId();
        String version = plugin.getDescriptor().getVersion();
        String description = plugin.getDescriptor().getPluginDescription();
        Optional<String> refusal = manager.refusal(pluginId);
        if (refusal.isPresent()) {
            return new PluginInfo(pluginId, version, description, PluginInfo.State.INCOMPATIBLE, refusal.get(),
                    List.of(), List.of());
        }
        if (!plugin.getPluginState().isStarted()) {
            Throwable failure = plugin.getFailedException();
            return new PluginInfo(pluginId, version, description, state(plugin),
                    failure == null ? null : describe(failure), List.of(), List.of());
        }
        List<InvoiceExporter> foundExporters;
        List<DeliveryChannel> foundChannels;
        try {
            manager.checkExtensionClasses(plugin);
            foundExporters = create(InvoiceExporter.class, pluginId);
            foundChannels = create(DeliveryChannel.class, pluginId);
        } catch (RuntimeException | LinkageError e) {
            log.error("Plugin '{}' started but its extensions cannot be used", pluginId, e);
            return new PluginInfo(pluginId, version, description, PluginInfo.State.FAILED, describe(e), List.of(),
                    List.of());
        }

        List<String> errors = new ArrayList<>();
        List<String> formats = register(pluginId, foundExporters, ExtensionChecks::exporter, formatOwners, exporters,
                "format", errors);
        List<String> channelIds = register(pluginId, foundChannels, ExtensionChecks::channel, channelOwners, channels,
                "channel", errors);
        String error = errors.isEmpty() ? null : String.join("; ", errors);
        if (error != null) {
            log.error("Plugin '{}': {}", pluginId, error);
        }
        return new PluginInfo(pluginId, version, description, PluginInfo.State.STARTED, error, formats, channelIds);
    }

    private <T> List<T> create(Class<T> type, String pluginId) {
        List<T> created = new ArrayList<>();
        for (Class<? extends T> extensionClass : manager.getExtensionClasses(type, pluginId)) {
            created.add(manager.getExtensionFactory().create(extensionClass));
        }
        return created;
    }

    /** Checks each extension ({@code check} returns its id) and keeps those with an id not taken yet. */
    private <T> List<String> register(String pluginId, List<T> found, Function<T, String> check,
            Map<String, String> owners, List<T> target, String kind, List<String> errors) {
        List<String> ids = new ArrayList<>();
        for (T extension : found) {
            String id;
            try {
                id = check.apply(extension);
            } catch (RuntimeException e) {
                errors.add(kind + " " + extension.getClass().getName() + " is unusable: " + describe(e));
                continue;
            }
            String owner = owners.putIfAbsent(id, pluginId);
            if (owner != null) {
                errors.add("duplicate " + kind + " id '" + id + "', already provided by plugin '" + owner + "'; ignored");
                continue;
            }
            target.add(extension);
            ids.add(id);
        }
        return ids;
    }

    private static PluginInfo.State state(PluginWrapper plugin) {
        return PluginInfo.State.valueOf(plugin.getPluginState().name());
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(message(error));
        Throwable cause = error.getCause();
        if (cause != null && cause != error && !text.toString().contains(message(cause))) {
            text.append(": ").append(message(cause));
        }
        return text.toString();
    }

    private static String message(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
