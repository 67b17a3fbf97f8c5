package io.invoiceportal.core.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.audit.AuditDao;
import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.Hashes;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.customer.CustomerDao;
import io.invoiceportal.core.sso.SsoRefused.Reason;
import io.invoiceportal.core.tenant.Tenant;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Partner single sign-on: the keys a tenant registers ({@code settings.sso}), its HS256 secret, and
 * the check of a partner's token, which accepts each {@code jti} once per tenant and issuer.
 */
public class SsoService {
    private final Jdbi jdbi;
    private final AccountService accounts;
    private final Clock clock;

    public SsoService(Jdbi jdbi, AccountService accounts, Clock clock) {
        this.jdbi = jdbi;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** What the settings show: the public keys, and of the secret only its id, issuer and age. */
    public record Settings(List<Map<String, Object>> keys, SecretInfo secret) {}

    public record SecretInfo(String kid, String iss, Instant createdAt) {}

    /** A secret just made: shown once, in this answer only. */
    public record CreatedSecret(String kid, String alg, String iss, String secret) {}

    public Settings settings(Tenant tenant) {
        return jdbi.withExtension(SsoDao.class, dao -> new Settings(
                keys(dao, tenant).stream().map(SsoKey::asJson).toList(),
                dao.secret(tenant.id()).map(s -> new SecretInfo(s.kid(), s.issuer(), s.createdAt())).orElse(null)));
    }

    /** Checks {@code settings.sso.keys}; errors go to {@code checks}, named per key and member. */
    public List<SsoKey> check(Checks checks, List<JsonNode> keys) {
        return SsoKeys.checked(checks, keys == null ? List.of() : keys);
    }

    /** Replaces the tenant's public keys by checked ones. */
    public void replaceKeys(Tenant tenant, List<SsoKey> keys) {
        jdbi.useTransaction(h -> {
            SsoDao dao = h.attach(SsoDao.class);
            dao.deleteKeys(tenant.id());
            for (SsoKey key : keys) {
                dao.insertKey(tenant.id(), key.kid(), key.algorithm().getName(), key.issuer(),
                        Json.write(key.jwk().toPublicJWK().toJSONObject()));
            }
        });
    }

    /** Makes a new HS256 secret for tokens of {@code issuer}, replacing the tenant's former one. */
    public CreatedSecret newSecret(Tenant tenant, String issuer, String actor) {
        Checks checks = new Checks();
        String iss = SsoIssuer.checked(checks, "iss", issuer);
        checks.throwIfAny();
        String secret = Hashes.randomSecret(32);
        String kid = "hs256-" + Hashes.randomSecret(6);
        jdbi.useTransaction(h -> {
            h.attach(SsoDao.class).putSecret(tenant.id(), kid, iss, secret.getBytes(StandardCharsets.UTF_8));
            h.attach(AuditDao.class).record(tenant.id(), actor, "sso.secret-created", kid, null);
        });
        return new CreatedSecret(kid, JWSAlgorithm.HS256.getName(), iss, secret);
    }

    /** Removes the tenant's HS256 secret; tokens signed with it are refused from now on. */
    public boolean deleteSecret(Tenant tenant, String actor) {
        return jdbi.inTransaction(h -> {
            boolean deleted = h.attach(SsoDao.class).deleteSecret(tenant.id()) > 0;
            if (deleted) {
                h.attach(AuditDao.class).record(tenant.id(), actor, "sso.secret-deleted", null, null);
            }
            return deleted;
        });
    }

    /**
     * Checks a partner's token for {@code tenant}; its {@code aud} must be one of {@code audiences},
     * the tenant's portal URLs ({@code {publicUrl}/t/{slug}}, and its own host's when it has one).
     * On success the {@code jti} is used up and the sign-on audited.
     *
     * @throws SsoRefused with the rule the token broke
     */
    public SsoGrant accept(Tenant tenant, String token, java.util.Set<String> audiences) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            SsoDao dao = h.attach(SsoDao.class);
            SsoTokenCheck.Checked checked = SsoTokenCheck.check(token, keys(dao, tenant), secretKey(dao, tenant),
                    audiences, now);
            Customer customer = h.attach(CustomerDao.class).find(tenant.id(), checked.claims().getSubject())
                    .orElseThrow(() -> new SsoRefused(Reason.UNKNOWN_CUSTOMER));
            SignedIn user = accounts.activeAccount(h, tenant, customer.id())
                    .orElseThrow(() -> new SsoRefused(Reason.ACCOUNT_INACTIVE));
            dao.forgetExpiredJtis(tenant.id(), now.minus(SsoTokenCheck.LEEWAY));
            String jti = checked.claims().getJWTID();
            if (dao.useJti(tenant.id(), checked.key().issuer(), jti,
                    checked.claims().getExpirationTime().toInstant()) == 0) {
                throw new SsoRefused(Reason.REPLAYED);
            }
            Object embedClaim = checked.claims().getClaim("embed");
            if (embedClaim != null && !(embedClaim instanceof Boolean)) {
                throw new SsoRefused(Reason.MALFORMED);
            }
            boolean embed = !Boolean.FALSE.equals(embedClaim);
            h.attach(AuditDao.class).record(tenant.id(), "partner:" + checked.key().issuer(), "sso.signed-in",
                    customer.customerNumber(), Json.write(Map.of("kid", checked.key().kid(), "jti", jti,
                            "embed", embed)));
            return new SsoGrant(user, embed, checked.key().issuer(), checked.key().kid(), jti);
        });
    }

    private static List<SsoKey> keys(SsoDao dao, Tenant tenant) {
        return dao.keys(tenant.id()).stream().map(row -> {
            try {
                return new SsoKey(row.kid(), JWSAlgorithm.parse(row.algorithm()), row.issuer(), JWK.parse(row.jwk()));
            } catch (ParseException e) {
                throw new IllegalStateException("stored sso key " + row.kid() + " of tenant " + tenant.slug(), e);
            }
        }).toList();
    }

    private static Optional<SsoKey> secretKey(SsoDao dao, Tenant tenant) {
        return dao.secret(tenant.id()).map(s -> new SsoKey(s.kid(), JWSAlgorithm.HS256, s.issuer(),
                new OctetSequenceKey.Builder(s.secret()).keyID(s.kid()).build()));
    }
}
