package io.invoiceportal.core.mfa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for TOTP secrets and recovery codes; every statement binds the tenant. */
@RegisterConstructorMapper(MfaDao.TotpRow.class)
public interface MfaDao {

    record TotpRow(byte[] secret, Instant createdAt, Instant confirmedAt, Long lastStep) {}

    @SqlQuery("select secret, created_at, confirmed_at, last_step from totp_secret"
            + " where tenant_id = :tenantId and account_id = :accountId")
    Optional<TotpRow> findTotp(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId);

    /** A new pending enrolment, replacing an unconfirmed one; 0 when TOTP is confirmed already. */
    @SqlUpdate("insert into totp_secret (tenant_id, account_id, secret) values (:tenantId, :accountId, :secret)"
            + " on conflict (tenant_id, account_id) do update set secret = excluded.secret, created_at = now(),"
            + " last_step = null where totp_secret.confirmed_at is null")
    int beginTotp(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId, @Bind("secret") byte[] secret);

    /** Confirms the pending enrolment with the step of its first code; 0 when none is pending. */
    @SqlUpdate("update totp_secret set confirmed_at = now(), last_step = :step"
            + " where tenant_id = :tenantId and account_id = :accountId and confirmed_at is null")
    int confirmTotp(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId, @Bind("step") long step);

    /** Accepts a code of {@code step} once: 0 when that step or a later one was accepted already. */
    @SqlUpdate("update totp_secret set last_step = :step where tenant_id = :tenantId and account_id = :accountId"
            + " and confirmed_at is not null and (last_step is null or last_step < :step)")
    int useStep(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId, @Bind("step") long step);

    @SqlUpdate("delete from totp_secret where tenant_id = :tenantId and account_id = :accountId")
    int deleteTotp(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId);

    @SqlUpdate("delete from recovery_code where tenant_id = :tenantId and account_id = :accountId")
    void deleteRecoveryCodes(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId);

    @SqlBatch("insert into recovery_code (tenant_id, account_id, code_hash) values (:tenantId, :accountId, :hash)")
    void insertRecoveryCodes(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId,
            @Bind("hash") List<byte[]> hashes);

    /** Uses a recovery code; 0 when it is not the account's or was used already. */
    @SqlUpdate("update recovery_code set used_at = now() where tenant_id = :tenantId and account_id = :accountId"
            + " and code_hash = :hash and used_at is null")
    int useRecoveryCode(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId, @Bind("hash") byte[] hash);

    @SqlQuery("select count(*) from recovery_code where tenant_id = :tenantId and account_id = :accountId"
            + " and used_at is null")
    int recoveryCodesLeft(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId);

    /** Ends the account's other sessions (as a password change does); the new credentials version. */
    @SqlQuery("update account set credentials_version = credentials_version + 1"
            + " where tenant_id = :tenantId and id = :accountId returning credentials_version")
    int bumpCredentials(@Bind("tenantId") long tenantId, @Bind("accountId") long accountId);
}
