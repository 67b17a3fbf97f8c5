package io.invoiceportal.plugin.api;

/**
 * The type of a {@link SettingDefinition}: how the portal checks a tenant's value and how it
 * appears in JSON. New types may be added in a minor version; do not switch over this enum
 * without a {@code default} branch.
 */
public enum SettingType {
    /** Any text (at most 2000 characters, no control characters or invalid Unicode); a JSON string. */
    STRING,
    /** A whole number ({@code long}); a JSON number. */
    INTEGER,
    /** {@code true} or {@code false}; a JSON boolean. */
    BOOLEAN,
    /** An absolute {@code https} or {@code http} URL with a host; a JSON string. */
    URL
}
