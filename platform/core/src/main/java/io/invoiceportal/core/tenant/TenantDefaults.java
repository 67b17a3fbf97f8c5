package io.invoiceportal.core.tenant;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What a new tenant offers until it changes its settings, from the configuration: the ids of its
 * export formats and delivery channels, and its time zone. The first channel is a new customer's
 * when the issuer names none.
 */
public record TenantDefaults(List<String> formats, List<String> channels, ZoneId timeZone) {
    public TenantDefaults {
        formats = List.copyOf(formats);
        channels = List.copyOf(channels);
        Objects.requireNonNull(timeZone, "timeZone");
    }
}
