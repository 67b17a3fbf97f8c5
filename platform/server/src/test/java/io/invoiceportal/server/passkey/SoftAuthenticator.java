package io.invoiceportal.server.passkey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal WebAuthn authenticator for tests: one ES256 key pair per passkey, attestation
 * {@code none}, real signatures over real authenticator data, answers in the JSON of the browser's
 * {@code credential.toJSON()}. It also makes the bad answers the tests need (another key, no user
 * verification, another origin).
 */
final class SoftAuthenticator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int UP = 0x01;
    static final int UV = 0x04;
    static final int AT = 0x40;

    /** One passkey the authenticator holds. */
    static final class Credential {
        final byte[] id = random(16);
        final KeyPair keys = keyPair();
        final String rpId;
        final byte[] userHandle;
        int counter;

        Credential(String rpId, byte[] userHandle) {
            this.rpId = rpId;
            this.userHandle = userHandle;
        }
    }

    private SoftAuthenticator() {}

    /** navigator.credentials.create with {@code options} (the publicKey member) at {@code origin}. */
    static Created create(JsonNode options, String origin) {
        return create(options, origin, UP | UV | AT);
    }

    record Created(Credential credential, Map<String, Object> json) {}

    static Created create(JsonNode options, String origin, int flags) {
        String rpId = options.path("rp").path("id").asText();
        Credential c = new Credential(rpId, b64(options.path("user").path("id").asText()));
        byte[] clientData = clientData("webauthn.create", options.path("challenge").asText(), origin);
        ByteArrayOutputStream authData = new ByteArrayOutputStream();
        authData.writeBytes(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
        authData.write(flags);
        authData.writeBytes(ByteBuffer.allocate(4).putInt(c.counter).array());
        authData.writeBytes(new byte[16]); // AAGUID
        authData.writeBytes(ByteBuffer.allocate(2).putShort((short) c.id.length).array());
        authData.writeBytes(c.id);
        authData.writeBytes(coseKey((ECPublicKey) c.keys.getPublic()));
        Map<Object, Object> attestation = new LinkedHashMap<>();
        attestation.put("fmt", "none");
        attestation.put("attStmt", Map.of());
        attestation.put("authData", authData.toByteArray());
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("clientDataJSON", b64(clientData));
        response.put("attestationObject", b64(Cbor.encode(attestation)));
        response.put("transports", List.of("internal"));
        return new Created(c, credentialJson(c, response));
    }

    /** navigator.credentials.get with {@code options} at {@code origin}, answered with {@code c}. */
    static Map<String, Object> get(Credential c, JsonNode options, String origin) {
        return get(c, options, origin, UP | UV, c.keys);
    }

    static Map<String, Object> get(Credential c, JsonNode options, String origin, int flags, KeyPair signer) {
        c.counter++;
        byte[] clientData = clientData("webauthn.get", options.path("challenge").asText(), origin);
        ByteArrayOutputStream authData = new ByteArrayOutputStream();
        authData.writeBytes(sha256(c.rpId.getBytes(StandardCharsets.UTF_8)));
        authData.write(flags);
        authData.writeBytes(ByteBuffer.allocate(4).putInt(c.counter).array());
        byte[] data = authData.toByteArray();
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        signed.writeBytes(data);
        signed.writeBytes(sha256(clientData));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("clientDataJSON", b64(clientData));
        response.put("authenticatorData", b64(data));
        response.put("signature", b64(sign(signer, signed.toByteArray())));
        response.put("userHandle", b64(c.userHandle));
        return credentialJson(c, response);
    }

    static KeyPair keyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> credentialJson(Credential c, Map<String, Object> response) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", b64(c.id));
        json.put("rawId", b64(c.id));
        json.put("type", "public-key");
        json.put("authenticatorAttachment", "platform");
        json.put("response", response);
        json.put("clientExtensionResults", Map.of());
        return json;
    }

    private static byte[] clientData(String type, String challenge, String origin) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", type);
        data.put("challenge", challenge);
        data.put("origin", origin);
        data.put("crossOrigin", false);
        try {
            return JSON.writeValueAsBytes(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The COSE_Key of an ES256 public key: kty EC2, alg -7, crv P-256, x, y. */
    private static byte[] coseKey(ECPublicKey key) {
        Map<Object, Object> cose = new LinkedHashMap<>();
        cose.put(1, 2);
        cose.put(3, -7);
        cose.put(-1, 1);
        cose.put(-2, unsigned32(key.getW().getAffineX()));
        cose.put(-3, unsigned32(key.getW().getAffineY()));
        return Cbor.encode(cose);
    }

    private static byte[] unsigned32(BigInteger n) {
        byte[] raw = n.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
        return out;
    }

    private static byte[] sign(KeyPair keys, byte[] data) {
        try {
            Signature s = Signature.getInstance("SHA256withECDSA");
            s.initSign(keys.getPrivate());
            s.update(data);
            return s.sign();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    static String b64(byte[] data) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
    }

    static byte[] b64(String text) {
        return Base64.getUrlDecoder().decode(text);
    }

    /** The CBOR of integers, text, byte strings and maps (RFC 8949), in insertion order. */
    static final class Cbor {
        private Cbor() {}

        static byte[] encode(Object value) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(out, value);
            return out.toByteArray();
        }

        private static void write(ByteArrayOutputStream out, Object value) {
            switch (value) {
                case Integer i when i >= 0 -> head(out, 0, i);
                case Integer i -> head(out, 1, -1L - i);
                case String s -> {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    head(out, 3, b.length);
                    out.writeBytes(b);
                }
                case byte[] b -> {
                    head(out, 2, b.length);
                    out.writeBytes(b);
                }
                case Map<?, ?> m -> {
                    head(out, 5, m.size());
                    m.forEach((k, v) -> {
                        write(out, k);
                        write(out, v);
                    });
                }
                default -> throw new IllegalArgumentException("no CBOR for " + value);
            }
        }

        private static void head(ByteArrayOutputStream out, int major, long n) {
            int m = major << 5;
            if (n < 24) {
                out.write(m | (int) n);
            } else if (n < 256) {
                out.write(m | 24);
                out.write((int) n);
            } else {
                out.write(m | 25);
                out.write((int) (n >> 8));
                out.write((int) n);
            }
        }
    }
}
