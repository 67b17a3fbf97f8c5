package io.invoiceportal.core.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A partner's side of single sign-on in tests: key pairs made with nimbus, and tokens signed with them. */
public final class PartnerTokens {
    private PartnerTokens() {}

    public static OctetKeyPair ed25519(String kid) {
        return generate(() -> new OctetKeyPairGenerator(Curve.Ed25519).keyID(kid).generate());
    }

    public static ECKey es256(String kid) {
        return generate(() -> new ECKeyGenerator(Curve.P_256).keyID(kid).generate());
    }

    public static RSAKey rsa(String kid, int bits) {
        return generate(() -> new RSAKeyGenerator(bits).keyID(kid).generate());
    }

    /** The public JWK as a tenant registers it in {@code settings.sso.keys}. */
    public static Map<String, Object> registered(JWK key, String alg, String issuer) {
        Map<String, Object> json = new LinkedHashMap<>(key.toPublicJWK().toJSONObject());
        json.put("alg", alg);
        json.put("iss", issuer);
        return json;
    }

    /** Claims of a good token: issued now, valid 2 minutes, a fresh jti. */
    public static JWTClaimsSet.Builder claims(String issuer, String audience, String customerNumber, Instant now) {
        return new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject(customerNumber)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(2))))
                .jwtID(UUID.randomUUID().toString());
    }

    /** A compact JWT with {@code typ: JWT}, {@code alg} and the key's kid, signed with {@code key}. */
    public static String sign(JWK key, JWSAlgorithm alg, JWTClaimsSet claims) {
        return sign(key, new JWSHeader.Builder(alg).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(), claims);
    }

    public static String sign(JWK key, JWSHeader header, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(signer(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A compact HS256 JWT signed with {@code secret}'s bytes (an SSO secret, or an attacker's guess). */
    public static String hs256(byte[] secret, String kid, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT)
                    .keyID(kid).build(), claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWSSigner signer(JWK key) throws JOSEException {
        return switch (key) {
            case OctetKeyPair okp -> new Ed25519Signer(okp);
            case ECKey ec -> new ECDSASigner(ec);
            case RSAKey rsa -> new RSASSASigner(rsa);
            default -> throw new IllegalArgumentException(key.getKeyType().getValue());
        };
    }

    private interface Generation<T> {
        T run() throws JOSEException;
    }

    private static <T> T generate(Generation<T> generation) {
        try {
            return generation.run();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
