package io.invoiceportal.core.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.RSAKey;
import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.testing.PartnerTokens;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Registered keys are public JWKs with their own algorithm, a kid and an issuer; anything else is a field error. */
class SsoKeysTest {
    static final String ISS = "https://partner.example";

    private static List<FieldError> errors(Object... keys) {
        Checks checks = new Checks();
        SsoKeys.checked(checks, List.of(keys).stream().map(k -> Json.read(Json.write(k), JsonNode.class)).toList());
        try {
            checks.throwIfAny();
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }

    private static Map<String, Object> with(Map<String, Object> key, String member, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(key);
        if (value == null) {
            changed.remove(member);
        } else {
            changed.put(member, value);
        }
        return changed;
    }

    /** Ed25519 (as Ed25519 or EdDSA), ES256 and RS256 public keys are accepted and shown back as registered. */
    @Test
    void publicKeysAreAccepted() {
        Map<String, Object> ed = PartnerTokens.registered(PartnerTokens.ed25519("ed"), "EdDSA", ISS);
        Map<String, Object> ec = PartnerTokens.registered(PartnerTokens.es256("ec"), "ES256", ISS);
        Map<String, Object> rsa = PartnerTokens.registered(PartnerTokens.rsa("rsa", 2048), "RS256", ISS);
        assertThat(errors(ed, ec, rsa)).isEmpty();
        Checks checks = new Checks();
        List<SsoKey> keys = SsoKeys.checked(checks, List.of(Json.read(Json.write(ec), JsonNode.class)));
        assertThat(keys.get(0).asJson()).containsEntry("kid", "ec").containsEntry("alg", "ES256")
                .containsEntry("iss", ISS).containsEntry("crv", "P-256").doesNotContainKey("d");
    }

    /** A private key (d, or RSA's primes) and a symmetric key (k) are refused, naming the member. */
    @Test
    void privatePartsAreRefused() {
        Map<String, Object> edPrivate = new LinkedHashMap<>(PartnerTokens.ed25519("ed").toJSONObject());
        edPrivate.put("alg", "Ed25519");
        edPrivate.put("iss", ISS);
        Map<String, Object> rsaPrivate = new LinkedHashMap<>(PartnerTokens.rsa("rsa", 2048).toJSONObject());
        rsaPrivate.put("alg", "RS256");
        rsaPrivate.put("iss", ISS);
        rsaPrivate.remove("d");
        Map<String, Object> oct = Map.of("kty", "oct", "k", "c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0",
                "kid", "hs", "alg", "HS256", "iss", ISS);
        assertThat(errors(edPrivate, rsaPrivate, oct)).extracting(FieldError::field, FieldError::message)
                .containsExactly(Tuple.tuple("sso.keys[0].d", "ssoKey.private"),
                        Tuple.tuple("sso.keys[1].p", "ssoKey.private"),
                        Tuple.tuple("sso.keys[2].k", "ssoKey.private"));
    }

    /** The algorithm must be the key type's own; none, HS256 or another curve's are refused. */
    @Test
    void algorithmMustFitTheKey() {
        Map<String, Object> ec = PartnerTokens.registered(PartnerTokens.es256("ec"), "ES256", ISS);
        Map<String, Object> rsa = PartnerTokens.registered(PartnerTokens.rsa("rsa", 2048), "RS256", ISS);
        assertThat(errors(with(ec, "alg", "HS256"), with(rsa, "alg", "none"), with(rsa, "alg", "PS256"),
                with(ec, "alg", null), with(ec, "use", "enc")))
                .extracting(FieldError::field, FieldError::message).containsExactly(
                        Tuple.tuple("sso.keys[0].alg", "ssoKey.algorithm"),
                        Tuple.tuple("sso.keys[1].alg", "ssoKey.algorithm"),
                        Tuple.tuple("sso.keys[2].alg", "ssoKey.algorithm"),
                        Tuple.tuple("sso.keys[3].alg", "ssoKey.algorithm"),
                        Tuple.tuple("sso.keys[4].use", "ssoKey.use"));
    }

    /** An RSA key under 2048 bits is refused. */
    @Test
    void shortRsaKeysAreRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        RSAKey small = new RSAKey.Builder((RSAPublicKey) generator.generateKeyPair().getPublic()).keyID("small").build();
        assertThat(errors(PartnerTokens.registered(small, "RS256", ISS)))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(Tuple.tuple("sso.keys[0].n", "ssoKey.tooShort"));
    }

    /** kid and iss are required and well formed, a kid is unique, and a key must parse. */
    @Test
    void kidIssuerAndShapeAreChecked() {
        Map<String, Object> ed = PartnerTokens.registered(PartnerTokens.ed25519("ed"), "Ed25519", ISS);
        assertThat(errors(with(ed, "kid", null), with(ed, "kid", "a b"), with(ed, "iss", null),
                with(ed, "iss", "has space"), ed, ed, with(ed, "x", "AAAA"), "text", with(ed, "kty", "XYZ")))
                .extracting(FieldError::field, FieldError::message).containsExactly(
                        Tuple.tuple("sso.keys[0].kid", "field.required"),
                        Tuple.tuple("sso.keys[1].kid", "ssoKey.kidInvalid"),
                        Tuple.tuple("sso.keys[2].iss", "field.required"),
                        Tuple.tuple("sso.keys[3].iss", "ssoIssuer.invalid"),
                        Tuple.tuple("sso.keys[5].kid", "ssoKey.kidDuplicate"),
                        Tuple.tuple("sso.keys[6]", "ssoKey.invalid"),
                        Tuple.tuple("sso.keys[7]", "ssoKey.invalid"),
                        Tuple.tuple("sso.keys[8]", "ssoKey.invalid"));
    }
}
