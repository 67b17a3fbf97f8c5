package io.invoiceportal.core.account;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for customer accounts (logins); every statement binds the tenant. */
public interface AccountDao {

    @SqlUpdate("insert into account (tenant_id, customer_id, login) values (:tenantId, :customerId, :login)")
    void insert(@Bind("tenantId") long tenantId, @Bind("customerId") long customerId, @Bind("login") String login);

    @SqlUpdate("update account set login = :login where tenant_id = :tenantId and customer_id = :customerId")
    void rename(@Bind("tenantId") long tenantId, @Bind("customerId") long customerId, @Bind("login") String login);

    @SqlQuery("select exists (select 1 from account where tenant_id = :tenantId and lower(login) = lower(:login)"
            + " and customer_id <> :customerId)")
    boolean loginTakenByOther(@Bind("tenantId") long tenantId, @Bind("login") String login,
            @Bind("customerId") long customerId);

    @SqlUpdate("update account set password_hash = :hash, state = 'active', activated_at = coalesce(activated_at, now())"
            + " where tenant_id = :tenantId and customer_id = :customerId")
    void activate(@Bind("tenantId") long tenantId, @Bind("customerId") long customerId, @Bind("hash") String passwordHash);
}
