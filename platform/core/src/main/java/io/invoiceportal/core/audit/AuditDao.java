package io.invoiceportal.core.audit;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Appends audit events; written in the same transaction as the change they describe. */
public interface AuditDao {

    @SqlUpdate("insert into audit_event (tenant_id, actor, action, subject, detail)"
            + " values (:tenantId, :actor, :action, :subject, cast(:detail as jsonb))")
    void record(@Bind("tenantId") long tenantId, @Bind("actor") String actor, @Bind("action") String action,
            @Bind("subject") String subject, @Bind("detail") String detailJson);
}
