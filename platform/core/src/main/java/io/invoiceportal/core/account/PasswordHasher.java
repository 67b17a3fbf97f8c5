package io.invoiceportal.core.account;

/** Hashes and checks passwords (argon2id in the server; core does not know the library). */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String storedHash);
}
