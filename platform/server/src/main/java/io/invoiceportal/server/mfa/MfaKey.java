package io.invoiceportal.server.mfa;

import io.invoiceportal.core.mfa.SecretBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key of the TOTP secrets: {@code PORTAL_MFA_KEY} (Base64 of 32 bytes) when set, else
 * {@code dataDir/mfa.key}, made with 32 random bytes at the first start and readable by the
 * portal's user only. Losing the key makes every TOTP enrolment unusable (recovery codes still work).
 */
public final class MfaKey {
    private MfaKey() {}

    public static SecretBox box(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return new SecretBox(Base64.getDecoder().decode(configured.strip()));
        }
        Path file = dataDir.resolve("mfa.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    // another process made it first: use theirs
                } catch (UnsupportedOperationException noPosix) {
                    Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
                }
            }
            return new SecretBox(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the MFA key " + file, e);
        }
    }
}
