package io.invoiceportal.server.outbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.invoiceportal.core.outbox.OutboxRelay;
import io.invoiceportal.server.db.DatabaseOutage;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Map;

/** {@code delivery} in config.yml: how often the outbox is drained, and the e-mail attachment limit. */
public class DeliveryFactory {
    @Min(100)
    private long pollMillis = 2000;
    @Min(1)
    private long maxAttachmentBytes = 5L * 1024 * 1024;

    /** The settings delivery channel plugins read from their context. */
    public Map<String, String> channelSettings() {
        return Map.of("maxAttachmentBytes", String.valueOf(maxAttachmentBytes));
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
    public long getMaxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    @JsonProperty
    public void setMaxAttachmentBytes(long maxAttachmentBytes) {
        this.maxAttachmentBytes = maxAttachmentBytes;
    }
}
