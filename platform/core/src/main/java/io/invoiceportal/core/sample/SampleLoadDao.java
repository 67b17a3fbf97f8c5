package io.invoiceportal.core.sample;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** What the sample loader last loaded for a sample tenant: the hash of its customers and invoices. */
public interface SampleLoadDao {

    @SqlQuery("select content_hash from sample_load where tenant_id = :tenantId")
    Optional<byte[]> contentHash(@Bind("tenantId") long tenantId);

    @SqlUpdate("insert into sample_load (tenant_id, content_hash) values (:tenantId, :hash)"
            + " on conflict (tenant_id) do update set content_hash = excluded.content_hash, loaded_at = now()")
    void store(@Bind("tenantId") long tenantId, @Bind("hash") byte[] hash);
}
