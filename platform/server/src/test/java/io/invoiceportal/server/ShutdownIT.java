package io.invoiceportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.testing.PortalApp;
import io.invoiceportal.server.testing.RawHttp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * While the application is being stopped, API requests that still reach the server get the JSON 503
 * with Retry-After (a stopped application context would otherwise answer 404).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ShutdownIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("shutdown");

    @Test
    void aStoppedApplicationAnswersJson503() throws Exception {
        RawHttp raw = new RawHttp(APP.getLocalPort());
        assertThat(raw.send("GET /api/v1/tenants/none/settings HTTP/1.1", Map.of(), new byte[0]).status()).isEqualTo(401);
        APP.getEnvironment().getApplicationContext().stop();
        RawHttp.Answer a = raw.send("GET /api/v1/tenants/none/settings HTTP/1.1", Map.of(), new byte[0]);
        assertThat(a.status()).as(a.body()).isEqualTo(503);
        assertThat(a.header("Content-Type")).startsWith("application/json");
        assertThat(a.header("Retry-After")).isEqualTo("5");
        assertThat(a.body()).contains("\"code\":\"unavailable\"");
        RawHttp.Answer page = raw.send("GET /t/acme/ HTTP/1.1", Map.of("Accept", "text/html"), new byte[0]);
        assertThat(page.header("Content-Type")).startsWith("text/html");
    }
}
