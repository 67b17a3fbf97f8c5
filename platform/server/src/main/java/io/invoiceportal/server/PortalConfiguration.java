package io.invoiceportal.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.invoiceportal.server.db.DatabaseFactory;
import io.invoiceportal.server.exportjob.ExportJobsFactory;
import io.invoiceportal.server.mail.SmtpFactory;
import io.invoiceportal.server.outbox.DeliveryFactory;
import io.invoiceportal.server.plugin.PluginsFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * config.yml. Every setting that differs per environment comes from a {@code PORTAL_*}
 * environment variable. Each part is checked with Bean Validation when the file is read, and a
 * wrong value stops the start with a message naming its field and variable
 * ({@link SettingsConfigurationFactory}); the parts build what they configure.
 */
public class PortalConfiguration extends Configuration {

    @NotNull
    @Pattern(regexp = "https?://[^/?#\\s]+(/[^?#\\s]*[^/?#\\s])?",
            message = "must be an absolute http(s) URL without a trailing slash, such as https://portal.example.com")
    private String publicUrl = "http://localhost:8080";
    private boolean trustForwardedHost;
    @Pattern(regexp = "|.{16,}", message = "must be empty or at least 16 characters")
    private String adminKey = "";
    @NotBlank
    private String dataDir = "./data";
    @Pattern(regexp = "|[A-Za-z0-9+/]{43}=", message = "must be empty or 32 bytes in Base64, such as the output of"
            + " openssl rand -base64 32")
    private String mfaKey = "";
    @Valid
    @NotNull
    private PluginsFactory plugins = new PluginsFactory();
    @Valid
    @NotNull
    private SamplesSettings samples = new SamplesSettings();
    @Valid
    @NotNull
    private SmtpFactory smtp = new SmtpFactory();
    @Valid
    @NotNull
    private DatabaseFactory database = new DatabaseFactory();
    @Valid
    @NotNull
    private DeliveryFactory delivery = new DeliveryFactory();
    @Valid
    @NotNull
    private TenantDefaultsFactory tenantDefaults;
    @Valid
    @NotNull
    private ExportJobsFactory exportJobs = new ExportJobsFactory();

    @JsonProperty
    public String getPublicUrl() {
        return publicUrl;
    }

    @JsonProperty
    public void setPublicUrl(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** Whether {@code X-Forwarded-Host} names the host (only behind a proxy that sets it and strips the client's). */
    @JsonProperty
    public boolean isTrustForwardedHost() {
        return trustForwardedHost;
    }

    @JsonProperty
    public void setTrustForwardedHost(boolean trustForwardedHost) {
        this.trustForwardedHost = trustForwardedHost;
    }

    @JsonProperty
    public String getAdminKey() {
        return adminKey;
    }

    @JsonProperty
    public void setAdminKey(String adminKey) {
        this.adminKey = adminKey;
    }

    @JsonProperty
    public String getDataDir() {
        return dataDir;
    }

    @JsonProperty
    public void setDataDir(String dataDir) {
        this.dataDir = dataDir;
    }

    /** The AES-256 key (Base64) the TOTP secrets are encrypted with; empty: {@code dataDir/mfa.key}. */
    @JsonProperty
    public String getMfaKey() {
        return mfaKey;
    }

    @JsonProperty
    public void setMfaKey(String mfaKey) {
        this.mfaKey = mfaKey;
    }

    @JsonProperty
    public PluginsFactory getPlugins() {
        return plugins;
    }

    @JsonProperty
    public void setPlugins(PluginsFactory plugins) {
        this.plugins = plugins;
    }

    @JsonProperty
    public SamplesSettings getSamples() {
        return samples;
    }

    @JsonProperty
    public void setSamples(SamplesSettings samples) {
        this.samples = samples;
    }

    @JsonProperty
    public SmtpFactory getSmtp() {
        return smtp;
    }

    @JsonProperty
    public void setSmtp(SmtpFactory smtp) {
        this.smtp = smtp;
    }

    @JsonProperty
    public DatabaseFactory getDatabase() {
        return database;
    }

    @JsonProperty
    public void setDatabase(DatabaseFactory database) {
        this.database = database;
    }

    @JsonProperty
    public DeliveryFactory getDelivery() {
        return delivery;
    }

    @JsonProperty
    public void setDelivery(DeliveryFactory delivery) {
        this.delivery = delivery;
    }

    @JsonProperty
    public TenantDefaultsFactory getTenantDefaults() {
        return tenantDefaults;
    }

    @JsonProperty
    public void setTenantDefaults(TenantDefaultsFactory tenantDefaults) {
        this.tenantDefaults = tenantDefaults;
    }

    @JsonProperty
    public ExportJobsFactory getExportJobs() {
        return exportJobs;
    }

    @JsonProperty
    public void setExportJobs(ExportJobsFactory exportJobs) {
        this.exportJobs = exportJobs;
    }

    /** Whether and from where sample tenants are loaded at start. */
    public static class SamplesSettings {
        private boolean load;
        @NotNull
        private String directory = "./tenants-sample";

        @JsonProperty
        public boolean isLoad() {
            return load;
        }

        @JsonProperty
        public void setLoad(boolean load) {
            this.load = load;
        }

        @JsonProperty
        public String getDirectory() {
            return directory;
        }

        @JsonProperty
        public void setDirectory(String directory) {
            this.directory = directory;
        }
    }
}
