package io.invoiceportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.ConfigurationSourceProvider;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.invoiceportal.server.testing.PortalApp;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading config.yml: a wrong value stops the start with a message naming its field and its variable. */
class SettingsConfigurationTest {

    static ConfigurationSourceProvider yaml(String text) {
        return path -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static SettingsConfigurationFactory factory() {
        return new SettingsConfigurationFactory(PortalConfiguration.class, Validators.newValidator(),
                Jackson.newObjectMapper(), "dw");
    }

    static final String VALID = "database:\n  driverClass: org.postgresql.Driver\n  url: embedded\n"
            + "tenantDefaults:\n  formats: [pdf]\n  channels: [email]\n  timeZone: Europe/Amsterdam\n";

    /** A port that is not a number stops the start with a message naming PORTAL_HTTP_PORT. */
    @Test
    void badPortNamesItsVariable() {
        String config = VALID + "server:\n  applicationConnectors:\n    - type: http\n      port: abc\n";
        assertThatThrownBy(() -> factory().build(yaml(config), "config.yml"))
                .hasMessageContaining("PORTAL_HTTP_PORT");
    }

    /** Values of the right type but wrong are refused by the factories' constraints, each naming its variable. */
    @Test
    void wrongValuesNameTheirFieldsAndVariables() {
        String config = "publicUrl: localhost/\nadminKey: short\nsmtp:\n  from: nobody\n  port: 70000\n"
                + "delivery:\n  pollMillis: 5\n  leaseSeconds: 1\nplugins:\n  directory: ''\n"
                + "database:\n  driverClass: org.postgresql.Driver\n  url: mysql://x\n"
                + "tenantDefaults:\n  formats: []\n  channels: [Email!]\n  timeZone: \"+01:00\"\n";
        assertThatThrownBy(() -> factory().build(yaml(config), "config.yml"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("publicUrl must be an absolute http(s) URL").hasMessageContaining("PORTAL_PUBLIC_URL")
                .hasMessageContaining("PORTAL_ADMIN_KEY")
                .hasMessageContaining("smtp.from must be an e-mail address").hasMessageContaining("PORTAL_SMTP_FROM")
                .hasMessageContaining("PORTAL_SMTP_PORT")
                .hasMessageContaining("PORTAL_OUTBOX_POLL_MILLIS")
                .hasMessageContaining("PORTAL_OUTBOX_LEASE_SECONDS")
                .hasMessageContaining("PORTAL_PLUGINS_DIR")
                .hasMessageContaining("database.url must be a JDBC URL").hasMessageContaining("PORTAL_DATABASE_URL")
                .hasMessageContaining("tenantDefaults.formats")
                .hasMessageContaining("must be a plugin id")
                .hasMessageContaining("tenantDefaults.timeZone must be a time zone such as Europe/Amsterdam");
    }

    /** The repository's config.yml, with its defaults for every variable, is valid and builds. */
    @Test
    void theShippedConfigurationIsValid() throws Exception {
        PortalConfiguration config = factory().build(new SubstitutingSourceProvider(
                new FileConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)), PortalApp.configFile());
        assertThat(config.getTenantDefaults().build().channels()).isNotEmpty();
        assertThat(config.getTenantDefaults().build().timeZone().getId()).isEqualTo("Europe/Amsterdam");
        assertThat(config.getDelivery().getPollMillis()).isPositive();
        assertThat(config.getDelivery().lease()).isEqualTo(java.time.Duration.ofMinutes(5));
    }

    /** Good values pass: an https URL with a path, an external database, a long enough key. */
    @Test
    void goodValuesPass() throws Exception {
        String config = VALID.replace("url: embedded", "url: jdbc:postgresql://db:5432/portal")
                + "publicUrl: https://portal.example.com/facturen\nadminKey: 0123456789abcdef\n"
                + "smtp:\n  host: mail.example.com\n  port: 587\n  from: Portal <portal@example.com>\n";
        assertThat(factory().build(yaml(config), "config.yml").getPublicUrl())
                .isEqualTo("https://portal.example.com/facturen");
    }
}
