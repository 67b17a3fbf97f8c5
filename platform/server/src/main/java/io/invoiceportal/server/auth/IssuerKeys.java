package io.invoiceportal.server.auth;

import io.invoiceportal.core.common.Hashes;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Whether a key is one of a tenant's API keys, remembered for {@link #TTL_NANOS} so that a client
 * publishing invoice after invoice does not cost a key lookup per request. Only keys that were
 * right are remembered (by their SHA-256, never in clear); the tenant itself is read on every
 * request, so its settings are never stale. The API offers no way to withdraw a key; one removed
 * from the database by hand still opens its tenant on a node for at most that long.
 */
final class IssuerKeys {
    static final long TTL_NANOS = 5_000_000_000L;
    private static final int MAX_ENTRIES = 10_000;

    private final TenantService tenants;
    private final LongSupplier clock;
    private final Map<String, Long> valid = new ConcurrentHashMap<>();

    IssuerKeys(TenantService tenants, LongSupplier nanoClock) {
        this.tenants = tenants;
        this.clock = nanoClock;
    }

    /** The tenant with this slug when {@code key} is one of its API keys. */
    Optional<Tenant> tenant(String slug, String key) {
        Optional<Tenant> tenant = tenants.findBySlug(slug);
        if (tenant.isEmpty()) {
            return tenant;
        }
        String id = tenant.get().id() + ":" + Base64.getEncoder().encodeToString(Hashes.sha256(key));
        long now = clock.getAsLong();
        Long expires = valid.get(id);
        if (expires != null && now - expires < 0) {
            return tenant;
        }
        if (!tenants.isApiKeyOf(tenant.get(), key)) {
            return Optional.empty();
        }
        if (valid.size() >= MAX_ENTRIES) {
            valid.clear();
        }
        valid.put(id, now + TTL_NANOS);
        return tenant;
    }
}
