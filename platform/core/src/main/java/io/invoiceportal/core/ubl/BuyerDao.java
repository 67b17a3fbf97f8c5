package io.invoiceportal.core.ubl;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The customer numbers that carry a buyer's identifier, within one tenant. */
public interface BuyerDao {
    @SqlQuery("select customer_number from customer where tenant_id = :tenantId and endpoint_scheme = :scheme"
            + " and lower(endpoint_id) = lower(:id) order by customer_number limit 2")
    List<String> byEndpoint(@Bind("tenantId") long tenantId, @Bind("scheme") String scheme, @Bind("id") String id);

    @SqlQuery("select customer_number from customer where tenant_id = :tenantId"
            + " and upper(regexp_replace(vat_id, '[^A-Za-z0-9]', '', 'g')) = :vatId order by customer_number limit 2")
    List<String> byVatId(@Bind("tenantId") long tenantId, @Bind("vatId") String normalizedVatId);

    @SqlQuery("select customer_number from customer where tenant_id = :tenantId and customer_number = :number")
    List<String> byNumber(@Bind("tenantId") long tenantId, @Bind("number") String customerNumber);
}
