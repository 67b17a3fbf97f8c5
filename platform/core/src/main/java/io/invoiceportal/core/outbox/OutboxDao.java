package io.invoiceportal.core.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the notification outbox. */
@RegisterConstructorMapper(OutboxDao.Delivery.class)
@RegisterConstructorMapper(OutboxDao.Due.class)
public interface OutboxDao {

    /** Delivery state of one notification, as the issuer sees it. */
    record Delivery(String kind, String channel, String state, int attempts, String lastError,
            Instant createdAt, Instant sentAt) {}

    @SqlUpdate("insert into outbox (tenant_id, kind, customer_id, invoice_id, channel, payload, message_id)"
            + " values (:tenantId, :kind, :customerId, :invoiceId, :channel, cast(:payload as jsonb), :messageId)")
    void enqueue(@Bind("tenantId") long tenantId, @Bind("kind") String kind, @Bind("customerId") long customerId,
            @Bind("invoiceId") Long invoiceId, @Bind("channel") String channel, @Bind("payload") String payload,
            @Bind("messageId") String messageId);

    @SqlQuery("select kind, channel, state, attempts, last_error, created_at, sent_at from outbox"
            + " where tenant_id = :tenantId and invoice_id = :invoiceId order by id")
    List<Delivery> forInvoice(@Bind("tenantId") long tenantId, @Bind("invoiceId") long invoiceId);


    /** Drops queued notifications of one kind (sample data: old invoices are no news). */
    @SqlUpdate("delete from outbox where tenant_id = :tenantId and kind = :kind and state = 'queued'"
            + " and (cast(:customerId as bigint) is null or customer_id = :customerId)")
    void discardQueued(@Bind("tenantId") long tenantId, @Bind("kind") String kind, @Bind("customerId") Long customerId);

    /** A notification due for delivery. */
    record Due(long tenantId, long id, String kind, long customerId, Long invoiceId, String channel, int attempts,
            String messageId, String payload) {}

    /**
     * Claims the next due row of any tenant (the relay is a platform worker); a row another relay
     * holds is skipped, not waited for.
     */
    @SqlQuery("select tenant_id, id, kind, customer_id, invoice_id, channel, attempts, message_id, payload::text as payload from outbox"
            + " where state = 'queued' and next_attempt_at <= now() order by next_attempt_at, id limit 1"
            + " for update skip locked")
    Optional<Due> claimDue();

    @SqlUpdate("update outbox set state = 'sent', attempts = :attempts, sent_at = :at, last_error = null"
            + " where tenant_id = :tenantId and id = :id")
    void markSent(@Bind("tenantId") long tenantId, @Bind("id") long id, @Bind("attempts") int attempts,
            @Bind("at") Instant at);

    @SqlUpdate("update outbox set state = 'failed', attempts = :attempts, last_error = :reason"
            + " where tenant_id = :tenantId and id = :id")
    void markFailed(@Bind("tenantId") long tenantId, @Bind("id") long id, @Bind("attempts") int attempts,
            @Bind("reason") String reason);

    @SqlUpdate("update outbox set attempts = :attempts, next_attempt_at = :next, last_error = :reason"
            + " where tenant_id = :tenantId and id = :id")
    void retryLater(@Bind("tenantId") long tenantId, @Bind("id") long id, @Bind("attempts") int attempts,
            @Bind("next") Instant next, @Bind("reason") String reason);
}
