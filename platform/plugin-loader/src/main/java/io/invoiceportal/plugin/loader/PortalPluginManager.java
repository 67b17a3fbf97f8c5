package io.invoiceportal.plugin.loader;

import io.invoiceportal.plugin.api.PluginApi;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * How the portal loads plugins (the server's plugin registry and the test kit's jar check both use
 * it): PF4J's jar plugin manager with failures kept instead of only logged: PF4J logs a jar it cannot
 * load and forgets it, and turns a missing {@code Plugin-Class} into a bare NullPointerException.
 *
 * <p>The system version is the plugin API's version ({@link PluginApi#VERSION}); a plugin whose
 * {@code Plugin-Requires} it does not satisfy is refused (left disabled) with the reason kept. A
 * bare version in {@code Plugin-Requires} ({@code 1.2.0}) means "built against 1.2.0": any 1.x from
 * 1.2.0 on ({@code ^1.2.0}), not PF4J's open-ended {@code >=1.2.0}.
 */
public final class PortalPluginManager extends JarPluginManager {

    private static final Logger log = LoggerFactory.getLogger(PortalPluginManager.class);

    private static final Pattern BARE_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    private final Map<Path, Throwable> loadFailures = new LinkedHashMap<>();
    private final Map<String, String> refusals = new LinkedHashMap<>();

    /** A manager for the plugin jars in {@code directory}; call {@link #loadPlugins()} and {@link #startPlugins()}. */
    public PortalPluginManager(Path directory) {
        super(directory);
        setSystemVersion(PluginApi.VERSION);
    }

    @Override
    protected boolean isPluginValid(PluginWrapper plugin) {
        String declared = plugin.getDescriptor().getRequires().strip();
        String requires = BARE_VERSION.matcher(declared).matches() ? "^" + declared : declared;
        String reason;
        try {
            if (getVersionManager().checkVersionConstraint(getSystemVersion(), requires)) {
                return true;
            }
            reason = "requires plugin API " + requires + " (Plugin-Requires), but this portal provides plugin API "
                    + getSystemVersion();
        } catch (RuntimeException e) {
            reason = "Plugin-Requires '" + declared + "' is not a version range such as ^" + getSystemVersion();
        }
        log.error("Plugin '{}' from '{}' is refused: {}", plugin.getPluginId(), plugin.getPluginPath(), reason);
        refusals.put(plugin.getPluginId(), reason);
        return false;
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

    /**
     * PF4J skips an extension class it cannot load with only a log line; this fails instead.
     *
     * @throws PluginRuntimeException naming the first extension class of {@code plugin} that cannot be loaded
     */
    public void checkExtensionClasses(PluginWrapper plugin) {
        for (String className : getExtensionClassNames(plugin.getPluginId())) {
            try {
                Class.forName(className, false, plugin.getPluginClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new PluginRuntimeException(e, "Extension class '{}' cannot be loaded", className);
            }
        }
    }

    /** Why a plugin built for an incompatible plugin API was refused, if it was. */
    public Optional<String> refusal(String pluginId) {
        return Optional.ofNullable(refusals.get(pluginId));
    }

    /** Jars that could not be loaded at all, with the reason, in the order they were tried. */
    public Map<Path, Throwable> loadFailures() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(loadFailures));
    }
}
