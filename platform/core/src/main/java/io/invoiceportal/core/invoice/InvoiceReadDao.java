package io.invoiceportal.core.invoice;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * SQL for read marks: the customer's account has opened or downloaded the invoice. A customer has
 * one account, so the mark is kept on the invoice (V6).
 */
public interface InvoiceReadDao {

    @SqlUpdate("update invoice set read = true where tenant_id = :tenantId"
            + " and customer_id = :customerId and id = any(:ids) and not read")
    void markRead(@Bind("tenantId") long tenantId, @Bind("customerId") long customerId, @Bind("ids") List<Long> invoiceIds);
}
