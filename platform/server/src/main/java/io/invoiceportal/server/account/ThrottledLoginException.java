package io.invoiceportal.server.account;

import java.time.Duration;
import org.apache.shiro.authc.AuthenticationException;

/** Too many failed logins lately; the next try is possible after {@link #retryAfter()}. */
public class ThrottledLoginException extends AuthenticationException {
    private final Duration retryAfter;

    public ThrottledLoginException(Duration retryAfter) {
        super("too many failed logins");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
