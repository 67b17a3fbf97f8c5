package io.invoiceportal.server.account;

import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.LoginResult;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.realm.AuthenticatingRealm;

/**
 * Shiro realm over the tenant's accounts. {@link AccountService#authenticate} checks the argon2id
 * hash and the throttle, so Shiro's own credential matching is not used again. A {@link HandOverToken}
 * was checked by the hand-over that made it.
 */
public class PortalRealm extends AuthenticatingRealm {
    private final AccountService accounts;

    public PortalRealm(AccountService accounts) {
        this.accounts = accounts;
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
        setAuthenticationCachingEnabled(false);
        setAuthenticationTokenClass(AuthenticationToken.class);
        setName("portal");
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof TenantLoginToken || token instanceof HandOverToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        if (token instanceof HandOverToken handOver) {
            return new SimpleAuthenticationInfo(handOver.user(), handOver.getCredentials(), getName());
        }
        TenantLoginToken t = (TenantLoginToken) token;
        LoginResult result = accounts.authenticate(t.tenant(), t.getUsername(), new String(t.getPassword()), t.origin());
        return switch (result) {
            case LoginResult.Success s -> new SimpleAuthenticationInfo(s.user(), t.getCredentials(), getName());
            case LoginResult.Throttled th -> throw new ThrottledLoginException(th.retryAfter());
            case LoginResult.Failed f -> throw new IncorrectCredentialsException();
            case LoginResult.SecondFactorNeeded n -> throw new IllegalStateException("authenticate checks the password only");
        };
    }
}
