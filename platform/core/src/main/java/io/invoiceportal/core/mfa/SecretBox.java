package io.invoiceportal.core.mfa;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the TOTP secrets at rest with AES-256-GCM: a fresh 12-byte nonce per secret, stored in
 * front of the ciphertext and its 128-bit tag. The associated data names the tenant and account,
 * so a secret copied to another row does not decrypt. The key comes from {@code PORTAL_MFA_KEY}
 * or {@code dataDir/mfa.key} (see docs/api.md, "Second factor").
 */
public final class SecretBox {
    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    public SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the MFA key must be 32 bytes (256 bits), not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    public byte[] seal(byte[] plain, long tenantId, long accountId) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, plain, tenantId, accountId);
        return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
    }

    public byte[] open(byte[] stored, long tenantId, long accountId) {
        return run(Cipher.DECRYPT_MODE, Arrays.copyOf(stored, NONCE), Arrays.copyOfRange(stored, NONCE, stored.length),
                tenantId, accountId);
    }

    private byte[] run(int mode, byte[] nonce, byte[] input, long tenantId, long accountId) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(("totp:" + tenantId + ":" + accountId).getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TOTP secret cannot be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened")
                    + " (another MFA key?)", e);
        }
    }
}
