package io.invoiceportal.core.sso;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A key a tenant registered for partner sign-on: its id, the one algorithm a token signed with it
 * may name, the issuer ({@code iss}) its tokens must carry, and the public JWK (never a private part).
 */
public record SsoKey(String kid, JWSAlgorithm algorithm, String issuer, JWK jwk) {

    /** Whether a token header's {@code alg} is this key's: Ed25519 keys take both names, {@code Ed25519} and {@code EdDSA}. */
    boolean allows(JWSAlgorithm asked) {
        if (algorithm.equals(JWSAlgorithm.Ed25519)) {
            return JWSAlgorithm.Ed25519.equals(asked) || JWSAlgorithm.EdDSA.equals(asked);
        }
        return algorithm.equals(asked);
    }

    /** The key as the settings show it: the public JWK with {@code kid}, {@code alg} and {@code iss}. */
    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>(jwk.toPublicJWK().toJSONObject());
        json.put("kid", kid);
        json.put("alg", algorithm.getName());
        json.put("iss", issuer);
        return json;
    }
}
