package io.invoiceportal.server.outbox;

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
 * Runs the outbox relay on one background thread, draining due notifications every interval. When
 * the node stops, the notification being sent is finished and recorded, and no other is claimed:
 * a graceful stop leaves nothing to be sent twice.
 */
public class OutboxRelayRunner implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelayRunner.class);
    private final OutboxRelay relay;
    private final Duration interval;
    private final DatabaseOutage outage;
    private ScheduledExecutorService executor;
    private volatile boolean stopping;

    public OutboxRelayRunner(OutboxRelay relay, Duration interval, DatabaseOutage outage) {
        this.relay = relay;
        this.interval = interval;
        this.outage = outage;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::drain, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void drain() {
        try {
            for (int handled = 0; handled < 100 && !stopping && relay.deliverOne(); handled++) {
                // one notification at a time; none is claimed once the node is stopping
            }
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                outage.report(e);
                return;
            }
            LOG.warn("Outbox relay round failed; next round in {}", interval, e);
        }
    }

    @Override
    public void stop() throws InterruptedException {
        stopping = true;
        executor.shutdown();
        executor.awaitTermination(15, TimeUnit.SECONDS);
    }
}
