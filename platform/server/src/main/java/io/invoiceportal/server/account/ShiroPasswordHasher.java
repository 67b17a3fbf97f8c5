package io.invoiceportal.server.account;

import io.invoiceportal.core.account.PasswordHasher;
import org.apache.shiro.authc.credential.DefaultPasswordService;

/** argon2id password hashes through Shiro's password service ({@code $shiro2$argon2id$...}). */
public class ShiroPasswordHasher implements PasswordHasher {
    private final DefaultPasswordService service = new DefaultPasswordService();

    @Override
    public String hash(String password) {
        return service.encryptPassword(password);
    }

    @Override
    public boolean matches(String password, String storedHash) {
        return storedHash != null && service.passwordsMatch(password, storedHash);
    }
}
