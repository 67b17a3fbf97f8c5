package io.invoiceportal.core.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.invoiceportal.core.account.AccountDao;
import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.TokenPurpose;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.customer.CustomerDao;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.export.ExporterCatalog;
import io.invoiceportal.core.export.PluginViews;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.invoice.InvoiceService;
import io.invoiceportal.core.exportjob.ExportJob;
import io.invoiceportal.core.exportjob.ExportJobDao;
import io.invoiceportal.core.mail.EmailChangedNotice;
import io.invoiceportal.core.mail.ExportReadyNotice;
import io.invoiceportal.core.tenant.PluginSettingsService;
import io.invoiceportal.core.tenant.PortalUrls;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.DeliveryException;
import io.invoiceportal.plugin.api.DeliveryResult;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.MailSender;
import io.invoiceportal.plugin.api.Notification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers queued notifications through the customer's delivery channel plugin, at least once.
 * A row is claimed in a short transaction of its own ({@code FOR UPDATE SKIP LOCKED}, so several
 * relays on one database never claim it together) that counts the attempt, holds the row for
 * {@link #LEASE} and makes the link's token: all committed before the mail is handed to the
 * sender, so the link works the moment the mail can arrive. The outcome is recorded in another
 * transaction. A relay that stops between the send and that record (a crash, the database gone)
 * leaves the row to be sent again when the lease ends: the same mail with the same Message-ID,
 * which mail programs recognise as a duplicate; its link works too.
 *
 * <p>Passing failures are retried with exponential backoff (30 s doubling, at most 1 hour apart)
 * up to {@link #MAX_ATTEMPTS}; then, or on a permanent failure, the row is marked failed with the
 * reason. Links with tokens are made at delivery time, so the clear token exists only in the
 * message.
 */
public class OutboxRelay {
    public static final int MAX_ATTEMPTS = 12;
    /** How long a claimed row waits, by default, before another attempt when its relay never reports back. */
    public static final Duration LEASE = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final Jdbi jdbi;
    private final TenantService tenants;
    private final InvoiceService invoices;
    private final AccountService accounts;
    private final ExportService exports;
    private final ExporterCatalog catalog;
    private final MailSender mailer;
    private final PluginSettingsService pluginSettings;
    private final String publicUrl;
    private final Clock clock;
    private final Duration lease;

    public OutboxRelay(Jdbi jdbi, TenantService tenants, InvoiceService invoices, AccountService accounts,
            ExportService exports, ExporterCatalog catalog, MailSender mailer, String publicUrl,
            Clock clock) {
        this(jdbi, tenants, invoices, accounts, exports, catalog, mailer, publicUrl, clock, LEASE);
    }

    /**
     * As above, holding each claimed row for {@code lease}: the longest a send may take, and how
     * long a row claimed by a relay that crashed waits before it is sent again.
     */
    public OutboxRelay(Jdbi jdbi, TenantService tenants, InvoiceService invoices, AccountService accounts,
            ExportService exports, ExporterCatalog catalog, MailSender mailer, String publicUrl,
            Clock clock, Duration lease) {
        this.lease = lease;
        this.jdbi = jdbi;
        this.tenants = tenants;
        this.invoices = invoices;
        this.accounts = accounts;
        this.exports = exports;
        this.catalog = catalog;
        this.mailer = mailer;
        this.pluginSettings = new PluginSettingsService(jdbi);
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** Delivers due notifications until none is due or {@code max} were handled; returns the count. */
    public int drain(int max) {
        int handled = 0;
        while (handled < max && deliverOne()) {
            handled++;
        }
        return handled;
    }

    /** One claimed attempt: the row and the delivery to run once the claim is committed. */
    private record Attempt(OutboxDao.Due row, Supplier<DeliveryResult> delivery) {}

    /** Claims and handles one due notification; false when none is due. */
    public boolean deliverOne() {
        Optional<Attempt> claimed = jdbi.inTransaction(h -> h.attach(OutboxDao.class)
                .claimDue(clock.instant().plus(lease))
                .map(row -> new Attempt(row, prepare(h, row))));
        if (claimed.isEmpty()) {
            return false;
        }
        OutboxDao.Due row = claimed.get().row();
        DeliveryResult result;
        try {
            result = claimed.get().delivery().get();
        } catch (RuntimeException e) {
            LOG.warn("Delivery of outbox row {}/{} threw", row.tenantId(), row.id(), e);
            result = DeliveryResult.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        DeliveryResult outcome = result;
        jdbi.useExtension(OutboxDao.class, dao -> record(dao, row, outcome));
        return true;
    }

    /** Whether some notification waits for a retry after a passing failure (such as the mail server down). */
    public boolean waitingForRetry() {
        return jdbi.withExtension(OutboxDao.class, OutboxDao::anyWaitingForRetry);
    }

    /**
     * Makes the notifications that wait for a retry due at once, for when the cause of their
     * failure is known to be gone (the mail server answers again); returns how many.
     */
    public int wakeRetries() {
        return jdbi.withExtension(OutboxDao.class, OutboxDao::wakeRetries);
    }

    private void record(OutboxDao dao, OutboxDao.Due row, DeliveryResult result) {
        int attempt = row.attempts();
        switch (result.outcome()) {
            case SENT -> dao.markSent(row.tenantId(), row.id(), attempt, clock.instant());
            case FAILED -> dao.markFailed(row.tenantId(), row.id(), attempt, result.reason());
            case RETRY -> {
                if (attempt >= MAX_ATTEMPTS) {
                    dao.markFailed(row.tenantId(), row.id(), attempt, "gave up after " + attempt + " attempts: " + result.reason());
                } else {
                    dao.retryLater(row.tenantId(), row.id(), attempt, clock.instant().plus(backoff(attempt)), result.reason());
                }
            }
        }
    }

    static Duration backoff(int attempts) {
        long seconds = 30L << Math.min(attempts - 1, 10);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    /**
     * Everything that needs the database, in the claiming transaction (tokens included); what it
     * returns only sends. A failure here becomes a retry, not a row claimed again at once.
     */
    private Supplier<DeliveryResult> prepare(Handle h, OutboxDao.Due row) {
        try {
            return delivery(h, row);
        } catch (RuntimeException e) {
            if (connectionLost(e)) {
                throw e; // the claim cannot be committed either: the row stays as it was
            }
            LOG.warn("Preparing outbox row {}/{} failed", row.tenantId(), row.id(), e);
            return () -> DeliveryResult.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Whether {@code e} says the database connection is gone (SQLSTATE class 08), not that the row is bad. */
    static boolean connectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private Supplier<DeliveryResult> delivery(Handle h, OutboxDao.Due row) {
        Tenant tenant = tenants.findById(row.tenantId()).orElseThrow();
        Customer customer = h.attach(CustomerDao.class).findById(tenant.id(), row.customerId()).orElseThrow();
        if (row.kind() == OutboxKind.EMAIL_CHANGED) {
            return () -> emailChanged(tenant, customer, row);
        }
        if (row.kind() == OutboxKind.EXPORT_READY) {
            long jobId = Json.read(row.payload(), JsonNode.class).path("jobId").asLong();
            ExportJob job = h.attach(ExportJobDao.class).find(tenant.id(), customer.id(), jobId).orElseThrow();
            return () -> exportReady(tenant, customer, job, row);
        }
        Optional<DeliveryChannel> channel = catalog.channel(row.channel())
                .or(() -> tenant.enabledChannels().stream().map(catalog::channel).flatMap(Optional::stream).findFirst());
        if (channel.isEmpty()) {
            return () -> DeliveryResult.retry("no delivery channel '" + row.channel() + "' is installed");
        }
        CustomerView who = PluginViews.customer(customer);
        String base = PortalUrls.of(publicUrl, tenant);
        String id = row.messageId();
        Notification notification = switch (row.kind()) {
            case ACTIVATION -> Notification.Activation.of(id, who,
                    base + "/activate?token=" + token(h, tenant, customer, TokenPurpose.ACTIVATION, row));
            case PASSWORD_RESET -> Notification.PasswordReset.of(id, who,
                    base + "/reset-password?token=" + token(h, tenant, customer, TokenPurpose.PASSWORD_RESET, row));
            case NEW_INVOICE -> newInvoice(tenant, customer, who, row, base);
            case EMAIL_CHANGED, EXPORT_READY -> throw new IllegalStateException("handled above");
        };
        DeliveryContext context = DeliveryContext.builder()
                .tenant(PluginViews.tenant(tenant, publicUrl))
                .locale(customer.locale())
                .mailer(mailer)
                .settings(pluginSettings.of(tenant.id(), channel.get().id(), channel.get().settings()))
                .clock(clock)
                .build();
        return () -> channel.get().deliver(notification, context);
    }

    private DeliveryResult emailChanged(Tenant tenant, Customer customer, OutboxDao.Due row) {
        JsonNode payload = Json.read(row.payload(), JsonNode.class);
        try {
            mailer.send(EmailChangedNotice.compose(row.messageId(), payload.path("to").asText(),
                    PluginViews.tenant(tenant, publicUrl), payload.path("oldEmail").asText(),
                    payload.path("newEmail").asText(), customer.locale()));
            return DeliveryResult.sent();
        } catch (DeliveryException e) {
            return DeliveryResult.from(e);
        }
    }

    /** The customer's export is ready: a branded mail with the link to the exports screen. */
    private DeliveryResult exportReady(Tenant tenant, Customer customer, ExportJob job, OutboxDao.Due row) {
        try {
            mailer.send(ExportReadyNotice.compose(row.messageId(), customer.email(), PluginViews.tenant(tenant, publicUrl),
                    job, PortalUrls.of(publicUrl, tenant) + "/exports", tenant.timeZone(),
                    Locale.forLanguageTag(job.language())));
            return DeliveryResult.sent();
        } catch (DeliveryException e) {
            return DeliveryResult.from(e);
        }
    }

    private Notification newInvoice(Tenant tenant, Customer customer, CustomerView who, OutboxDao.Due row, String base) {
        Invoice invoice = invoices.findById(tenant, row.invoiceId()).orElseThrow();
        return Notification.NewInvoice.of(row.messageId(), who, PluginViews.invoice(tenant, customer, invoice),
                base + "/invoices/" + URLEncoder.encode(invoice.invoiceNumber(), StandardCharsets.UTF_8),
                () -> renderPdf(tenant, invoice, customer));
    }

    /** The invoice in the tenant's first format whose exporter makes a PDF. */
    private byte[] renderPdf(Tenant tenant, Invoice invoice, Customer customer) throws ExportException {
        String format = exports.pdfFormat(tenant)
                .orElseThrow(() -> new ExportException("this portal offers no PDF format")).id();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exports.render(tenant, invoice, format, customer.locale()).writer().writeTo(out);
        } catch (IOException e) {
            throw new ExportException("PDF could not be written: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ExportException("PDF not available: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private String token(Handle h, Tenant tenant, Customer customer, TokenPurpose purpose, OutboxDao.Due row) {
        long accountId = h.attach(AccountDao.class).findByCustomer(tenant.id(), customer.id()).orElseThrow().id();
        return accounts.mintToken(h, tenant.id(), accountId, purpose, row.id());
    }
}
