package io.invoiceportal.core.invoice;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for read marks: which account has opened or downloaded which invoice. */
public interface InvoiceReadDao {

    @SqlUpdate("insert into invoice_read (tenant_id, account_id, invoice_id)"
            + " select :tenantId, :accountId, unnest(:ids) on conflict do nothing")
    void markRead(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId, @Bind("ids") List<Long> invoiceIds);
}
