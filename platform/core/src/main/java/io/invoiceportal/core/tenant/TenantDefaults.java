package io.invoiceportal.core.tenant;

import java.util.List;

/**
 * What a new tenant offers until it changes its settings, from the configuration: the ids of its
 * export formats and delivery channels. The first channel is a new customer's when the issuer
 * names none.
 */
public record TenantDefaults(List<String> formats, List<String> channels) {
    public TenantDefaults {
        formats = List.copyOf(formats);
        channels = List.copyOf(channels);
    }
}
