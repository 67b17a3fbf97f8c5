package io.invoiceportal.core.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethodsList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the notification outbox. */
@RegisterConstructorMapper(Delivery.class)
@RegisterConstructorMapper(OutboxDao.Due.class)
public interface OutboxDao {

    @SqlUpdate("insert into outbox (tenant_id, kind, customer_id, invoice_id, channel, payload, message_id)"
            + " values (:tenantId, :kind, :customerId, :invoiceId, :channel, cast(:payload as jsonb), :messageId)")
    void enqueue(@Bind("tenantId") long tenantId, @Bind("kind") OutboxKind kind, @Bind("customerId") long customerId,
            @Bind("invoiceId") Long invoiceId, @Bind("channel") String channel, @Bind("payload") String payload,
            @Bind("messageId") String messageId);

    /** One notification of {@link #enqueueAll}. */
    record Row(long customerId, long invoiceId, String channel, String messageId) {
        public static final int COLUMNS = 4;
    }

    /** {@link #enqueue} for many rows of one kind and payload in one multi-row statement. */
    @SqlUpdate("insert into outbox (tenant_id, kind, customer_id, invoice_id, channel, payload, message_id)"
            + " select :tenantId, :kind, v.customer_id, v.invoice_id, v.channel, cast(:payload as jsonb), v.message_id"
            + " from (values <rows>) as v (customer_id, invoice_id, channel, message_id)")
    void enqueueAll(@Bind("tenantId") long tenantId, @Bind("kind") OutboxKind kind, @Bind("payload") String payload,
            @BindMethodsList(value = "rows", methodNames = {"customerId", "invoiceId", "channel", "messageId"})
            List<Row> rows);

    @SqlQuery("select kind, channel, state, attempts, last_error, created_at, sent_at from outbox"
            + " where tenant_id = :tenantId and invoice_id = :invoiceId order by id")
    List<Delivery> forInvoice(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId);


    /** Drops queued notifications of one kind (sample data: old invoices are no news). */
    @SqlUpdate("delete from outbox where tenant_id = :tenantId and kind = :kind and state = 'queued'"
            + " and (cast(:customerId as bigint) is null or customer_id = :customerId)")
    void discardQueued(@Bind("tenantId") long tenantId, @Bind("kind") OutboxKind kind, @Bind("customerId") Long customerId);

    /** A notification claimed for delivery; {@code attempts} counts this attempt. */
    record Due(long tenantId, long id, OutboxKind kind, long customerId, Long invoiceId, String channel, int attempts,
            String messageId, String payload) {}

    /**
     * Claims the next due row of any tenant (the relay is a platform worker) for one attempt: the
     * attempt is counted and the row is not due again before {@code leaseUntil}, so a relay that
     * crashes mid-delivery leaves it to be retried then. A row another relay is claiming is
     * skipped, not waited for.
     */
    @SqlQuery("update outbox o set attempts = o.attempts + 1, next_attempt_at = :leaseUntil, leased_until = :leaseUntil"
            + " from (select tenant_id, id from outbox where state = 'queued' and next_attempt_at <= now()"
            + " order by next_attempt_at, id limit 1 for update skip locked) due"
            + " where o.tenant_id = due.tenant_id and o.id = due.id"
            + " returning o.tenant_id, o.id, o.kind, o.customer_id, o.invoice_id, o.channel, o.attempts, o.message_id,"
            + " o.payload::text as payload")
    Optional<Due> claimDue(@Bind("leaseUntil") Instant leaseUntil);

    /** The outcome of attempt {@code attempt}; ignored when another relay has claimed the row since. */
    @SqlUpdate("update outbox set state = 'sent', sent_at = :at, last_error = null, leased_until = null"
            + " where tenant_id = :tenantId and id = :id and attempts = :attempt and state = 'queued'")
    void markSent(@Bind("tenantId") long tenantId, @Bind("id") long id, @Bind("attempt") int attempt,
            @Bind("at") Instant at);

    @SqlUpdate("update outbox set state = 'failed', last_error = :reason, leased_until = null"
            + " where tenant_id = :tenantId and id = :id and attempts = :attempt and state = 'queued'")
    void markFailed(@Bind("tenantId") long tenantId, @Bind("id") long id, @Bind("attempt") int attempt,
            @Bind("reason") String reason);

    @SqlUpdate("update outbox set next_attempt_at = :next, last_error = :reason, leased_until = null"
            + " where tenant_id = :tenantId and id = :id and attempts = :attempt and state = 'queued'")
    void retryLater(@Bind("tenantId") long tenantId, @Bind("id") long id, @Bind("attempt") int attempt,
            @Bind("next") Instant next, @Bind("reason") String reason);

    /** Whether any notification of any tenant waits for a retry after a passing failure. */
    @SqlQuery("select exists (select 1 from outbox where state = 'queued' and leased_until is null"
            + " and attempts > 0 and next_attempt_at > now())")
    boolean anyWaitingForRetry();

    /** Makes every notification that waits for a retry due now (rows being sent are left alone). */
    @SqlUpdate("update outbox set next_attempt_at = now() where state = 'queued' and leased_until is null"
            + " and attempts > 0 and next_attempt_at > now()")
    int wakeRetries();
}
