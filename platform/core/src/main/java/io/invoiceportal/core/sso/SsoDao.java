package io.invoiceportal.core.sso;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for a tenant's sign-on keys, its HS256 secret and the token ids used; every statement binds the tenant. */
@RegisterConstructorMapper(SsoDao.KeyRow.class)
@RegisterConstructorMapper(SsoDao.SecretRow.class)
public interface SsoDao {

    record KeyRow(String kid, String algorithm, String issuer, String jwk) {}

    record SecretRow(String kid, String issuer, byte[] secret, Instant createdAt) {}

    @SqlQuery("select kid, algorithm, issuer, jwk::text from sso_key where tenant_id = :tenantId order by kid")
    List<KeyRow> keys(@Bind("tenantId") long tenantId);

    @SqlUpdate("delete from sso_key where tenant_id = :tenantId")
    void deleteKeys(@Bind("tenantId") long tenantId);

    @SqlUpdate("insert into sso_key (tenant_id, kid, algorithm, issuer, jwk)"
            + " values (:tenantId, :kid, :algorithm, :issuer, cast(:jwk as jsonb))")
    void insertKey(@Bind("tenantId") long tenantId, @Bind("kid") String kid, @Bind("algorithm") String algorithm,
            @Bind("issuer") String issuer, @Bind("jwk") String jwk);

    @SqlQuery("select kid, issuer, secret, created_at from sso_secret where tenant_id = :tenantId")
    Optional<SecretRow> secret(@Bind("tenantId") long tenantId);

    @SqlUpdate("insert into sso_secret (tenant_id, kid, issuer, secret) values (:tenantId, :kid, :issuer, :secret)"
            + " on conflict (tenant_id) do update set kid = excluded.kid, issuer = excluded.issuer,"
            + " secret = excluded.secret, created_at = now()")
    void putSecret(@Bind("tenantId") long tenantId, @Bind("kid") String kid, @Bind("issuer") String issuer,
            @Bind("secret") byte[] secret);

    @SqlUpdate("delete from sso_secret where tenant_id = :tenantId")
    int deleteSecret(@Bind("tenantId") long tenantId);

    /** Records a token id; 0 when this tenant and issuer saw it already. */
    @SqlUpdate("insert into sso_used_jti (tenant_id, issuer, jti, expires_at) values (:tenantId, :issuer, :jti, :expiresAt)"
            + " on conflict do nothing")
    int useJti(@Bind("tenantId") long tenantId, @Bind("issuer") String issuer, @Bind("jti") String jti,
            @Bind("expiresAt") Instant expiresAt);

    @SqlUpdate("delete from sso_used_jti where tenant_id = :tenantId and expires_at < :now")
    void forgetExpiredJtis(@Bind("tenantId") long tenantId, @Bind("now") Instant now);
}
