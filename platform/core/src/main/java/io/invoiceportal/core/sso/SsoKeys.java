package io.invoiceportal.core.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.MessageKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the public keys of {@code settings.sso.keys}: each a JWK with {@code kid}, {@code alg}
 * and {@code iss}; Ed25519 ({@code OKP}), ES256 ({@code EC} P-256) or RS256 ({@code RSA}, at least
 * 2048 bits). A key with a private or secret part is refused, so a partner's private key is never stored.
 */
final class SsoKeys {
    static final int MAX = 10;
    static final Pattern KID = Pattern.compile("^[A-Za-z0-9._:-]{1,100}$");
    private static final List<String> PRIVATE_PARTS = List.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

    private SsoKeys() {}

    static List<SsoKey> checked(Checks checks, List<JsonNode> asked) {
        if (asked.size() > MAX) {
            checks.add("sso.keys", MessageKey.LIST_TOO_LONG, String.valueOf(MAX));
            return List.of();
        }
        List<SsoKey> keys = new ArrayList<>();
        Set<String> kids = new HashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            SsoKey key = checked(checks, "sso.keys[" + i + "]", asked.get(i));
            if (key != null && !kids.add(key.kid())) {
                checks.add("sso.keys[" + i + "].kid", MessageKey.SSO_KID_DUPLICATE);
            } else if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static SsoKey checked(Checks checks, String field, JsonNode node) {
        if (node == null || !node.isObject()) {
            checks.add(field, MessageKey.SSO_KEY_INVALID);
            return null;
        }
        for (String part : PRIVATE_PARTS) {
            if (node.has(part)) {
                checks.add(field + "." + part, MessageKey.SSO_KEY_PRIVATE);
                return null;
            }
        }
        String kid = checks.matching(field + ".kid", checks.required(field + ".kid", text(node, "kid"), 100), KID,
                MessageKey.SSO_KID_INVALID);
        String issuer = SsoIssuer.checked(checks, field + ".iss", text(node, "iss"));
        JWK jwk;
        try {
            jwk = JWK.parse(node.toString());
        } catch (ParseException | RuntimeException e) {
            checks.add(field, MessageKey.SSO_KEY_INVALID);
            return null;
        }
        if (jwk instanceof OctetKeyPair okp && okp.getDecodedX().length != 32) {
            checks.add(field, MessageKey.SSO_KEY_INVALID);
            return null;
        }
        JWSAlgorithm algorithm = algorithm(checks, field, jwk, text(node, "alg"));
        if (jwk.getKeyUse() != null && !"sig".equals(jwk.getKeyUse().identifier())) {
            checks.add(field + ".use", MessageKey.SSO_KEY_USE);
            return null;
        }
        return kid == null || issuer == null || algorithm == null ? null : new SsoKey(kid, algorithm, issuer, jwk);
    }

    /** The key's own algorithm: the one its type allows, named by {@code alg}. */
    private static JWSAlgorithm algorithm(Checks checks, String field, JWK jwk, String alg) {
        JWSAlgorithm algorithm = switch (jwk) {
            case OctetKeyPair okp when Curve.Ed25519.equals(okp.getCurve())
                    && ("Ed25519".equals(alg) || "EdDSA".equals(alg)) -> JWSAlgorithm.Ed25519;
            case ECKey ec when Curve.P_256.equals(ec.getCurve()) && "ES256".equals(alg) -> JWSAlgorithm.ES256;
            case RSAKey rsa when "RS256".equals(alg) -> JWSAlgorithm.RS256;
            default -> null;
        };
        if (algorithm == null) {
            checks.add(field + ".alg", MessageKey.SSO_KEY_ALGORITHM);
        } else if (jwk instanceof RSAKey rsa && rsa.size() < 2048) {
            checks.add(field + ".n", MessageKey.SSO_KEY_TOO_SHORT, "2048");
            return null;
        }
        return algorithm;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || !value.isTextual() ? null : value.asText();
    }
}
