package io.invoiceportal.plugin.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this API (semantic versioning, {@code MAJOR.MINOR.PATCH}), independent of the
 * version of the portal and of this artifact. The portal hands it to PF4J as the system version,
 * and refuses a plugin whose {@code Plugin-Requires} (for example {@code ^1.0.0}) it does not
 * satisfy.
 *
 * <p>A minor version only adds (types, methods with a default, builder methods, notification
 * kinds); anything a compiled plugin could notice otherwise needs a new major version.
 */
public final class PluginApi {

    /** This API's version, for example {@code 1.0.0}. */
    public static final String VERSION = load();

    private PluginApi() {}

    private static String load() {
        Properties properties = new Properties();
        try (InputStream in = PluginApi.class.getResourceAsStream("plugin-api.properties")) {
            if (in == null) {
                throw new IllegalStateException("plugin-api.properties is missing from the plugin API jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
