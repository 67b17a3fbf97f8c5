package io.invoiceportal.core.mfa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {
    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, Appendix B: every test vector (8 digits). */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"})
    void rfc6238Vectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertEquals(sha1, Totp.code(SHA1_KEY, step, "HmacSHA1", 8));
        assertEquals(sha256, Totp.code(SHA256_KEY, step, "HmacSHA256", 8));
        assertEquals(sha512, Totp.code(SHA512_KEY, step, "HmacSHA512", 8));
    }

    @Test
    void sixDigitsAreTheLastSixOfTheEightDigitCode() {
        assertEquals("287082", Totp.code(SHA1_KEY, Totp.step(Instant.ofEpochSecond(59))));
        assertEquals("005924", Totp.code(SHA1_KEY, Totp.step(Instant.ofEpochSecond(1234567890))));
    }

    @Test
    void matchAcceptsOneStepEitherSideAndOnlyLaterSteps() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        assertEquals(OptionalLong.of(step), Totp.match(SHA1_KEY, Totp.code(SHA1_KEY, step), now, Long.MIN_VALUE));
        assertEquals(OptionalLong.of(step - 1), Totp.match(SHA1_KEY, Totp.code(SHA1_KEY, step - 1), now, Long.MIN_VALUE));
        assertEquals(OptionalLong.of(step + 1), Totp.match(SHA1_KEY, Totp.code(SHA1_KEY, step + 1), now, Long.MIN_VALUE));
        assertTrue(Totp.match(SHA1_KEY, Totp.code(SHA1_KEY, step - 2), now, Long.MIN_VALUE).isEmpty());
        assertTrue(Totp.match(SHA1_KEY, Totp.code(SHA1_KEY, step + 2), now, Long.MIN_VALUE).isEmpty());
        assertTrue(Totp.match(SHA1_KEY, Totp.code(SHA1_KEY, step), now, step).isEmpty(), "replay of the same step");
        assertTrue(Totp.match(SHA1_KEY, Totp.code(SHA1_KEY, step - 1), now, step).isEmpty(), "an earlier step");
        for (String bad : new String[] {null, "", "12345", "1234567", "abcdef", "12 345"}) {
            assertTrue(Totp.match(SHA1_KEY, bad, now, Long.MIN_VALUE).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Totp.base32(SHA1_KEY));
        assertEquals("MZXW6YTBOI", Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals(SHA1_KEY, Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
        assertThrows(IllegalArgumentException.class, () -> Totp.fromBase32("01"));
    }

    @Test
    void secretBoxOpensOnlyForItsOwnAccount() {
        SecretBox box = new SecretBox(new byte[32]);
        byte[] sealed = box.seal(SHA1_KEY, 1, 2);
        assertArrayEquals(SHA1_KEY, box.open(sealed, 1, 2));
        assertThrows(IllegalStateException.class, () -> box.open(sealed, 1, 3));
        assertThrows(IllegalStateException.class, () -> box.open(sealed, 2, 2));
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThrows(IllegalStateException.class, () -> new SecretBox(otherKey).open(sealed, 1, 2));
    }
}
