package io.invoiceportal.server.audit;

import io.dropwizard.lifecycle.Managed;
import io.invoiceportal.core.audit.AuditService;
import io.invoiceportal.core.session.SessionService;
import io.invoiceportal.server.db.DatabaseOutage;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every hour deletes the activity events older than each tenant's {@code security.auditRetentionDays}
 * ({@link AuditService#purgeExpired}); every node runs it, one at a time does the work (an advisory lock).
 * It also removes the rows of sessions that ended over a day ago ({@link SessionService#purgeOld}).
 */
public class AuditRetention implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);
    static final Duration INTERVAL = Duration.ofHours(1);
    private final AuditService audit;
    private final SessionService sessions;
    private final DatabaseOutage outage;
    private ScheduledExecutorService executor;

    public AuditRetention(AuditService audit, SessionService sessions, DatabaseOutage outage) {
        this.audit = audit;
        this.sessions = sessions;
        this.outage = outage;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "audit-retention");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::purgeSafely, 1, INTERVAL.toMinutes(), TimeUnit.MINUTES);
    }

    private void purgeSafely() {
        try {
            long deleted = audit.purgeExpired();
            if (deleted > 0) {
                LOG.info("Deleted {} activity events past their tenant's retention", deleted);
            }
            int ended = sessions.purgeOld();
            if (ended > 0) {
                LOG.info("Removed {} rows of ended sessions", ended);
            }
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                outage.report(e); // logged once per outage, without a stack trace
                return;
            }
            LOG.warn("Deleting expired activity events failed; next try in {}", INTERVAL, e);
        }
    }

    @Override
    public void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(15, TimeUnit.SECONDS);
    }
}
