package io.invoiceportal.server.passkey;

import io.dropwizard.lifecycle.Managed;
import io.invoiceportal.core.passkey.PasskeyService;
import io.invoiceportal.server.db.DatabaseOutage;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every minute removes the expired passkey ceremonies of all tenants (a tenant where nobody starts
 * one would otherwise keep them); every node runs it, the delete is harmless twice.
 */
public class PasskeyCeremonySweep implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(PasskeyCeremonySweep.class);
    static final Duration INTERVAL = Duration.ofMinutes(1);
    private final PasskeyService passkeys;
    private final DatabaseOutage outage;
    private ScheduledExecutorService executor;

    public PasskeyCeremonySweep(PasskeyService passkeys, DatabaseOutage outage) {
        this.passkeys = passkeys;
        this.outage = outage;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "passkey-ceremony-sweep");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::sweepSafely, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sweepSafely() {
        try {
            passkeys.sweepExpiredCeremonies();
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                outage.report(e);
                return;
            }
            LOG.warn("Removing expired passkey ceremonies failed; next try in {}", INTERVAL, e);
        }
    }

    @Override
    public void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(15, TimeUnit.SECONDS);
    }
}
