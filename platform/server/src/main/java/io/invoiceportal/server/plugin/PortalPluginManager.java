package io.invoiceportal.server.plugin;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pf4j.DefaultPluginFactory;
import org.pf4j.JarPluginManager;
import org.pf4j.Plugin;
import org.pf4j.PluginFactory;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PF4J's jar plugin manager with failures kept instead of only logged: PF4J logs a jar it cannot
 * load and forgets it, and turns a missing {@code Plugin-Class} into a bare NullPointerException.
 */
final class PortalPluginManager extends JarPluginManager {

    private static final Logger log = LoggerFactory.getLogger(PortalPluginManager.class);

    private final Map<Path, Throwable> loadFailures = new LinkedHashMap<>();

    PortalPluginManager(Path directory) {
        super(directory);
    }

    /** Jars only: {@code -Dpf4j.mode=development} would otherwise make PF4J look for class folders. */
    @Override
    public RuntimeMode getRuntimeMode() {
        return RuntimeMode.DEPLOYMENT;
    }

    @Override
    protected PluginWrapper loadPluginFromPath(Path pluginPath) {
        try {
            return super.loadPluginFromPath(pluginPath);
        } catch (RuntimeException | LinkageError e) {
            log.error("Cannot load plugin jar '{}'", pluginPath, e);
            loadFailures.put(pluginPath, e);
            return null;
        }
    }

    @Override
    protected PluginFactory createPluginFactory() {
        return new DefaultPluginFactory() {
            @Override
            public Plugin create(PluginWrapper pluginWrapper) {
                Plugin plugin = super.create(pluginWrapper);
                if (plugin == null) {
                    throw new PluginRuntimeException("Cannot create Plugin-Class '{}' (missing, not a Plugin, "
                            + "or no usable constructor)", pluginWrapper.getDescriptor().getPluginClass());
                }
                return plugin;
            }
        };
    }

    /** Jars that could not be loaded at all, with the reason, in the order they were tried. */
    Map<Path, Throwable> loadFailures() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(loadFailures));
    }
}
