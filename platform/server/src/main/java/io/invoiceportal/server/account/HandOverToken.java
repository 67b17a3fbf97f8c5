package io.invoiceportal.server.account;

import io.invoiceportal.core.account.SignedIn;
import org.apache.shiro.authc.AuthenticationToken;

/**
 * A customer handed over to the portal by a check made before (a portal session's one-time token,
 * a partner's signed token): Shiro signs them in without a password. Only server code makes one,
 * after the check.
 */
public record HandOverToken(SignedIn user) implements AuthenticationToken {
    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return user;
    }
}
