package io.invoiceportal.core.account;

import java.time.Duration;

/** The outcome of a login attempt. A failure never says whether the login exists. */
public sealed interface LoginResult {

    record Success(SignedIn user) implements LoginResult {}

    record Failed() implements LoginResult {}

    /** Too many failures lately: try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements LoginResult {}
}
