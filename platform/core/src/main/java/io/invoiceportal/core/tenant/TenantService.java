package io.invoiceportal.core.tenant;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Looks up and creates tenants. */
public class TenantService {
    private final Jdbi jdbi;

    public TenantService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The tenant with this URL slug, if any. */
    public Optional<Tenant> findBySlug(String slug) {
        throw new UnsupportedOperationException("being written");
    }
}
