package io.invoiceportal.server.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.core.outbox.OutboxRelay;
import io.invoiceportal.server.db.DatabaseOutage;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A node being stopped finishes the notification it is sending and claims no other: a claim after
 * the stop could be cut off before its outcome is recorded, and be sent again by another node.
 * (The fault suite saw exactly that: a mail doubled after SIGTERM.)
 */
class OutboxRelayRunnerTest {

    /** A relay with an endless backlog whose first delivery takes until {@code release}. */
    static final class SlowRelay extends OutboxRelay {
        final AtomicInteger claimed = new AtomicInteger();
        final CountDownLatch sending = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        SlowRelay() {
            super(null, null, null, null, null, null, null, "http://localhost", Clock.systemUTC());
        }

        @Override
        public boolean deliverOne() {
            if (claimed.incrementAndGet() == 1) {
                sending.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return true;
        }
    }

    @Test
    void stoppingClaimsNoMoreAfterTheMailBeingSent() throws Exception {
        SlowRelay relay = new SlowRelay();
        OutboxRelayRunner runner = new OutboxRelayRunner(relay, Duration.ofMillis(10), new DatabaseOutage(Clock.systemUTC()));
        runner.start();
        assertThat(relay.sending.await(10, TimeUnit.SECONDS)).isTrue();
        Thread stopper = new Thread(() -> {
            try {
                runner.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        stopper.start();
        Thread.sleep(200); // the stop has begun while the first mail is being sent
        relay.release.countDown();
        stopper.join(20_000);
        assertThat(stopper.isAlive()).isFalse();
        assertThat(relay.claimed).as("notifications claimed").hasValue(1);
    }
}
