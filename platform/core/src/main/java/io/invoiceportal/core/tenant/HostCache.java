package io.invoiceportal.core.tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Which tenant id a host name belongs to, kept for a short time (also "no tenant", so requests on
 * the portal's own host do not ask the database each time). This node forgets everything when a
 * tenant's host names change here; other nodes see the change when their entry expires.
 */
final class HostCache {
    static final Duration TTL = Duration.ofSeconds(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Optional<Long> tenantId, Instant expires) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    HostCache(Clock clock) {
        this.clock = clock;
    }

    /** The tenant id of {@code host}, from the cache or else from {@code lookup}. */
    Optional<Long> tenantId(String host, Function<String, Optional<Long>> lookup) {
        Instant now = clock.instant();
        Entry entry = entries.get(host);
        if (entry != null && entry.expires().isAfter(now)) {
            return entry.tenantId();
        }
        Optional<Long> id = lookup.apply(host);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear(); // many made-up Host headers: start over rather than grow
        }
        entries.put(host, new Entry(id, now.plus(TTL)));
        return id;
    }

    /** Forgets every entry: host names changed on this node. */
    void clear() {
        entries.clear();
    }
}
