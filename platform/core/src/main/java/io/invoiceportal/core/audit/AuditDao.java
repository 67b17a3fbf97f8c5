package io.invoiceportal.core.audit;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Appends audit events; written in the same transaction as the change they describe. */
public interface AuditDao {

    @SqlUpdate("insert into audit_event (tenant_id, actor, action, subject, detail)"
            + " values (:tenantId, :actor, :action, :subject, cast(:detail as jsonb))")
    void record(@Bind("tenantId") long tenantId, @Bind("actor") String actor, @Bind("action") String action,
            @Bind("subject") String subject, @Bind("detail") String detailJson);

    /** {@link #record} for many subjects of one action in one round trip; the lists are parallel. */
    @SqlBatch("insert into audit_event (tenant_id, actor, action, subject, detail)"
            + " values (:tenantId, :actor, :action, :subject, cast(:detail as jsonb))")
    void recordAll(@Bind("tenantId") long tenantId, @Bind("actor") String actor, @Bind("action") String action,
            @Bind("subject") List<String> subjects, @Bind("detail") List<String> detailJson);
}
