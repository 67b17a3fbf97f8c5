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

    /** {@link #record} for many subjects of one action in one multi-row statement. */
    @SqlUpdate("insert into audit_event (tenant_id, actor, action, subject, detail)"
            + " select :tenantId, :actor, :action, v.subject, cast(v.detail as jsonb)"
            + " from (values <rows>) as v (subject, detail)")
    void recordAll(@Bind("tenantId") long tenantId, @Bind("actor") String actor, @Bind("action") String action,
            @BindMethodsList(value = "rows", methodNames = {"subject", "detail"}) List<Entry> entries);
}
