package io.invoiceportal.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.PasswordPolicy;
import io.invoiceportal.core.account.TokenCheck;
import io.invoiceportal.core.account.TokenPurpose;
import io.invoiceportal.core.customer.CustomerRequest;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.export.ExporterCatalog;
import io.invoiceportal.core.invoice.InvoiceService;
import io.invoiceportal.core.mail.MailSettings;
import io.invoiceportal.core.mail.SmtpMailSender;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.Pbkdf2Hasher;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import io.invoiceportal.core.testing.TestExporter;
import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.DeliveryException;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.MailSender;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.tenant.SettingsRequest;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceView;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox relay against a real PostgreSQL and a real SMTP server (GreenMail). */
class OutboxRelayTest {
    @RegisterExtension
    final TestDatabaseExtension db = new TestDatabaseExtension("relay");
    Jdbi jdbi;
    Tenant tenant;
    AccountService accounts;
    /** The same database through a Jdbi of its own, so never the relay's (thread-bound) transaction. */
    AccountService elsewhere;
    int smtpPort;
    GreenMail smtp;

    @BeforeEach
    void setUp() throws IOException {
        jdbi = db.jdbi();
        accounts = new AccountService(jdbi, new Pbkdf2Hasher(), new PasswordPolicy(), Clock.systemUTC());
        elsewhere = new AccountService(db.database().jdbi(), new Pbkdf2Hasher(), new PasswordPolicy(), Clock.systemUTC());
        tenant = Fixtures.tenant(jdbi, "hollandse", "nl");
        try (ServerSocket s = new ServerSocket(0)) {
            smtpPort = s.getLocalPort();
        }
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        smtp.start();
    }

    final List<InvoiceExporter> exporters = new ArrayList<>();

    OutboxRelay relay() {
        return relay(new SmtpMailSender(new MailSettings("127.0.0.1", smtpPort, "", "", "Portal <portal@localhost>",
                Path.of("unused"), 2_000)));
    }

    OutboxRelay relay(MailSender mailer) {
        ExporterCatalog catalog = new ExporterCatalog() {
            @Override
            public List<InvoiceExporter> exporters() {
                return exporters;
            }

            @Override
            public List<DeliveryChannel> channels() {
                return List.of(new TestEmailChannel());
            }
        };
        InvoiceService invoices = new InvoiceService(jdbi);
        return new OutboxRelay(jdbi, Fixtures.tenants(jdbi), invoices, accounts,
                new ExportService(jdbi, invoices, catalog, "http://portal.test", Clock.systemUTC()), catalog,
                mailer, "http://portal.test", Clock.systemUTC());
    }

    String state(String kind) {
        return jdbi.withHandle(h -> h.createQuery("select state || ':' || attempts || ':' || coalesce(last_error, '')"
                + " from outbox where kind = :kind").bind("kind", kind).mapTo(String.class).one());
    }

    /** A mail that cannot be sent while SMTP is down is retried later and then sent exactly once, with a working link. */
    @Test
    void smtpDownThenUpSendsOnce() throws Exception {
        Fixtures.customer(jdbi, tenant, "C-1", "korenschoof", "admin@korenschoof.example");
        OutboxRelay relay = relay();
        assertThat(relay.drain(10)).isEqualTo(1);
        assertThat(state("activation")).startsWith("queued:1:");
        assertThat(relay.drain(10)).as("not due before its backoff").isZero();

        startSmtp();
        jdbi.useHandle(h -> h.execute("update outbox set next_attempt_at = now()"));
        assertThat(relay.drain(10)).isEqualTo(1);
        assertThat(relay.drain(10)).isZero();
        assertThat(state("activation")).startsWith("sent:2:");
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(((String) mails[0].getContent()).strip()).startsWith("http://portal.test/t/hollandse/activate?token=");
        TokenCheck check = accounts.checkToken(tenant, token(mails[0]), TokenPurpose.ACTIVATION);
        assertThat(check.login()).isEqualTo("korenschoof");
    }

    /**
     * Hands each mail to the real SMTP sender, first checking its link's token from another
     * connection than the relay's, as the customer clicking it at once would; with
     * {@code lostReplies}, that many sends report a temporary failure after the server took the
     * mail (as when the connection drops before the reply).
     */
    class CheckingSender implements MailSender {
        final List<Mail> handedOver = new ArrayList<>();
        final List<TokenCheck.Status> tokenAtHandover = new ArrayList<>();
        int lostReplies;

        @Override
        public void send(Mail mail) throws DeliveryException {
            handedOver.add(mail);
            String token = mail.text().strip().substring(mail.text().indexOf("token=") + 6);
            tokenAtHandover.add(elsewhere.checkToken(tenant, token, TokenPurpose.ACTIVATION).status());
            new SmtpMailSender(new MailSettings("127.0.0.1", smtpPort, "", "", "Portal <portal@localhost>",
                    Path.of("unused"), 2_000)).send(mail);
            if (lostReplies > 0) {
                lostReplies--;
                throw new DeliveryException("connection lost after the message was sent", true, null);
            }
        }
    }

    static String token(MimeMessage mail) throws Exception {
        String body = ((String) mail.getContent()).strip();
        return body.substring(body.indexOf("token=") + 6);
    }

    /** The link's token is committed before the mail is handed to the sender, not after the send. */
    @Test
    void tokenIsUsableWhenTheMailIsHandedOver() throws Exception {
        startSmtp();
        Fixtures.customer(jdbi, tenant, "C-1", "korenschoof", "admin@korenschoof.example");
        CheckingSender sender = new CheckingSender();
        assertThat(relay(sender).drain(10)).isEqualTo(1);
        assertThat(sender.tokenAtHandover).containsExactly(TokenCheck.Status.VALID);
        assertThat(state("activation")).startsWith("sent:1:");
    }

    /**
     * A retry after a failed send keeps the Message-ID and has a working link; when the first
     * copy did arrive after all, its link works too, until one of them is used.
     */
    @Test
    void retryKeepsMessageIdAndEveryCopyHasAWorkingLink() throws Exception {
        startSmtp();
        Fixtures.customer(jdbi, tenant, "C-1", "korenschoof", "admin@korenschoof.example");
        CheckingSender sender = new CheckingSender();
        sender.lostReplies = 1;
        OutboxRelay relay = relay(sender);
        assertThat(relay.drain(10)).isEqualTo(1);
        assertThat(state("activation")).startsWith("queued:1:");
        jdbi.useHandle(h -> h.execute("update outbox set next_attempt_at = now()"));
        assertThat(relay.drain(10)).isEqualTo(1);
        assertThat(state("activation")).startsWith("sent:2:");

        assertThat(sender.tokenAtHandover).containsExactly(TokenCheck.Status.VALID, TokenCheck.Status.VALID);
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(2);
        assertThat(mails[1].getMessageID()).isEqualTo(mails[0].getMessageID())
                .isEqualTo(sender.handedOver.get(0).messageId());
        String first = token(mails[0]);
        String second = token(mails[1]);
        assertThat(accounts.checkToken(tenant, first, TokenPurpose.ACTIVATION).login()).isEqualTo("korenschoof");
        assertThat(accounts.checkToken(tenant, second, TokenPurpose.ACTIVATION).login()).isEqualTo("korenschoof");
        accounts.activate(tenant, second, "Factuur2026", "Factuur2026");
        assertThat(accounts.checkToken(tenant, first, TokenPurpose.ACTIVATION).status()).isEqualTo(TokenCheck.Status.USED);
    }

    /** A relay that never reports back (a crash after the claim) leaves the row to be sent again after the lease. */
    @Test
    void crashedAttemptIsRetriedAfterTheLease() throws Exception {
        startSmtp();
        Fixtures.customer(jdbi, tenant, "C-1", "korenschoof", "admin@korenschoof.example");
        jdbi.useHandle(h -> h.attach(OutboxDao.class).claimDue(java.time.Instant.now().plus(OutboxRelay.LEASE)));
        OutboxRelay relay = relay();
        assertThat(relay.drain(10)).as("held by the crashed relay").isZero();
        jdbi.useHandle(h -> h.execute("update outbox set next_attempt_at = now()"));
        assertThat(relay.drain(10)).isEqualTo(1);
        assertThat(state("activation")).startsWith("sent:2:");
        assertThat(accounts.checkToken(tenant, token(smtp.getReceivedMessages()[0]), TokenPurpose.ACTIVATION).valid())
                .isTrue();
    }

    /** A PDF for a new-invoice mail is made by the tenant's format whose exporter makes PDF, whatever its id. */
    @Test
    void newInvoicePdfComesFromTheFormatThatMakesPdf() throws Exception {
        startSmtp();
        exporters.add(new TestExporter("invoice-pdf", "PDF", "application/pdf", "pdf") {
            @Override
            public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws IOException {
                out.write(("%PDF " + invoice.invoiceNumber()).getBytes(StandardCharsets.US_ASCII));
            }
        });
        Tenant pdfTenant = Fixtures.tenants(jdbi).updateSettings(tenant,
                new SettingsRequest(List.of("invoice-pdf"), null, null, null, null, null, null, null), Set.of("invoice-pdf"), Set.of("email"),
                Map.of());
        Fixtures.customer(jdbi, pdfTenant, "C-1", "korenschoof", "admin@korenschoof.example");
        jdbi.useHandle(h -> h.execute("delete from outbox"));
        new InvoiceService(jdbi).publishAll(pdfTenant, List.of(new InvoiceRequest("A-1", "C-1", "2026-01-05", "2026-02-04",
                null, "EUR", null, null, List.of(new InvoiceRequest.LineInput("1", "Regel", "1", "C62", "10.00", "S",
                        "21")), null, null)), "test");
        assertThat(relay().drain(10)).isEqualTo(1);
        assertThat(state("new-invoice")).startsWith("sent:1:");
        MimeMultipart parts = (MimeMultipart) smtp.getReceivedMessages()[0].getContent();
        assertThat(new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF A-1");
    }

    /** When the issuer changes a customer's address, the old and the new address both get the platform's notice. */
    @Test
    void emailChangeIsToldToBothAddresses() throws Exception {
        startSmtp();
        Fixtures.customer(jdbi, tenant, "C-1", "korenschoof", "old@korenschoof.example");
        jdbi.useHandle(h -> h.execute("delete from outbox"));
        new CustomerService(jdbi).put(tenant, "C-1", new CustomerRequest(null, "new@korenschoof.example", null, null,
                null, null, null, null, null, null, null), "test");
        assertThat(relay().drain(10)).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("old@korenschoof.example", "new@korenschoof.example");
        assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("gewijzigd");
    }

    /** Mail waiting for a retry can be made due at once (the mail server is back); a row being sent is left alone. */
    @Test
    void wakeMakesRetriesDueButLeavesRowsBeingSent() throws Exception {
        Fixtures.customer(jdbi, tenant, "C-1", "korenschoof", "admin@korenschoof.example");
        Fixtures.customer(jdbi, tenant, "C-2", "brightwater", "admin@brightwater.example");
        jdbi.useHandle(h -> h.attach(OutboxDao.class).claimDue(java.time.Instant.now().plus(OutboxRelay.LEASE)));
        OutboxRelay relay = relay();
        assertThat(relay.waitingForRetry()).isFalse();
        assertThat(relay.drain(10)).as("the mail server is down").isEqualTo(1);
        assertThat(relay.waitingForRetry()).isTrue();

        startSmtp();
        assertThat(relay.wakeRetries()).isEqualTo(1);
        assertThat(relay.drain(10)).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactly("admin@brightwater.example");
        assertThat(relay.waitingForRetry()).isFalse();
    }

    /** Two relays on one database deliver each queued mail exactly once. */
    @Test
    void twoRelaysNeverSendTwice() throws Exception {
        startSmtp();
        for (int i = 0; i < 30; i++) {
            Fixtures.customer(jdbi, tenant, "C-" + i, "klant" + i, "klant" + i + "@example.test");
        }
        OutboxRelay a = relay();
        OutboxRelay b = relay();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = new ArrayList<>();
        runs.add(pool.submit(() -> a.drain(100)));
        runs.add(pool.submit(() -> b.drain(100)));
        int handled = 0;
        for (Future<Integer> f : runs) {
            handled += f.get();
        }
        pool.shutdown();
        assertThat(handled).isEqualTo(30);
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(30);
        Set<String> ids = new HashSet<>();
        for (MimeMessage m : mails) {
            ids.add(m.getMessageID());
        }
        assertThat(ids).hasSize(30);
    }

    /**
     * A lost database connection while a claimed row is prepared is not the row's fault: it is
     * thrown on (the claim is not committed, the runner reports the outage once) instead of being
     * logged with its stack trace and recorded as the row's failure.
     */
    @Test
    void aLostConnectionIsNotTheRowsFault() {
        var lost = new org.jdbi.v3.core.statement.UnableToExecuteStatementException(
                new org.postgresql.util.PSQLException("An I/O error occurred", org.postgresql.util.PSQLState.CONNECTION_FAILURE),
                null);
        assertThat(OutboxRelay.connectionLost(lost)).isTrue();
        assertThat(OutboxRelay.connectionLost(new java.util.NoSuchElementException("no customer"))).isFalse();
        assertThat(OutboxRelay.connectionLost(new org.jdbi.v3.core.statement.UnableToExecuteStatementException(
                new org.postgresql.util.PSQLException("bad", org.postgresql.util.PSQLState.DATA_ERROR), null))).isFalse();
    }
}
