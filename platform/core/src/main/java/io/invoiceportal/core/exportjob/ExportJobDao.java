package io.invoiceportal.core.exportjob;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for export jobs: the customer's jobs, and the queue the workers of every node share. */
@RegisterConstructorMapper(ExportJob.class)
@RegisterConstructorMapper(ExportJobDao.Item.class)
public interface ExportJobDao {
    String COLUMNS = "tenant_id, id, customer_id, account_id, formats, language, selection::text as selection, state,"
            + " total, done, failed_items, attempts, worker, leased_until, error, file_name, file_bytes, created_at,"
            + " started_at, finished_at, expires_at";

    /** One invoice of a job's snapshot, in the ZIP's order. */
    record Item(int seq, long invoiceId) {}

    @SqlQuery("insert into export_job (tenant_id, customer_id, account_id, formats, language, selection, total, created_at)"
            + " values (:tenantId, :customerId, :accountId, :formats, :language, cast(:selection as jsonb), 0, :now)"
            + " returning id")
    long insert(@Bind("tenantId") long tenantId, @Bind("customerId") long customerId, @Bind("accountId") long accountId,
            @Bind("formats") String formats, @Bind("language") String language, @Bind("selection") String selection,
            @Bind("now") Instant now);

    @SqlUpdate("update export_job set total = :total where tenant_id = :tenantId and id = :id")
    void setTotal(@Bind("tenantId") long tenantId, @Bind("id") long id, @Bind("total") int total);

    @SqlQuery("select " + COLUMNS + " from export_job where tenant_id = :tenantId and customer_id = :customerId and id = :id")
    Optional<ExportJob> find(@Bind("tenantId") long tenantId, @Bind("customerId") long customerId, @Bind("id") long id);

    @SqlQuery("select " + COLUMNS + " from export_job where tenant_id = :tenantId and id = :id")
    Optional<ExportJob> findById(@Bind("tenantId") long tenantId, @Bind("id") long id);

    @SqlQuery("select " + COLUMNS + " from export_job where tenant_id = :tenantId and customer_id = :customerId"
            + " order by id desc limit :limit")
    List<ExportJob> recent(@Bind("tenantId") long tenantId, @Bind("customerId") long customerId, @Bind("limit") int limit);

    /** The customer's jobs that are queued or running. */
    @SqlQuery("select count(*) from export_job where tenant_id = :tenantId and customer_id = :customerId"
            + " and state in ('queued', 'running')")
    int countActive(@Bind("tenantId") long tenantId, @Bind("customerId") long customerId);

    /**
     * Serialises claims across nodes for the rest of the transaction, so the per-customer count
     * of running jobs that {@link #claim} reads includes every claim committed before it.
     */
    @SqlQuery("select 'locked' from (select pg_advisory_xact_lock(7166420730236461668)) l")
    String lockClaims();

    /**
     * Claims the oldest due job of any tenant: queued, or running with a lease that ended (its node
     * stopped), and whose customer has fewer than {@code maxPerCustomer} jobs running under a live
     * lease. A job another worker is claiming is skipped, not waited for. The claim counts an
     * attempt, starts {@code done} again and holds the job until {@code leaseUntil}.
     */
    @SqlQuery("update export_job j set state = 'running', attempts = j.attempts + 1, worker = :worker,"
            + " leased_until = :leaseUntil, started_at = :now, done = 0, failed_items = 0"
            + " from (select c.tenant_id, c.id from export_job c"
            + "   where (c.state = 'queued' or (c.state = 'running' and c.leased_until < :now))"
            + "   and (select count(*) from export_job r where r.tenant_id = c.tenant_id and r.customer_id = c.customer_id"
            + "        and r.state = 'running' and r.leased_until >= :now) < :maxPerCustomer"
            + "   order by c.created_at, c.id limit 1 for update of c skip locked) due"
            + " where j.tenant_id = due.tenant_id and j.id = due.id"
            + " returning j." + "tenant_id, j.id, j.customer_id, j.account_id, j.formats, j.language,"
            + " j.selection::text as selection, j.state, j.total, j.done, j.failed_items, j.attempts, j.worker,"
            + " j.leased_until, j.error, j.file_name, j.file_bytes, j.created_at, j.started_at, j.finished_at, j.expires_at")
    Optional<ExportJob> claim(@Bind("now") Instant now, @Bind("leaseUntil") Instant leaseUntil,
            @Bind("worker") String worker, @Bind("maxPerCustomer") int maxPerCustomer);

    /** Progress of attempt {@code attempt}, extending its lease; 0 when the job is no longer this attempt's. */
    @SqlUpdate("update export_job set done = :done, failed_items = :failed, leased_until = :leaseUntil"
            + " where tenant_id = :tenantId and id = :id and attempts = :attempt and state = 'running'")
    int progress(@Bind("tenantId") long tenantId, @Bind("id") long id, @Bind("attempt") int attempt,
            @Bind("done") int done, @Bind("failed") int failed, @Bind("leaseUntil") Instant leaseUntil);

    @SqlUpdate("update export_job set state = 'done', done = :done, failed_items = :failed, leased_until = null,"
            + " file_name = :fileName, file_bytes = :bytes, finished_at = :now, expires_at = :expiresAt, error = null"
            + " where tenant_id = :tenantId and id = :id and attempts = :attempt and state = 'running'")
    int markDone(@Bind("tenantId") long tenantId, @Bind("id") long id, @Bind("attempt") int attempt,
            @Bind("done") int done, @Bind("failed") int failed, @Bind("fileName") String fileName,
            @Bind("bytes") long bytes, @Bind("now") Instant now, @Bind("expiresAt") Instant expiresAt);

    @SqlUpdate("update export_job set state = 'failed', leased_until = null, error = :error, finished_at = :now"
            + " where tenant_id = :tenantId and id = :id and attempts = :attempt and state = 'running'")
    int markFailed(@Bind("tenantId") long tenantId, @Bind("id") long id, @Bind("attempt") int attempt,
            @Bind("error") String error, @Bind("now") Instant now);

    /** Gives a job back to the queue (its node stops): another node starts it again at once. */
    @SqlUpdate("update export_job set state = 'queued', leased_until = null, done = 0, failed_items = 0"
            + " where tenant_id = :tenantId and id = :id and attempts = :attempt and state = 'running'")
    int release(@Bind("tenantId") long tenantId, @Bind("id") long id, @Bind("attempt") int attempt);

    /** Up to {@code limit} invoices of the job after position {@code afterSeq}, in order. */
    @SqlQuery("select seq, invoice_id from export_job_item where tenant_id = :tenantId and job_id = :jobId"
            + " and seq > :afterSeq order by seq limit :limit")
    List<Item> items(@Bind("tenantId") long tenantId, @Bind("jobId") long jobId, @Bind("afterSeq") int afterSeq,
            @Bind("limit") int limit);

    /** Done jobs whose download period has ended, of any tenant (the sweeper is a platform worker). */
    @SqlQuery("select " + COLUMNS + " from export_job where state = 'done' and expires_at <= :now"
            + " order by expires_at limit :limit")
    List<ExportJob> expired(@Bind("now") Instant now, @Bind("limit") int limit);

    @SqlUpdate("update export_job set state = 'expired', file_name = null where tenant_id = :tenantId and id = :id"
            + " and state = 'done'")
    int markExpired(@Bind("tenantId") long tenantId, @Bind("id") long id);

    /** A job's invoice snapshot is no longer needed once its ZIP is written or it failed. */
    @SqlUpdate("delete from export_job_item where tenant_id = :tenantId and job_id = :jobId")
    int deleteItems(@Bind("tenantId") long tenantId, @Bind("jobId") long jobId);
}
