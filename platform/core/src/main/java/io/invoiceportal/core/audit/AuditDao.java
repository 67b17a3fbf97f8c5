package io.invoiceportal.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.BindMethodsList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Appends audit events, written in the same transaction as the change they describe, and reads
 * the trails. The table is append-only (V30): only {@link #purge} deletes, through the database's
 * own purge function. Every query is bound to the tenant.
 */
@RegisterConstructorMapper(Activity.class)
public interface AuditDao {

    /** One event of {@link #recordAll}: its subject and detail (JSON). */
    record Entry(String subject, String detail) {
        public static final int COLUMNS = 2;
    }

    @SqlUpdate("insert into audit_event (tenant_id, actor, action, subject, detail)"
            + " values (:tenantId, :actor, :action, :subject, cast(:detail as jsonb))")
    void record(@Bind("tenantId") long tenantId, @Bind("actor") String actor, @Bind("action") String action,
            @Bind("subject") String subject, @Bind("detail") String detailJson);

    /**
     * An event of one customer's own trail ({@code customerId} may be null for events of no
     * customer, such as a failed sign-in with an unknown login), with where it came from.
     */
    @SqlUpdate("insert into audit_event (tenant_id, customer_id, actor, action, subject, detail, ip, user_agent, via)"
            + " values (:tenantId, :customerId, :actor, :action, :subject, cast(:detail as jsonb),"
            + " :origin.ip, :origin.userAgent, :origin.via)")
    void record(@Bind("tenantId") long tenantId, @Bind("customerId") Long customerId, @Bind("actor") String actor,
            @Bind("action") String action, @Bind("subject") String subject, @Bind("detail") String detailJson,
            @BindMethods("origin") Origin origin);

    /** {@link #record} for many subjects of one action in one multi-row statement. */
    @SqlUpdate("insert into audit_event (tenant_id, actor, action, subject, detail)"
            + " select :tenantId, :actor, :action, v.subject, cast(v.detail as jsonb)"
            + " from (values <rows>) as v (subject, detail)")
    void recordAll(@Bind("tenantId") long tenantId, @Bind("actor") String actor, @Bind("action") String action,
            @BindMethodsList(value = "rows", methodNames = {"subject", "detail"}) List<Entry> entries);

    /** One event per invoice number (subject) of one action, detail and origin, in one statement. */
    @SqlUpdate("insert into audit_event (tenant_id, customer_id, actor, action, subject, detail, ip, user_agent, via)"
            + " select :tenantId, :customerId, :actor, :action, n, cast(:detail as jsonb),"
            + " :origin.ip, :origin.userAgent, :origin.via from unnest(cast(:subjects as text[])) as n")
    void recordEach(@Bind("tenantId") long tenantId, @Bind("customerId") Long customerId, @Bind("actor") String actor,
            @Bind("action") String action, @Bind("subjects") List<String> subjects, @Bind("detail") String detailJson,
            @BindMethods("origin") Origin origin);

    String COLUMNS = "id, at, actor, action, subject, detail::text as detail, ip, user_agent, via";

    /** A page of one customer's trail, newest first. */
    @SqlQuery("select " + COLUMNS + " from audit_event where tenant_id = :tenantId and customer_id = :customerId"
            + " order by at desc, id desc limit :limit offset :offset")
    List<Activity> ofCustomer(@Bind("tenantId") long tenantId, @Bind("customerId") long customerId,
            @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("select count(*) from audit_event where tenant_id = :tenantId and customer_id = :customerId")
    long countOfCustomer(@Bind("tenantId") long tenantId, @Bind("customerId") long customerId);

    /** A page of the events of one invoice (its number as subject, an {@code invoice.*} action), newest first. */
    @SqlQuery("select " + COLUMNS + " from audit_event where tenant_id = :tenantId and subject = :number"
            + " and action like 'invoice.%' order by at desc, id desc limit :limit offset :offset")
    List<Activity> ofInvoice(@Bind("tenantId") long tenantId, @Bind("number") String invoiceNumber,
            @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("select count(*) from audit_event where tenant_id = :tenantId and subject = :number and action like 'invoice.%'")
    long countOfInvoice(@Bind("tenantId") long tenantId, @Bind("number") String invoiceNumber);

    /** Deletes at most {@code limit} of the tenant's events older than {@code before} (V30's purge function). */
    @SqlQuery("select purge_audit_events(:tenantId, :before, :limit)")
    int purge(@Bind("tenantId") long tenantId, @Bind("before") Instant before, @Bind("limit") int limit);

    /** Lets one node at a time purge: true when this transaction holds the lock. */
    @SqlQuery("select pg_try_advisory_xact_lock(hashtext('audit_event_purge'))")
    boolean tryPurgeLock();

    @SqlQuery("select id from tenant order by id")
    List<Long> tenantIds();
}
