package io.invoiceportal.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.invoiceportal.core.mail.MailSettings;
import io.invoiceportal.core.mail.SmtpMailSender;
import io.invoiceportal.core.outbox.OutboxRelay;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import io.invoiceportal.server.Services;
import io.invoiceportal.server.plugin.PluginRegistry;
import io.invoiceportal.server.testing.PortalApp;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** When the mail server answers again, mail waiting for its retry goes out at once (real SMTP, real e-mail plugin). */
class MailServerWatchTest {
    @RegisterExtension
    final TestDatabaseExtension db = new TestDatabaseExtension("watch");

    @Test
    void mailWaitingForARetryIsSentWhenTheServerIsBack() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Jdbi jdbi = db.jdbi();
        try (PluginRegistry plugins = new PluginRegistry(Path.of(PortalApp.pluginsDir()))) {
            Services services = Services.build(jdbi, plugins, Fixtures.DEFAULTS, "http://portal.test", Clock.systemUTC());
            Tenant tenant = Fixtures.tenant(jdbi, "acme", "nl");
            Fixtures.customer(jdbi, tenant, "C-1", "klant", "klant@example.test");
            OutboxRelay relay = new OutboxRelay(jdbi, services.tenants(), services.invoices(), services.accounts(),
                    services.exports(), plugins, new SmtpMailSender(new MailSettings("127.0.0.1", port, "", "",
                            MailSettings.DEFAULT_FROM, Path.of("unused"), 2_000)), "http://portal.test",
                    Clock.systemUTC());
            MailServerWatch watch = new MailServerWatch(new SmtpHealthCheck("127.0.0.1", port), relay,
                    Duration.ofSeconds(10), new io.invoiceportal.server.db.DatabaseOutage(java.time.Clock.systemUTC()));

            assertThat(watch.look()).as("nothing waits").isZero();
            assertThat(relay.drain(10)).as("the mail server is down").isEqualTo(1);
            assertThat(watch.look()).as("still down").isZero();

            GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
            smtp.start();
            try {
                assertThat(watch.look()).as("back: the waiting mail is due now").isEqualTo(1);
                assertThat(relay.drain(10)).isEqualTo(1);
                assertThat(smtp.getReceivedMessages()).hasSize(1);
                assertThat(watch.look()).isZero();
            } finally {
                smtp.stop();
            }
        }
    }
}
