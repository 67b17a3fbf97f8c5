package io.invoiceportal.core.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.invoiceportal.core.sso.SsoRefused.Reason;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a partner's token must keep, in order: a signed JWT ({@code alg: none} and encrypted
 * tokens do not parse as one) of {@code typ} JWT; a {@code kid} the tenant registered, whose own
 * algorithm is the header's (so a public key never verifies an HMAC); a valid signature; the
 * key's issuer; one of this tenant's portal URLs as the only audience; a subject; {@code exp} and {@code iat}, at most 5 minutes
 * apart, {@code iat} not in the future and {@code exp} not past (30 s leeway for clocks); a {@code jti}.
 * Single use of the {@code jti} is the service's part.
 */
final class SsoTokenCheck {
    static final Duration MAX_LIFETIME = Duration.ofMinutes(5);
    static final Duration LEEWAY = Duration.ofSeconds(30);
    static final int MAX_TOKEN_LENGTH = 8192;

    private SsoTokenCheck() {}

    /** The key that signed it, with the checked claims. */
    record Checked(SsoKey key, JWTClaimsSet claims) {}

    static Checked check(String token, List<SsoKey> keys, Optional<SsoKey> secretKey, Set<String> audiences,
            Instant now) {
        SignedJWT jwt = parse(token);
        JWSHeader header = jwt.getHeader();
        if (!JOSEObjectType.JWT.equals(header.getType())) {
            throw new SsoRefused(Reason.TYPE);
        }
        SsoKey key = keyOf(header, keys, secretKey);
        if (!key.allows(header.getAlgorithm())) {
            throw new SsoRefused(Reason.ALGORITHM);
        }
        try {
            if (!jwt.verify(verifier(key))) {
                throw new SsoRefused(Reason.SIGNATURE);
            }
        } catch (JOSEException e) {
            throw new SsoRefused(Reason.SIGNATURE);
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new SsoRefused(Reason.MALFORMED);
        }
        checkClaims(claims, key, audiences, now);
        return new Checked(key, claims);
    }

    private static SignedJWT parse(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            throw new SsoRefused(Reason.MALFORMED);
        }
        try {
            return SignedJWT.parse(token.strip());
        } catch (ParseException | RuntimeException e) {
            throw new SsoRefused(Reason.MALFORMED);
        }
    }

    private static SsoKey keyOf(JWSHeader header, List<SsoKey> keys, Optional<SsoKey> secretKey) {
        String kid = header.getKeyID();
        if (kid == null) {
            throw new SsoRefused(Reason.UNKNOWN_KEY);
        }
        return keys.stream().filter(k -> k.kid().equals(kid)).findFirst()
                .or(() -> secretKey.filter(k -> k.kid().equals(kid)))
                .orElseThrow(() -> new SsoRefused(Reason.UNKNOWN_KEY));
    }

    private static JWSVerifier verifier(SsoKey key) throws JOSEException {
        return switch (key.jwk()) {
            case OctetKeyPair okp -> new Ed25519Verifier(okp.toPublicJWK());
            case ECKey ec -> new ECDSAVerifier(ec.toPublicJWK());
            case RSAKey rsa -> new RSASSAVerifier(rsa.toPublicJWK());
            case OctetSequenceKey oct -> new MACVerifier(oct);
            default -> throw new SsoRefused(Reason.UNKNOWN_KEY);
        };
    }

    private static void checkClaims(JWTClaimsSet claims, SsoKey key, Set<String> audiences, Instant now) {
        if (!key.issuer().equals(claims.getIssuer())) {
            throw new SsoRefused(Reason.ISSUER);
        }
        List<String> audience = claims.getAudience();
        if (audience == null || audience.size() != 1 || !audiences.contains(audience.get(0))) {
            throw new SsoRefused(Reason.AUDIENCE);
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw new SsoRefused(Reason.SUBJECT);
        }
        if (claims.getExpirationTime() == null || claims.getIssueTime() == null) {
            throw new SsoRefused(Reason.NO_EXPIRY);
        }
        Instant exp = claims.getExpirationTime().toInstant();
        Instant iat = claims.getIssueTime().toInstant();
        if (iat.isAfter(now.plus(LEEWAY))) {
            throw new SsoRefused(Reason.ISSUED_IN_FUTURE);
        }
        if (Duration.between(iat, exp).compareTo(MAX_LIFETIME) > 0) {
            throw new SsoRefused(Reason.LIFETIME_TOO_LONG);
        }
        if (!exp.isAfter(now.minus(LEEWAY))) {
            throw new SsoRefused(Reason.EXPIRED);
        }
        if (claims.getJWTID() == null || claims.getJWTID().isBlank() || claims.getJWTID().length() > 200) {
            throw new SsoRefused(Reason.JTI_MISSING);
        }
    }
}
