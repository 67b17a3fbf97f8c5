package io.invoiceportal.core.sso;

import static io.invoiceportal.core.testing.PartnerTokens.claims;
import static io.invoiceportal.core.testing.PartnerTokens.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.invoiceportal.core.account.AccountDao;
import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.PasswordPolicy;
import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.sso.SsoRefused.Reason;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.MutableClock;
import io.invoiceportal.core.testing.PartnerTokens;
import io.invoiceportal.core.testing.Pbkdf2Hasher;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A partner's token signs a customer in only when it keeps every rule; each rule broken once is refused. */
class SsoTokenTest {
    static final String ISS = "https://partner.example";
    static final String AUD = "https://portal.example/t/hollandse";
    static final OctetKeyPair ED = PartnerTokens.ed25519("ed-1");
    static final ECKey EC = PartnerTokens.es256("ec-1");
    static final RSAKey RSA = PartnerTokens.rsa("rsa-1", 2048);

    @RegisterExtension
    final TestDatabaseExtension db = new TestDatabaseExtension("sso");
    final MutableClock clock = new MutableClock();
    SsoService sso;
    Tenant tenant;
    Tenant other;

    @BeforeEach
    void setUp() {
        sso = new SsoService(db.jdbi(), new AccountService(db.jdbi(), new Pbkdf2Hasher(), new PasswordPolicy(), clock),
                clock);
        tenant = Fixtures.tenant(db.jdbi(), "hollandse", "nl");
        other = Fixtures.tenant(db.jdbi(), "northwind", "en");
        Fixtures.customer(db.jdbi(), tenant, "C-1", "korenschoof", "a@korenschoof.example");
        Fixtures.customer(db.jdbi(), other, "C-9", "liffeyquay", "a@liffeyquay.example");
        Fixtures.customer(db.jdbi(), tenant, "C-2", "waakhond", "a@waakhond.example");
        activate(tenant, "C-1");
        activate(other, "C-9");
        register(tenant, PartnerTokens.registered(ED, "Ed25519", ISS), PartnerTokens.registered(EC, "ES256", ISS),
                PartnerTokens.registered(RSA, "RS256", ISS));
    }

    private void register(Tenant t, Map<?, ?>... keys) {
        Checks checks = new Checks();
        List<SsoKey> checked = sso.check(checks, List.of(keys).stream()
                .map(k -> Json.read(Json.write(k), JsonNode.class)).toList());
        checks.throwIfAny();
        sso.replaceKeys(t, checked);
    }

    private void activate(Tenant t, String customerNumber) {
        long customerId = new CustomerService(db.jdbi()).get(t, customerNumber).id();
        db.jdbi().useExtension(AccountDao.class, dao -> dao.activate(t.id(), customerId, "not-a-real-hash"));
    }

    private JWTClaimsSet.Builder good() {
        return claims(ISS, AUD, "C-1", clock.instant());
    }

    private SsoGrant accept(String token) {
        return sso.accept(tenant, token, Set.of(AUD, "https://facturen.hollandse.example"));
    }

    private void refused(String token, Reason reason) {
        assertThatThrownBy(() -> accept(token)).isInstanceOfSatisfying(SsoRefused.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    /** Ed25519 (under both names), ES256, RS256 and the tenant's HS256 secret each sign a customer in. */
    @Test
    void everyKindOfKeySignsIn() {
        assertThat(accept(sign(ED, JWSAlgorithm.Ed25519, good().build())).user().customerNumber()).isEqualTo("C-1");
        assertThat(accept(sign(ED, JWSAlgorithm.EdDSA, good().build())).kid()).isEqualTo("ed-1");
        assertThat(accept(sign(EC, JWSAlgorithm.ES256, good().build())).kid()).isEqualTo("ec-1");
        assertThat(accept(sign(RSA, JWSAlgorithm.RS256, good().build())).kid()).isEqualTo("rsa-1");
        SsoService.CreatedSecret secret = sso.newSecret(tenant, ISS, "issuer");
        SsoGrant grant = accept(PartnerTokens.hs256(secret.secret().getBytes(StandardCharsets.UTF_8), secret.kid(),
                good().build()));
        assertThat(grant.kid()).isEqualTo(secret.kid());
        assertThat(grant.embed()).isTrue();
        assertThat(accept(sign(ED, JWSAlgorithm.Ed25519, good().claim("embed", false).build())).embed()).isFalse();
        assertThat(accept(sign(ED, JWSAlgorithm.Ed25519, good().audience("https://facturen.hollandse.example").build()))
                .user().customerNumber()).isEqualTo("C-1");
    }

    /** A key's own algorithm only: PS256 with the RS256 key and HS256 keyed with the public key's bytes are refused. */
    @Test
    void otherAlgorithmsAreRefused() {
        refused(sign(RSA, JWSAlgorithm.PS256, good().build()), Reason.ALGORITHM);
        byte[] publicBytes = RSA.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        refused(PartnerTokens.hs256(publicBytes, "rsa-1", good().build()), Reason.ALGORITHM);
        byte[] encoded = EC.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        refused(PartnerTokens.hs256(encoded, "ec-1", good().build()), Reason.ALGORITHM);
    }

    /** An unsigned token ({@code alg: none}) and garbage are refused as malformed. */
    @Test
    void noneAndGarbageAreRefused() {
        refused(new PlainJWT(good().build()).serialize(), Reason.MALFORMED);
        String signed = sign(ED, JWSAlgorithm.Ed25519, good().build());
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"ed-1\"}".getBytes(StandardCharsets.UTF_8));
        refused(header + signed.substring(signed.indexOf('.')), Reason.MALFORMED);
        refused("garbage", Reason.MALFORMED);
        refused("a.b.c", Reason.MALFORMED);
        refused("", Reason.MALFORMED);
        refused("x".repeat(10_000), Reason.MALFORMED);
    }

    /** A token signed by another key under a registered kid fails its signature; an unknown or absent kid finds no key. */
    @Test
    void keysAreCheckedByKid() {
        refused(sign(PartnerTokens.ed25519("ed-1"), JWSAlgorithm.Ed25519, good().build()), Reason.SIGNATURE);
        refused(sign(PartnerTokens.ed25519("ed-2"), JWSAlgorithm.Ed25519, good().build()), Reason.UNKNOWN_KEY);
        refused(sign(ED, new JWSHeader.Builder(JWSAlgorithm.Ed25519).type(JOSEObjectType.JWT).build(), good().build()),
                Reason.UNKNOWN_KEY);
    }

    /** typ must be JWT: absent or another type is refused. */
    @Test
    void typeIsChecked() {
        refused(sign(ED, new JWSHeader.Builder(JWSAlgorithm.Ed25519).keyID("ed-1").build(), good().build()),
                Reason.TYPE);
        refused(sign(ED, new JWSHeader.Builder(JWSAlgorithm.Ed25519).keyID("ed-1")
                .type(new JOSEObjectType("at+jwt")).build(), good().build()), Reason.TYPE);
    }

    /** iss must be the key's issuer, aud exactly this tenant's portal URL, sub present. */
    @Test
    void issuerAudienceAndSubjectAreChecked() {
        refused(sign(ED, JWSAlgorithm.Ed25519, good().issuer("https://evil.example").build()), Reason.ISSUER);
        refused(sign(ED, JWSAlgorithm.Ed25519, good().audience("https://portal.example/t/northwind").build()),
                Reason.AUDIENCE);
        refused(sign(ED, JWSAlgorithm.Ed25519, good().audience(List.of(AUD, "https://other.example")).build()),
                Reason.AUDIENCE);
        refused(sign(ED, JWSAlgorithm.Ed25519, good().audience((String) null).build()), Reason.AUDIENCE);
        refused(sign(ED, JWSAlgorithm.Ed25519, good().subject(null).build()), Reason.SUBJECT);
        refused(sign(ED, JWSAlgorithm.Ed25519, good().claim("embed", "yes").build()), Reason.MALFORMED);
    }

    /** exp and iat present, at most 5 minutes apart, iat not in the future, exp not past. */
    @Test
    void timesAreChecked() {
        Instant now = clock.instant();
        refused(sign(ED, JWSAlgorithm.Ed25519, good().expirationTime(null).build()), Reason.NO_EXPIRY);
        refused(sign(ED, JWSAlgorithm.Ed25519, good().issueTime(null).build()), Reason.NO_EXPIRY);
        refused(sign(ED, JWSAlgorithm.Ed25519, good().expirationTime(Date.from(now.plus(Duration.ofMinutes(6))))
                .build()), Reason.LIFETIME_TOO_LONG);
        refused(sign(ED, JWSAlgorithm.Ed25519, good().issueTime(Date.from(now.plus(Duration.ofMinutes(2))))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(3)))).build()), Reason.ISSUED_IN_FUTURE);
        String token = sign(ED, JWSAlgorithm.Ed25519, good().build());
        clock.advance(Duration.ofMinutes(3));
        refused(token, Reason.EXPIRED);
    }

    /** A jti is required and used once; the same jti from the same issuer is refused the second time. */
    @Test
    void jtiIsSingleUse() {
        refused(sign(ED, JWSAlgorithm.Ed25519, good().jwtID(null).build()), Reason.JTI_MISSING);
        JWTClaimsSet claims = good().build();
        accept(sign(ED, JWSAlgorithm.Ed25519, claims));
        refused(sign(ED, JWSAlgorithm.Ed25519, claims), Reason.REPLAYED);
        refused(sign(EC, JWSAlgorithm.ES256, claims), Reason.REPLAYED);
    }

    /** The subject is a customer of this tenant with an active account; another tenant's keys and customers are not found here. */
    @Test
    void tenantsStayApart() {
        refused(sign(ED, JWSAlgorithm.Ed25519, good().subject("C-9").build()), Reason.UNKNOWN_CUSTOMER);
        refused(sign(ED, JWSAlgorithm.Ed25519, good().subject("C-2").build()), Reason.ACCOUNT_INACTIVE);
        OctetKeyPair theirs = PartnerTokens.ed25519("nw-1");
        register(other, PartnerTokens.registered(theirs, "Ed25519", ISS));
        refused(sign(theirs, JWSAlgorithm.Ed25519, good().build()), Reason.UNKNOWN_KEY);
        assertThatThrownBy(() -> sso.accept(other, sign(ED, JWSAlgorithm.Ed25519,
                claims(ISS, "https://portal.example/t/northwind", "C-9", clock.instant()).build()),
                Set.of("https://portal.example/t/northwind"))).isInstanceOfSatisfying(SsoRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KEY));
    }

    /** A new secret replaces the former one: tokens signed with the old secret are refused. */
    @Test
    void aNewSecretRetiresTheOld() {
        SsoService.CreatedSecret old = sso.newSecret(tenant, ISS, "issuer");
        SsoService.CreatedSecret fresh = sso.newSecret(tenant, ISS, "issuer");
        refused(PartnerTokens.hs256(old.secret().getBytes(StandardCharsets.UTF_8), old.kid(), good().build()),
                Reason.UNKNOWN_KEY);
        refused(PartnerTokens.hs256(old.secret().getBytes(StandardCharsets.UTF_8), fresh.kid(), good().build()),
                Reason.SIGNATURE);
        sso.deleteSecret(tenant, "issuer");
        refused(PartnerTokens.hs256(fresh.secret().getBytes(StandardCharsets.UTF_8), fresh.kid(), good().build()),
                Reason.UNKNOWN_KEY);
    }
}
