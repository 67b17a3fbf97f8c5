package io.invoiceportal.core.tenant;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for previewed branding, found by the hash of its token within its tenant. */
public interface BrandingPreviewDao {

    @SqlUpdate("insert into branding_preview (token_hash, tenant_id, branding, expires_at)"
            + " values (:hash, :tenantId, cast(:branding as jsonb), :expiresAt)")
    void insert(@Bind("hash") byte[] hash, @Bind("tenantId") long tenantId, @Bind("branding") String branding,
            @Bind("expiresAt") Instant expiresAt);

    @SqlQuery("select branding::text from branding_preview"
            + " where token_hash = :hash and tenant_id = :tenantId and expires_at > :now")
    Optional<String> find(@Bind("hash") byte[] hash, @Bind("tenantId") long tenantId, @Bind("now") Instant now);

    @SqlUpdate("delete from branding_preview where expires_at <= :now")
    void deleteExpired(@Bind("now") Instant now);
}
