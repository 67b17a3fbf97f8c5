package io.invoiceportal.core.account;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for customer accounts, their one-time tokens and login throttling; every statement binds the tenant. */
@RegisterConstructorMapper(AccountDao.AccountRow.class)
@RegisterConstructorMapper(AccountDao.TokenRow.class)
@RegisterConstructorMapper(AccountDao.ThrottleRow.class)
public interface AccountDao {

    record AccountRow(long id, long customerId, String login, String passwordHash, AccountState state,
            int credentialsVersion, String customerNumber, String companyName, String email, String language,
            String deliveryChannel) {}

    record TokenRow(long id, long accountId, String purpose, Instant expiresAt, Instant usedAt) {}

    record ThrottleRow(int failures, Instant lastFailureAt) {}

    String SELECT = "select a.id, a.customer_id, a.login, a.password_hash, a.state, a.credentials_version,"
            + " c.customer_number, c.company_name, c.email, c.language, c.delivery_channel"
            + " from account a join customer c on c.tenant_id = a.tenant_id and c.id = a.customer_id";

    @SqlUpdate("insert into account (tenant_id, customer_id, login) values (:tenantId, :customerId, :login)")
    void insert(@Bind("tenantId") long tenantId, @Bind("customerId") long customerId, @Bind("login") String login);

    @SqlUpdate("update account set login = :login where tenant_id = :tenantId and customer_id = :customerId")
    void rename(@Bind("tenantId") long tenantId, @Bind("customerId") long customerId, @Bind("login") String login);

    @SqlQuery("select exists (select 1 from account where tenant_id = :tenantId and lower(login) = lower(:login)"
            + " and customer_id <> :customerId)")
    boolean loginTakenByOther(@Bind("tenantId") long tenantId, @Bind("login") String login,
            @Bind("customerId") long customerId);

    @SqlQuery(SELECT + " where a.tenant_id = :tenantId and lower(a.login) = lower(:login)")
    Optional<AccountRow> findByLogin(@Bind("tenantId") long tenantId, @Bind("login") String login);

    @SqlQuery(SELECT + " where a.tenant_id = :tenantId and a.id = :id")
    Optional<AccountRow> findById(@Bind("tenantId") long tenantId, @Bind("id") long id);

    @SqlQuery(SELECT + " where a.tenant_id = :tenantId and a.customer_id = :customerId")
    Optional<AccountRow> findByCustomer(@Bind("tenantId") long tenantId, @Bind("customerId") long customerId);

    /** Sets the password, activates the account and ends its other sessions. */
    @SqlUpdate("update account set password_hash = :hash, state = 'active', activated_at = coalesce(activated_at, now()),"
            + " credentials_version = credentials_version + 1 where tenant_id = :tenantId and id = :id")
    void setPassword(@Bind("tenantId") long tenantId, @Bind("id") long accountId, @Bind("hash") String passwordHash);

    @SqlUpdate("update account set password_hash = :hash, state = 'active', activated_at = coalesce(activated_at, now())"
            + " where tenant_id = :tenantId and customer_id = :customerId")
    void activate(@Bind("tenantId") long tenantId, @Bind("customerId") long customerId, @Bind("hash") String passwordHash);

    @SqlUpdate("insert into one_time_token (tenant_id, account_id, purpose, token_hash, expires_at, outbox_id)"
            + " values (:tenantId, :accountId, :purpose, :hash, :expiresAt, :outboxId)")
    void insertToken(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId,
            @Bind("purpose") String purpose, @Bind("hash") byte[] hash, @Bind("expiresAt") Instant expiresAt,
            @Bind("outboxId") Long outboxId);

    /** Voids the account's unused tokens of one purpose (a new link replaces older ones). */
    @SqlUpdate("update one_time_token set used_at = now() where tenant_id = :tenantId and account_id = :accountId"
            + " and purpose = :purpose and used_at is null")
    void voidTokens(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId, @Bind("purpose") String purpose);

    /**
     * Voids the account's unused tokens of one purpose made outside the outbox or for an older
     * outbox row; those of {@code outboxId} itself (earlier attempts of the same mail) stay valid.
     */
    @SqlUpdate("update one_time_token set used_at = now() where tenant_id = :tenantId and account_id = :accountId"
            + " and purpose = :purpose and used_at is null and (outbox_id is null or outbox_id < :outboxId)")
    void voidTokensBefore(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId,
            @Bind("purpose") String purpose, @Bind("outboxId") long outboxId);

    @SqlQuery("select id, account_id, purpose, expires_at, used_at from one_time_token"
            + " where tenant_id = :tenantId and token_hash = :hash")
    Optional<TokenRow> findToken(@Bind("tenantId") long tenantId, @Bind("hash") byte[] hash);

    /** Marks the token used; 0 when it was used already (by a concurrent request). */
    @SqlUpdate("update one_time_token set used_at = now() where tenant_id = :tenantId and id = :id and used_at is null")
    int useToken(@Bind("tenantId") long tenantId, @Bind("id") long tokenId);

    @SqlQuery("select failures, last_failure_at from login_throttle where tenant_id = :tenantId and key = :key")
    Optional<ThrottleRow> throttle(@Bind("tenantId") long tenantId, @Bind("key") String key);

    @SqlUpdate("insert into login_throttle (tenant_id, key, failures, last_failure_at) values (:tenantId, :key, 1, :now)"
            + " on conflict (tenant_id, key) do update set failures = login_throttle.failures + 1, last_failure_at = :now")
    void recordFailure(@Bind("tenantId") long tenantId, @Bind("key") String key, @Bind("now") Instant now);

    @SqlUpdate("delete from login_throttle where tenant_id = :tenantId and key = :key")
    void clearThrottle(@Bind("tenantId") long tenantId, @Bind("key") String key);

    @SqlQuery("select count(*) from outbox where tenant_id = :tenantId and customer_id = :customerId"
            + " and kind = 'password-reset' and created_at > :since")
    int recentResetRequests(@Bind("tenantId") long tenantId, @Bind("customerId") long customerId,
            @Bind("since") Instant since);
}
