package io.invoiceportal.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * config.yml. Every setting that differs per environment comes from a {@code PORTAL_*}
 * environment variable; {@link #problems()} names that variable when a value is wrong.
 */
public class PortalConfiguration extends Configuration {

    @NotNull
    private String publicUrl = "http://localhost:8080";
    private String adminKey = "";
    @NotNull
    private String dataDir = "./data";
    @Valid
    @NotNull
    private PluginsSettings plugins = new PluginsSettings();
    @Valid
    @NotNull
    private SamplesSettings samples = new SamplesSettings();
    @Valid
    @NotNull
    private SmtpSettings smtp = new SmtpSettings();
    @Valid
    @NotNull
    private DataSourceFactory database = new DataSourceFactory();
    @Valid
    @NotNull
    private DeliverySettings delivery = new DeliverySettings();
    @Valid
    @NotNull
    private TenantDefaultsFactory tenantDefaults;

    /** Settings that are wrong, each naming its environment variable; empty when all is well. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        try {
            URI uri = URI.create(publicUrl);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || publicUrl.endsWith("/")) {
                problems.add("PORTAL_PUBLIC_URL (publicUrl) must be an absolute http(s) URL without a trailing slash, was '" + publicUrl + "'");
            }
        } catch (IllegalArgumentException e) {
            problems.add("PORTAL_PUBLIC_URL (publicUrl) is not a URL: '" + publicUrl + "'");
        }
        String url = database.getUrl();
        if (!io.invoiceportal.server.db.DatabaseFactory.isEmbedded(url) && !url.startsWith("jdbc:postgresql://")) {
            problems.add("PORTAL_DATABASE_URL (database.url) must be a JDBC URL such as jdbc:postgresql://localhost:5432/portal (or unset for the embedded database), was '" + url + "'");
        }
        if (adminKey != null && !adminKey.isEmpty() && adminKey.length() < 16) {
            problems.add("PORTAL_ADMIN_KEY (adminKey) must be at least 16 characters");
        }
        if (smtp.getPort() < 1 || smtp.getPort() > 65535) {
            problems.add("PORTAL_SMTP_PORT (smtp.port) must be a port number 1-65535, was " + smtp.getPort());
        }
        if (!smtp.getFrom().contains("@")) {
            problems.add("PORTAL_SMTP_FROM (smtp.from) must be an e-mail address, was '" + smtp.getFrom() + "'");
        }
        if (delivery.getPollMillis() < 100) {
            problems.add("PORTAL_OUTBOX_POLL_MILLIS (delivery.pollMillis) must be at least 100");
        }
        if (delivery.getMaxAttachmentBytes() < 1) {
            problems.add("PORTAL_MAX_ATTACHMENT_BYTES (delivery.maxAttachmentBytes) must be positive");
        }
        return problems;
    }

    @JsonProperty
    public String getPublicUrl() {
        return publicUrl;
    }

    @JsonProperty
    public void setPublicUrl(String publicUrl) {
        this.publicUrl = publicUrl;
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

    @JsonProperty
    public PluginsSettings getPlugins() {
        return plugins;
    }

    @JsonProperty
    public void setPlugins(PluginsSettings plugins) {
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
    public SmtpSettings getSmtp() {
        return smtp;
    }

    @JsonProperty
    public void setSmtp(SmtpSettings smtp) {
        this.smtp = smtp;
    }

    @JsonProperty
    public DataSourceFactory getDatabase() {
        return database;
    }

    @JsonProperty
    public void setDatabase(DataSourceFactory database) {
        this.database = database;
    }

    @JsonProperty
    public DeliverySettings getDelivery() {
        return delivery;
    }

    @JsonProperty
    public void setDelivery(DeliverySettings delivery) {
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

    /** The notification outbox: how often it is drained, and the e-mail attachment limit. */
    public static class DeliverySettings {
        private long pollMillis = 2000;
        private long maxAttachmentBytes = 5L * 1024 * 1024;

        @JsonProperty
        public long getPollMillis() {
            return pollMillis;
        }

        @JsonProperty
        public void setPollMillis(long pollMillis) {
            this.pollMillis = pollMillis;
        }

        @JsonProperty
        public long getMaxAttachmentBytes() {
            return maxAttachmentBytes;
        }

        @JsonProperty
        public void setMaxAttachmentBytes(long maxAttachmentBytes) {
            this.maxAttachmentBytes = maxAttachmentBytes;
        }
    }

    /** Where plugin jars are loaded from. */
    public static class PluginsSettings {
        @NotNull
        private String directory = "./target/plugins";

        @JsonProperty
        public String getDirectory() {
            return directory;
        }

        @JsonProperty
        public void setDirectory(String directory) {
            this.directory = directory;
        }
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

    /** Outgoing mail. With no host, mails are written as .eml files under the data folder. */
    public static class SmtpSettings {
        private String host = "";
        private int port = 25;
        private String user = "";
        private String password = "";
        @NotNull
        private String from = "Invoice Portal <no-reply@localhost>";

        @JsonProperty
        public String getHost() {
            return host;
        }

        @JsonProperty
        public void setHost(String host) {
            this.host = host;
        }

        @JsonProperty
        public int getPort() {
            return port;
        }

        @JsonProperty
        public void setPort(int port) {
            this.port = port;
        }

        @JsonProperty
        public String getUser() {
            return user;
        }

        @JsonProperty
        public void setUser(String user) {
            this.user = user;
        }

        @JsonProperty
        public String getPassword() {
            return password;
        }

        @JsonProperty
        public void setPassword(String password) {
            this.password = password;
        }

        @JsonProperty
        public String getFrom() {
            return from;
        }

        @JsonProperty
        public void setFrom(String from) {
            this.from = from;
        }
    }
}
