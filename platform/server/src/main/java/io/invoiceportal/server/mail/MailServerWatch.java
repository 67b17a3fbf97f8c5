package io.invoiceportal.server.mail;

import com.codahale.metrics.health.HealthCheck;
import io.dropwizard.lifecycle.Managed;
import io.invoiceportal.core.outbox.OutboxRelay;
import io.invoiceportal.server.db.DatabaseOutage;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * While mail waits for a retry, asks the mail server's health check every interval; when the
 * server answers again after it did not, the waiting mail is made due at once instead of at its
 * retry time (30 s, doubling, up to an hour).
 */
public class MailServerWatch implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(MailServerWatch.class);
    private final HealthCheck mailServer;
    private final OutboxRelay relay;
    private final Duration interval;
    private final DatabaseOutage outage;
    private boolean down;
    private ScheduledExecutorService executor;

    public MailServerWatch(HealthCheck mailServer, OutboxRelay relay, Duration interval, DatabaseOutage outage) {
        this.mailServer = mailServer;
        this.relay = relay;
        this.interval = interval;
        this.outage = outage;
    }

    /** One look: returns how many waiting notifications were made due. */
    int look() {
        if (!relay.waitingForRetry()) {
            down = false;
            return 0;
        }
        boolean reachable = mailServer.execute().isHealthy();
        boolean back = reachable && down;
        down = !reachable;
        if (!back) {
            return 0;
        }
        int woken = relay.wakeRetries();
        LOG.info("The mail server answers again; {} waiting notifications are sent now", woken);
        return woken;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mail-server-watch");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::lookSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void lookSafely() {
        try {
            look();
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                outage.report(e);
                return;
            }
            LOG.warn("Watching the mail server failed; next look in {}", interval, e);
        }
    }

    @Override
    public void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(15, TimeUnit.SECONDS);
    }
}
