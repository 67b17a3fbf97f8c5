package io.invoiceportal.core.audit;

import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.NotFoundException;
import io.invoiceportal.core.customer.CustomerDao;
import io.invoiceportal.core.invoice.InvoiceDao;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * The activity trail: recording an event that has no transaction of its own to join (a sign-in,
 * a sign-out), reading a customer's or an invoice's trail a page at a time, and the retention
 * purge. Events written with a change are recorded by that change's service in its transaction.
 */
public class AuditService {
    /** Largest page. */
    public static final int MAX_SIZE = 100;
    /** Events one purge transaction deletes at most. */
    static final int PURGE_CHUNK = 10_000;

    private final Jdbi jdbi;
    private final TenantService tenants;
    private final Clock clock;

    public AuditService(Jdbi jdbi, TenantService tenants, Clock clock) {
        this.jdbi = jdbi;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Records one event of the user's own trail. */
    public void record(SignedIn user, String action, String subject, Map<String, ?> detail, Origin origin) {
        jdbi.useExtension(AuditDao.class, dao -> dao.record(user.tenantId(), user.customerId(),
                Actions.customer(user.login()), action, subject, detail == null ? null : Json.write(detail), origin));
    }

    /** The customer's own trail, newest first; a bad page or size is a ValidationException naming it. */
    public ActivityPage ofCustomer(Tenant tenant, long customerId, int page, int size) {
        check(page, size);
        return page(page, size, (limit, offset) -> jdbi.withExtension(AuditDao.class, dao -> new ActivityPage(
                dao.ofCustomer(tenant.id(), customerId, limit, offset), dao.countOfCustomer(tenant.id(), customerId),
                page, size)));
    }

    /** The id of the tenant's customer with this number; unknown: NotFoundException. */
    public long customerId(Tenant tenant, String customerNumber) {
        return jdbi.withExtension(CustomerDao.class, dao -> dao.find(tenant.id(), customerNumber))
                .orElseThrow(() -> new NotFoundException("No customer " + customerNumber)).id();
    }

    /** Fails with NotFoundException unless the tenant has an invoice with this number. */
    public void requireInvoice(Tenant tenant, String invoiceNumber) {
        if (jdbi.withExtension(InvoiceDao.class, dao -> dao.find(tenant.id(), invoiceNumber)).isEmpty()) {
            throw new NotFoundException("No invoice " + invoiceNumber);
        }
    }

    /** Who opened or downloaded the tenant's invoice with this number; unknown: NotFoundException. */
    public ActivityPage ofInvoice(Tenant tenant, String invoiceNumber, int page, int size) {
        check(page, size);
        requireInvoice(tenant, invoiceNumber);
        return page(page, size, (limit, offset) -> jdbi.withExtension(AuditDao.class, dao -> new ActivityPage(
                dao.ofInvoice(tenant.id(), invoiceNumber, limit, offset), dao.countOfInvoice(tenant.id(), invoiceNumber),
                page, size)));
    }

    /**
     * Deletes every tenant's events older than its {@code security.auditRetentionDays}, in chunks,
     * while this node holds the purge lock (another node's call returns 0 at once); the number deleted.
     */
    public long purgeExpired() {
        long deleted = 0;
        for (long tenantId : jdbi.withExtension(AuditDao.class, AuditDao::tenantIds)) {
            Tenant tenant = tenants.findById(tenantId).orElse(null);
            if (tenant == null) {
                continue;
            }
            Instant before = clock.instant().minus(tenant.security().auditRetention());
            while (true) {
                Integer n = jdbi.inTransaction(h -> {
                    AuditDao dao = h.attach(AuditDao.class);
                    return dao.tryPurgeLock() ? dao.purge(tenantId, before, PURGE_CHUNK) : null;
                });
                if (n == null) {
                    return deleted; // another node is purging
                }
                deleted += n;
                if (n < PURGE_CHUNK) {
                    break;
                }
            }
        }
        return deleted;
    }

    /** Most events of one trail exported at once (CSV). */
    public static final int MAX_EXPORT = 100_000;
    static final int EXPORT_CHUNK = 1_000;

    /** The customer's whole trail (up to {@link #MAX_EXPORT} events), newest first, a chunk at a time. */
    public void eachOfCustomer(Tenant tenant, long customerId, Consumer<List<Activity>> sink) {
        each(sink, (limit, offset) -> jdbi.withExtension(AuditDao.class,
                dao -> dao.ofCustomer(tenant.id(), customerId, limit, offset)));
    }

    /** The invoice's whole trail (up to {@link #MAX_EXPORT} events), newest first, a chunk at a time. */
    public void eachOfInvoice(Tenant tenant, String invoiceNumber, Consumer<List<Activity>> sink) {
        each(sink, (limit, offset) -> jdbi.withExtension(AuditDao.class,
                dao -> dao.ofInvoice(tenant.id(), invoiceNumber, limit, offset)));
    }

    private static void each(Consumer<List<Activity>> sink, BiFunction<Integer, Long, List<Activity>> chunk) {
        for (long offset = 0; offset < MAX_EXPORT; offset += EXPORT_CHUNK) {
            List<Activity> items = chunk.apply(EXPORT_CHUNK, offset);
            sink.accept(items);
            if (items.size() < EXPORT_CHUNK) {
                return;
            }
        }
    }

    private static ActivityPage page(int page, int size, BiFunction<Integer, Long, ActivityPage> query) {
        return query.apply(size, (long) page * size);
    }

    private static void check(int page, int size) {
        Checks checks = new Checks();
        if (size < 1 || size > MAX_SIZE) {
            checks.add("size", MessageKey.SIZE_OUT_OF_RANGE, String.valueOf(MAX_SIZE));
        }
        if (page < 0 || page > 1_000_000) {
            checks.add("page", MessageKey.PAGE_NEGATIVE);
        }
        checks.throwIfAny();
    }
}
