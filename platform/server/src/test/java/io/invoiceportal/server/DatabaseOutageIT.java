package io.invoiceportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PortalApp;
import io.invoiceportal.server.testing.TcpProxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * The database becomes unreachable while the portal runs (a proxy in front of PostgreSQL is cut):
 * every API request is a JSON 503 with Retry-After, the outage is logged once, and when the
 * database is back the very next requests succeed without a restart.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DatabaseOutageIT {
    static final TcpProxy PROXY = new TcpProxy();
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("outage", PROXY::route);
    static String api;
    static String key;
    static Http customer;

    @BeforeAll
    static void data() {
        api = "http://localhost:" + APP.getLocalPort() + "/api";
        Http admin = new Http(api);
        key = PortalApp.acmeWithCustomer(admin, "Acme B.V.", "Bakkerij B.V.", "bakkerij");
        PortalApp.activate(APP, "acme", "C-1", "Factuur2026");
        customer = new Http(api);
        assertThat(customer.post("/v1/tenants/acme/session", null, Map.of("login", "bakkerij", "password", "Factuur2026"))
                .status()).isEqualTo(200);
    }

    @AfterAll
    static void proxy() {
        PROXY.close();
    }

    List<Answer> requests() {
        Http issuer = new Http(api);
        return List.of(issuer.get("/v1/tenants/acme/customers/C-1", key),
                issuer.put("/v1/tenants/acme/customers/C-2", key, Map.of("companyName", "Nieuw B.V.", "email", "n@nieuw.example")),
                customer.get("/v1/tenants/acme/me/invoices", null),
                customer.get("/v1/tenants/acme/me/profile", null),
                new Http(api).post("/v1/tenants/acme/session", null, Map.of("login", "bakkerij", "password", "Factuur2026")));
    }

    @Test
    void outageIs503AndRecoveryIsClean() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        try {
            assertThat(new Http(api).get("/v1/tenants/acme/customers/C-1", key).status()).isEqualTo(200);
            PROXY.cut();
            List<Answer> during = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                during.addAll(requests());
            }
            for (Answer a : during) {
                assertThat(a.status()).as(a.raw().uri() + " " + a.body()).isEqualTo(503);
                assertThat(a.header("Content-Type")).startsWith("application/json");
                assertThat(a.json().path("code").asText()).isEqualTo("unavailable");
                assertThat(a.header("Retry-After")).isEqualTo("5");
            }
            List<ILoggingEvent> outageLogs = log.list.stream()
                    .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN) && e.getThrowableProxy() == null
                            && e.getFormattedMessage().contains("database cannot be reached")).toList();
            assertThat(outageLogs).hasSize(1);
            assertThat(log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))).isEmpty();

            PROXY.restore();
            for (Answer a : requests()) {
                assertThat(a.status()).as(a.raw().uri() + " " + a.body()).isBetween(200, 299);
            }
        } finally {
            root.detachAppender(log);
            PROXY.restore();
        }
    }

    /** The database went away and came back while the portal was idle: its pooled connections are dead, not its answers. */
    @Test
    void deadPooledConnectionsAreReplaced() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(requests()).allSatisfy(a -> assertThat(a.status()).isBetween(200, 299));
        }
        PROXY.cut();
        PROXY.restore();
        Thread.sleep(1_500); // longer than validationInterval: the pool checks each connection again
        for (Answer a : requests()) {
            assertThat(a.status()).as(a.raw().uri() + " " + a.body()).isBetween(200, 299);
        }
    }
}
