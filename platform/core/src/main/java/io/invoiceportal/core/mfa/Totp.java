package io.invoiceportal.core.mfa;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): HMAC-SHA-1, 6 digits, 30-second
 * steps, a code accepted for the current step and one step either side. Secrets travel in Base32
 * (RFC 4648, no padding), as authenticator apps read them from the otpauth URI.
 */
public final class Totp {
    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Totp() {}

    /** The 30-second time step of {@code time}: seconds since the epoch divided by 30. */
    public static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The 6-digit code of {@code step}, with HMAC-SHA-1. */
    public static String code(byte[] secret, long step) {
        return code(secret, step, "HmacSHA1", DIGITS);
    }

    /** RFC 6238's generateTOTP: {@code algorithm} HmacSHA1, HmacSHA256 or HmacSHA512. */
    static String code(byte[] secret, long step, String algorithm, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, "RAW"));
            hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        int offset = hash[hash.length - 1] & 0xf;
        int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16 | (hash[offset + 2] & 0xff) << 8
                | hash[offset + 3] & 0xff;
        String code = Integer.toString(binary % (int) Math.pow(10, digits));
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * The step within one of {@code now}'s whose code {@code code} is, later than {@code afterStep}
     * (the last step accepted before, so no code works twice); empty when there is none.
     */
    public static OptionalLong match(byte[] secret, String code, Instant now, long afterStep) {
        if (code == null || !code.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        OptionalLong found = OptionalLong.empty();
        for (long s = current - 1; s <= current + 1; s++) { // every step compared, in constant time
            if (MessageDigest.isEqual(code(secret, s).getBytes(), code.getBytes()) && s > afterStep && found.isEmpty()) {
                found = OptionalLong.of(s);
            }
        }
        return found;
    }

    public static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = buffer << 8 | b & 0xff;
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt(buffer >> bits - 5 & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt(buffer << 5 - bits & 31));
        }
        return out.toString();
    }

    /** Decodes Base32, ignoring case, spaces and padding. */
    public static byte[] fromBase32(String text) {
        String clean = text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not Base32: " + c);
            }
            buffer = buffer << 5 | value;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> bits - 8));
                bits -= 8;
            }
        }
        return out.array();
    }
}
