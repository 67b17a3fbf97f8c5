package io.invoiceportal.core.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the customers' signed-in sessions; every statement binds the tenant. */
@RegisterConstructorMapper(UserSessionDao.Row.class)
public interface UserSessionDao {

    /**
     * A session with what decides whether it is still good: its account's state and credentials
     * version, and the tenant's {@code security} settings (JSON, null for the defaults).
     */
    record Row(long id, long tenantId, long accountId, long customerId, String login, int credentialsVersion,
            String method, boolean embed, String ip, String userAgent, Instant createdAt, Instant lastSeenAt,
            Instant endedAt, String endReason, String accountState, int accountCredentialsVersion,
            String security) {}

    String SELECT = "select s.id, s.tenant_id, s.account_id, s.customer_id, a.login, s.credentials_version, s.method,"
            + " s.embed, s.ip, s.user_agent, s.created_at, s.last_seen_at, s.ended_at, s.end_reason,"
            + " a.state as account_state, a.credentials_version as account_credentials_version,"
            + " (t.settings -> 'security')::text as security"
            + " from user_session s"
            + " join account a on a.tenant_id = s.tenant_id and a.id = s.account_id"
            + " join tenant t on t.id = s.tenant_id";

    @SqlUpdate("insert into user_session (tenant_id, handle_hash, account_id, customer_id, credentials_version,"
            + " method, embed, ip, user_agent, created_at, last_seen_at)"
            + " values (:tenantId, :hash, :accountId, :customerId, :credentialsVersion, :method, :embed, :ip,"
            + " :userAgent, :now, :now)")
    @GetGeneratedKeys("id")
    long insert(@Bind("tenantId") long tenantId, @Bind("hash") byte[] handleHash, @Bind("accountId") long accountId,
            @Bind("customerId") long customerId, @Bind("credentialsVersion") int credentialsVersion,
            @Bind("method") String method, @Bind("embed") boolean embed, @Bind("ip") String ip,
            @Bind("userAgent") String userAgent, @Bind("now") Instant now);

    @SqlQuery(SELECT + " where s.tenant_id = :tenantId and s.handle_hash = :hash")
    Optional<Row> findByHandle(@Bind("tenantId") long tenantId, @Bind("hash") byte[] handleHash);

    @SqlQuery(SELECT + " where s.tenant_id = :tenantId and s.account_id = :accountId and s.ended_at is null"
            + " order by s.last_seen_at desc, s.id desc")
    List<Row> openOfAccount(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId);

    /** Records a user action; false when the session has ended meanwhile. */
    @SqlUpdate("update user_session set last_seen_at = greatest(last_seen_at, :now)"
            + " where tenant_id = :tenantId and id = :id and ended_at is null")
    boolean touch(@Bind("tenantId") long tenantId, @Bind("id") long id, @Bind("now") Instant now);

    /** Ends an open session; false when it had ended already (then its first reason stays). */
    @SqlUpdate("update user_session set ended_at = :now, end_reason = :reason"
            + " where tenant_id = :tenantId and id = :id and ended_at is null")
    boolean end(@Bind("tenantId") long tenantId, @Bind("id") long id, @Bind("reason") String reason,
            @Bind("now") Instant now);

    /** The session goes on under the account's new credentials (the one that changed them). */
    @SqlUpdate("update user_session set credentials_version = :credentialsVersion"
            + " where tenant_id = :tenantId and id = :id and ended_at is null")
    boolean renew(@Bind("tenantId") long tenantId, @Bind("id") long id,
            @Bind("credentialsVersion") int credentialsVersion);

    /**
     * Removes the rows no session needs any more: ended before {@code endedBefore}, or signed in
     * before {@code createdBefore} (past the longest absolute timeout, so ended whatever their row
     * says). The one statement on this table not bound to a tenant: upkeep of all of them.
     */
    @SqlUpdate("delete from user_session where ended_at < :endedBefore or created_at < :createdBefore")
    int purge(@Bind("endedBefore") Instant endedBefore, @Bind("createdBefore") Instant createdBefore);
}
