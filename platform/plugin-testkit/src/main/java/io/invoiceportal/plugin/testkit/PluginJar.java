package io.invoiceportal.plugin.testkit;

import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.loader.ExtensionChecks;
import io.invoiceportal.plugin.loader.PortalPluginManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginWrapper;

/**
 * A built plugin jar loaded the way the portal loads it: alone in a plugins folder, by the portal's
 * own {@link PortalPluginManager} (its own class loader, the plugin API version check, PF4J's
 * extension index). {@link #load} fails with the portal's reason when the portal would not start
 * the plugin or use one of its extensions; the extensions it returns are the ones the portal uses.
 *
 * <pre>{@code
 * try (PluginJar jar = PluginJar.load(Path.of(System.getProperty("plugin.jar")))) {
 *     assertThat(jar.exporters()).extracting(InvoiceExporter::id).containsExactly("csv");
 * }
 * }</pre>
 */
public final class PluginJar implements AutoCloseable {

    private final Path folder;
    private final PortalPluginManager manager;
    private final PluginWrapper plugin;

    private PluginJar(Path folder, PortalPluginManager manager, PluginWrapper plugin) {
        this.folder = folder;
        this.manager = manager;
        this.plugin = plugin;
    }

    /**
     * Loads and starts the plugin in {@code jar}.
     *
     * @throws AssertionError when the jar cannot be loaded, is refused, does not start, or names an
     *     extension class that cannot be loaded
     */
    public static PluginJar load(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("No plugin jar at " + jar + ": package the plugin first");
        }
        Path folder;
        try {
            folder = Files.createTempDirectory("plugin-jar-");
            Files.copy(jar, folder.resolve(jar.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PortalPluginManager manager = new PortalPluginManager(folder);
        manager.loadPlugins();
        manager.startPlugins();
        PluginJar loaded = null;
        try {
            manager.loadFailures().forEach((path, error) -> {
                throw new AssertionError("The portal cannot load " + jar + ": " + error, error);
            });
            List<PluginWrapper> plugins = manager.getPlugins();
            if (plugins.size() != 1) {
                throw new AssertionError("Expected one plugin in " + jar + ", found " + plugins.size());
            }
            PluginWrapper plugin = plugins.get(0);
            manager.refusal(plugin.getPluginId()).ifPresent(reason -> {
                throw new AssertionError("The portal refuses plugin '" + plugin.getPluginId() + "': " + reason);
            });
            if (!plugin.getPluginState().isStarted()) {
                throw new AssertionError("Plugin '" + plugin.getPluginId() + "' is " + plugin.getPluginState()
                        + ", not started", plugin.getFailedException());
            }
            try {
                manager.checkExtensionClasses(plugin);
            } catch (RuntimeException e) {
                throw new AssertionError("Plugin '" + plugin.getPluginId() + "': " + e.getMessage(), e);
            }
            loaded = new PluginJar(folder, manager, plugin);
            loaded.exporters().forEach(exporter -> check(plugin, exporter, ExtensionChecks::exporter));
            loaded.channels().forEach(channel -> check(plugin, channel, ExtensionChecks::channel));
            return loaded;
        } finally {
            if (loaded == null) {
                manager.unloadPlugins();
                delete(folder);
            }
        }
    }

    private static <T> void check(PluginWrapper plugin, T extension, Function<T, String> check) {
        try {
            check.apply(extension);
        } catch (RuntimeException e) {
            throw new AssertionError("Plugin '" + plugin.getPluginId() + "': the portal cannot use "
                    + extension.getClass().getName() + ": " + e.getMessage(), e);
        }
    }

    /** The manifest's description of the plugin (id, version, requires, provider). */
    public PluginDescriptor descriptor() {
        return plugin.getDescriptor();
    }

    /** The plugin's export formats, created as the portal creates them. */
    public List<InvoiceExporter> exporters() {
        return manager.getExtensions(InvoiceExporter.class, plugin.getPluginId());
    }

    /** The plugin's delivery channels, created as the portal creates them. */
    public List<DeliveryChannel> channels() {
        return manager.getExtensions(DeliveryChannel.class, plugin.getPluginId());
    }

    /** The plugin's class loader (not the test's). */
    public ClassLoader classLoader() {
        return plugin.getPluginClassLoader();
    }

    /** Stops and unloads the plugin and removes the temporary plugins folder. */
    @Override
    public void close() {
        manager.unloadPlugins();
        delete(folder);
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
