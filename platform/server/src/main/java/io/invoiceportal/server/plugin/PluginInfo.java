package io.invoiceportal.server.plugin;

import java.util.List;
import java.util.Objects;

/**
 * What an operator needs to know about one plugin jar.
 *
 * @param id the plugin id, or the jar's file name when the jar has no readable descriptor
 * @param version the plugin version, {@code null} when unknown
 * @param description {@code null} when none
 * @param state {@link State#STARTED} when its extensions are in use
 * @param error why it failed, or a problem with one of its extensions (a duplicate id); else {@code null}
 * @param formats ids of the export formats it provides and that are in use
 * @param channels ids of the delivery channels it provides and that are in use
 */
public record PluginInfo(
        String id, String version, String description, State state, String error, List<String> formats,
        List<String> channels) {

    public PluginInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        formats = List.copyOf(formats);
        channels = List.copyOf(channels);
    }

    /**
     * The plugin's life-cycle state, as PF4J names it, or {@link #INCOMPATIBLE} for a plugin refused
     * because its {@code Plugin-Requires} does not accept this portal's plugin API version.
     */
    public enum State {
        CREATED, DISABLED, RESOLVED, STARTED, STOPPED, FAILED, UNLOADED, INCOMPATIBLE
    }
}
