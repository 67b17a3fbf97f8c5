package io.invoiceportal.server.outbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.invoiceportal.core.outbox.OutboxRelay;
import io.invoiceportal.server.db.DatabaseOutage;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** {@code delivery} in config.yml: how often the outbox is drained. */
public class DeliveryFactory {
    @Min(100)
    private long pollMillis = 2000;

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
}
