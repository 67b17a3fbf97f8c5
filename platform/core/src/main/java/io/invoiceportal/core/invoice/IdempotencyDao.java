package io.invoiceportal.core.invoice;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for Idempotency-Key records: the request's hash and the first response to it. */
@RegisterConstructorMapper(IdempotencyDao.Stored.class)
public interface IdempotencyDao {

    record Stored(byte[] requestHash, Integer responseStatus, String responseBody) {}

    /**
     * Claims the key; returns 0 when it exists. A concurrent claim of the same key waits here
     * until the first transaction ends, then sees its outcome.
     */
    @SqlUpdate("insert into idempotency_key (tenant_id, key, request_hash) values (:tenantId, :key, :hash)"
            + " on conflict (tenant_id, key) do nothing")
    int claim(@Bind("tenantId") long tenantId, @Bind("key") String key, @Bind("hash") byte[] requestHash);

    @SqlQuery("select request_hash, response_status, response_body from idempotency_key"
            + " where tenant_id = :tenantId and key = :key")
    Optional<Stored> find(@Bind("tenantId") long tenantId, @Bind("key") String key);

    /** Removes the tenant's keys older than {@code hours} (they are kept at least that long). */
    @SqlUpdate("delete from idempotency_key where tenant_id = :tenantId"
            + " and created_at < now() - make_interval(hours => :hours)")
    void expire(@Bind("tenantId") long tenantId, @Bind("hours") int hours);

    @SqlUpdate("update idempotency_key set response_status = :status, response_body = :body"
            + " where tenant_id = :tenantId and key = :key")
    void complete(@Bind("tenantId") long tenantId, @Bind("key") String key, @Bind("status") int status,
            @Bind("body") String body);
}
