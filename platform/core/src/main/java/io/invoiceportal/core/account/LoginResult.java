package io.invoiceportal.core.account;

import java.time.Duration;

/** The outcome of a login attempt. A failure never says whether the login exists. */
public sealed interface LoginResult {

    record Success(SignedIn user) implements LoginResult {}

    record Failed() implements LoginResult {}

    /**
     * The password was right and the account has a second factor: nothing is signed in until one
     * of {@code methods} ({@code totp}, {@code recovery-code}) completes the sign-in.
     */
    record SecondFactorNeeded(java.util.List<String> methods) implements LoginResult {}

    /** Too many failures lately: try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements LoginResult {}
}
