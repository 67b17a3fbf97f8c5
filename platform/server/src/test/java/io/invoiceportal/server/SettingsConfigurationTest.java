package io.invoiceportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.ConfigurationSourceProvider;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SettingsConfigurationTest {

    static ConfigurationSourceProvider yaml(String text) {
        return path -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static SettingsConfigurationFactory factory() {
        return new SettingsConfigurationFactory(PortalConfiguration.class, Validators.newValidator(),
                Jackson.newObjectMapper(), "dw");
    }

    /** A port that is not a number stops the start with a message naming PORTAL_HTTP_PORT. */
    @Test
    void badPortNamesItsVariable() {
        String config = "database:\n  driverClass: org.postgresql.Driver\n  url: embedded\n"
                + "server:\n  applicationConnectors:\n    - type: http\n      port: abc\n";
        assertThatThrownBy(() -> factory().build(yaml(config), "config.yml"))
                .hasMessageContaining("PORTAL_HTTP_PORT");
    }

    /** Wrong values our own checks find name their variable too. */
    @Test
    void problemsNameTheirVariables() throws Exception {
        String config = "publicUrl: localhost\nsmtp:\n  from: nobody\n"
                + "tenantDefaults:\n  formats: [pdf]\n  channels: [email]\n"
                + "database:\n  driverClass: org.postgresql.Driver\n  url: mysql://x\n";
        PortalConfiguration parsed = factory().build(yaml(config), "config.yml");
        assertThat(parsed.problems()).anySatisfy(p -> assertThat(p).startsWith("PORTAL_PUBLIC_URL"))
                .anySatisfy(p -> assertThat(p).startsWith("PORTAL_DATABASE_URL"))
                .anySatisfy(p -> assertThat(p).startsWith("PORTAL_SMTP_FROM"));
    }
}
