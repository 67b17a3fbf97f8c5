package io.invoiceportal.server.outbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.invoiceportal.core.outbox.OutboxRelay;
import io.invoiceportal.server.db.DatabaseOutage;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** {@code delivery} in config.yml: how often the outbox is drained, and how long a claimed notification is held. */
public class DeliveryFactory {
    @Min(100)
    private long pollMillis = 2000;
    @Min(5)
    private long leaseSeconds = OutboxRelay.LEASE.toSeconds();

    /**
     * How long a relay holds a notification it claimed: longer than any send may take; a node that
     * died mid-send leaves its notification to be sent again (same Message-ID) after this.
     */
    public Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    /** Runs {@code relay} every {@code pollMillis} while the application runs. */
    public OutboxRelayRunner build(OutboxRelay relay, DatabaseOutage outage) {
        return new OutboxRelayRunner(relay, Duration.ofMillis(pollMillis), outage);
    }

    @JsonProperty
    public long getPollMillis() {
        return pollMillis;
    }

    @JsonProperty
    public void setPollMillis(long pollMillis) {
        this.pollMillis = pollMillis;
    }

    @JsonProperty
    public long getLeaseSeconds() {
        return leaseSeconds;
    }

    @JsonProperty
    public void setLeaseSeconds(long leaseSeconds) {
        this.leaseSeconds = leaseSeconds;
    }
}
