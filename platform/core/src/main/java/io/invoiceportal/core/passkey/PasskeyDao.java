package io.invoiceportal.core.passkey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for passkeys and their pending ceremonies; every statement binds the tenant. */
@RegisterConstructorMapper(PasskeyDao.PasskeyRow.class)
@RegisterConstructorMapper(PasskeyDao.CeremonyRow.class)
public interface PasskeyDao {

    record PasskeyRow(long id, long accountId, byte[] credentialId, byte[] publicKeyCose, long signatureCount,
            byte[] userHandle, String name, String rpId, Instant createdAt, Instant lastUsedAt) {}

    record CeremonyRow(String kind, Long accountId, String rpId, String name, String request, Instant expiresAt) {}

    String COLUMNS = "id, account_id, credential_id, public_key_cose, signature_count, user_handle, name, rp_id,"
            + " created_at, last_used_at";

    @SqlQuery("select passkey_user_handle from account where tenant_id = :tenantId and id = :accountId")
    Optional<byte[]> userHandle(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId);

    /** Gives the account its user handle unless it has one. */
    @SqlUpdate("update account set passkey_user_handle = :handle where tenant_id = :tenantId and id = :accountId"
            + " and passkey_user_handle is null")
    void setUserHandle(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId, @Bind("handle") byte[] handle);

    @SqlQuery("select id from account where tenant_id = :tenantId and passkey_user_handle = :handle")
    Optional<Long> accountOfUserHandle(@Bind("tenantId") long tenantId, @Bind("handle") byte[] handle);

    /** Ends the account's other sessions (as a password change does). */
    @SqlUpdate("update account set credentials_version = credentials_version + 1 where tenant_id = :tenantId and id = :accountId")
    void bumpCredentials(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId);

    @SqlUpdate("insert into passkey (tenant_id, account_id, credential_id, public_key_cose, signature_count, user_handle,"
            + " name, rp_id) values (:tenantId, :accountId, :credentialId, :cose, :count, :userHandle, :name, :rpId)")
    @GetGeneratedKeys("id")
    long insert(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId, @Bind("credentialId") byte[] credentialId,
            @Bind("cose") byte[] publicKeyCose, @Bind("count") long signatureCount, @Bind("userHandle") byte[] userHandle,
            @Bind("name") String name, @Bind("rpId") String rpId);

    @SqlQuery("select " + COLUMNS + " from passkey where tenant_id = :tenantId and account_id = :accountId order by created_at, id")
    List<PasskeyRow> ofAccount(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId);

    @SqlQuery("select " + COLUMNS + " from passkey where tenant_id = :tenantId and account_id = :accountId and rp_id = :rpId")
    List<PasskeyRow> ofAccountOn(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId, @Bind("rpId") String rpId);

    @SqlQuery("select " + COLUMNS + " from passkey where tenant_id = :tenantId and credential_id = :credentialId")
    Optional<PasskeyRow> byCredential(@Bind("tenantId") long tenantId, @Bind("credentialId") byte[] credentialId);

    @SqlQuery("select exists (select 1 from passkey where tenant_id = :tenantId and account_id = :accountId)")
    boolean any(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId);

    /** Records a sign-in with the passkey; 0 when the passkey was removed meanwhile. */
    @SqlUpdate("update passkey set signature_count = :count, last_used_at = :now where tenant_id = :tenantId and id = :id")
    int used(@Bind("tenantId") long tenantId, @Bind("id") long id, @Bind("count") long signatureCount,
            @Bind("now") Instant now);

    @SqlUpdate("delete from passkey where tenant_id = :tenantId and account_id = :accountId and id = :id")
    int delete(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId, @Bind("id") long id);

    @SqlUpdate("insert into passkey_ceremony (tenant_id, id_hash, kind, account_id, rp_id, name, request, expires_at,"
            + " client_ip) values (:tenantId, :idHash, :kind, :accountId, :rpId, :name, :request, :expiresAt, :clientIp)")
    void insertCeremony(@Bind("tenantId") long tenantId, @Bind("idHash") byte[] idHash, @Bind("kind") String kind,
            @Bind("accountId") Long accountId, @Bind("rpId") String rpId, @Bind("name") String name,
            @Bind("request") String request, @Bind("expiresAt") Instant expiresAt, @Bind("clientIp") String clientIp);

    /** Serialises the starts of sign-ins of one tenant until the transaction ends (so a cap holds). */
    @SqlQuery("select 1 from (select pg_advisory_xact_lock(hashtext('passkey_ceremony'), cast(:tenantId % 2147483647 as int))) l")
    int lockSignInStarts(@Bind("tenantId") long tenantId);

    /** The unexpired sign-in ceremonies of the tenant: how many, and when the first of them expires. */
    @SqlQuery("select count(*) as pending, min(expires_at) as first_expiry from passkey_ceremony"
            + " where tenant_id = :tenantId and kind = 'sign-in' and expires_at >= :now")
    @RegisterConstructorMapper(Pending.class)
    Pending pendingSignIns(@Bind("tenantId") long tenantId, @Bind("now") Instant now);

    /** The same for one client address. */
    @SqlQuery("select count(*) as pending, min(expires_at) as first_expiry from passkey_ceremony"
            + " where tenant_id = :tenantId and kind = 'sign-in' and client_ip = :clientIp and expires_at >= :now")
    @RegisterConstructorMapper(Pending.class)
    Pending pendingSignInsFrom(@Bind("tenantId") long tenantId, @Bind("clientIp") String clientIp,
            @Bind("now") Instant now);

    record Pending(long pending, Instant firstExpiry) {}

    /** Takes a ceremony out: it works once, whether or not it succeeds. */
    @SqlQuery("delete from passkey_ceremony where tenant_id = :tenantId and id_hash = :idHash and kind = :kind"
            + " and account_id is not distinct from cast(:accountId as bigint)"
            + " returning kind, account_id, rp_id, name, request, expires_at")
    Optional<CeremonyRow> takeCeremony(@Bind("tenantId") long tenantId, @Bind("idHash") byte[] idHash,
            @Bind("kind") String kind, @Bind("accountId") Long accountId);

    @SqlUpdate("delete from passkey_ceremony where tenant_id = :tenantId and expires_at < :now")
    void deleteExpired(@Bind("tenantId") long tenantId, @Bind("now") Instant now);

    /** The periodic sweep: expired ceremonies of all tenants (the one statement not bound to a tenant). */
    @SqlUpdate("delete from passkey_ceremony where expires_at < :now")
    int deleteExpiredOfAllTenants(@Bind("now") Instant now);
}
