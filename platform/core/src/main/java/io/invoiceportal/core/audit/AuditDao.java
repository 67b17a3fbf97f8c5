package io.invoiceportal.core.audit;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethodsList;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Appends audit events; written in the same transaction as the change they describe. */
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
            @org.jdbi.v3.sqlobject.customizer.BindMethods("origin") Origin origin);

    /** {@link #record} for many subjects of one action in one multi-row statement. */
    @SqlUpdate("insert into audit_event (tenant_id, actor, action, subject, detail)"
            + " select :tenantId, :actor, :action, v.subject, cast(v.detail as jsonb)"
            + " from (values <rows>) as v (subject, detail)")
    void recordAll(@Bind("tenantId") long tenantId, @Bind("actor") String actor, @Bind("action") String action,
            @BindMethodsList(value = "rows", methodNames = {"subject", "detail"}) List<Entry> entries);
}
