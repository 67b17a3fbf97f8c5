package com.example.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@value #HEADER} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}, keyed
 * with the tenant's secret (the scheme Stripe uses). A receiver recomputes {@code v1} over the
 * timestamp, a dot and the raw body, compares in constant time, and refuses old timestamps so
 * a captured request cannot be replayed later.
 */
public final class Signature {
    public static final String HEADER = "Invoice-Portal-Signature";

    private Signature() {}

    /** The header value for {@code body} sent at {@code timestamp}. */
    public static String header(String secret, long timestamp, String body) {
        return "t=" + timestamp + ",v1=" + hmac(secret, timestamp + "." + body);
    }

    /** Whether {@code header} is a valid signature of {@code body} with {@code secret}. */
    public static boolean verify(String secret, String header, String body) {
        long timestamp = -1;
        String v1 = null;
        for (String part : header.split(",")) {
            if (part.startsWith("t=")) {
                timestamp = Long.parseLong(part.substring(2));
            } else if (part.startsWith("v1=")) {
                v1 = part.substring(3);
            }
        }
        return timestamp >= 0 && v1 != null && MessageDigest.isEqual(
                v1.getBytes(StandardCharsets.US_ASCII), hmac(secret, timestamp + "." + body).getBytes(StandardCharsets.US_ASCII));
    }

    private static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
