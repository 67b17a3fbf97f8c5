package io.invoiceportal.plugin.loader;

import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.SettingDefinition;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the portal asks of an extension before it uses it: it calls what it will call later, so a
 * broken extension shows up at start and not on a request. Used by the server's plugin registry
 * and by the test kit's jar check.
 */
public final class ExtensionChecks {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    private ExtensionChecks() {}

    /**
     * The exporter's id, after checking it, the names the portal shows and its settings.
     *
     * @throws RuntimeException naming what is wrong (or what the exporter threw)
     */
    public static String exporter(InvoiceExporter exporter) {
        String id = id(exporter.id());
        requireText(exporter.displayName(Locale.ENGLISH), "displayName");
        requireText(exporter.mediaType(), "mediaType");
        requireText(exporter.fileExtension(), "fileExtension");
        requireSettings(exporter.settings());
        return id;
    }

    /**
     * The channel's id, after checking it, the name the portal shows and its settings.
     *
     * @throws RuntimeException naming what is wrong (or what the channel threw)
     */
    public static String channel(DeliveryChannel channel) {
        String id = id(channel.id());
        requireText(channel.displayName(Locale.ENGLISH), "displayName");
        requireSettings(channel.settings());
        return id;
    }

    private static String id(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalStateException("id '" + id + "' is not [a-z0-9-]+");
        }
        return id;
    }

    /** The declared settings; a broken declaration (such as an invalid default) throws here. */
    private static void requireSettings(List<SettingDefinition> settings) {
        if (settings == null || settings.stream().anyMatch(Objects::isNull)) {
            throw new IllegalStateException("settings() is null or holds null");
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(what + "() is empty");
        }
    }
}
