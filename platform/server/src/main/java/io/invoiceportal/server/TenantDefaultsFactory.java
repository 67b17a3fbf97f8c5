package io.invoiceportal.server;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.validation.ValidationMethod;
import io.invoiceportal.core.tenant.TenantDefaults;
import io.invoiceportal.core.tenant.TenantService;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code tenantDefaults} in config.yml: the plugin ids a new tenant offers and its time zone, until
 * it changes its settings.
 */
public class TenantDefaultsFactory {
    @NotEmpty
    private List<@Pattern(regexp = "[a-z0-9-]+", message = "must be a plugin id such as pdf") String> formats;
    @NotEmpty
    private List<@Pattern(regexp = "[a-z0-9-]+", message = "must be a plugin id such as email") String> channels;
    @NotNull
    private String timeZone;

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

    @JsonProperty
    public String getTimeZone() {
        return timeZone;
    }

    @JsonProperty
    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    @JsonIgnore
    @ValidationMethod(message = "tenantDefaults.timeZone must be a time zone such as Europe/Amsterdam")
    public boolean isTimeZoneKnown() {
        return timeZone == null || TenantService.isTimeZone(timeZone);
    }

    public TenantDefaults build() {
        return new TenantDefaults(formats, channels, ZoneId.of(timeZone));
    }
}
