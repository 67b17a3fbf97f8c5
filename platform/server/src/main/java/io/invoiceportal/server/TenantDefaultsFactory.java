package io.invoiceportal.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.invoiceportal.core.tenant.TenantDefaults;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** {@code tenantDefaults} in config.yml: the plugin ids a new tenant offers until it changes its settings. */
public class TenantDefaultsFactory {
    @NotEmpty
    private List<@Pattern(regexp = "[a-z0-9-]+", message = "must be a plugin id such as pdf") String> formats;
    @NotEmpty
    private List<@Pattern(regexp = "[a-z0-9-]+", message = "must be a plugin id such as email") String> channels;

    @JsonProperty
    public List<String> getFormats() {
        return formats;
    }

    @JsonProperty
    public void setFormats(List<String> formats) {
        this.formats = formats;
    }

    @JsonProperty
    public List<String> getChannels() {
        return channels;
    }

    @JsonProperty
    public void setChannels(List<String> channels) {
        this.channels = channels;
    }

    public TenantDefaults build() {
        return new TenantDefaults(formats, channels);
    }
}
