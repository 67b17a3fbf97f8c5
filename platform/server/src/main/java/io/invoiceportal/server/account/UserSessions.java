package io.invoiceportal.server.account;

import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.LoginResult;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.web.HostFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.subject.support.DefaultSubjectContext;

/**
 * Login, logout and "who is signed in" for the current request, through Shiro. The session id
 * is renewed at login; a session whose account changed its password elsewhere is ended. A session
 * is bound to the tenant and to the host it signed in on: presented on another host (a copied
 * cookie) it is not signed in there.
 */
public class UserSessions {
    private static final String HOST = UserSessions.class.getName() + ".host";
    private final AccountService accounts;

    public UserSessions(AccountService accounts) {
        this.accounts = accounts;
    }

    public LoginResult login(HttpServletRequest request, Tenant tenant, String login, String password) {
        Subject subject = SecurityUtils.getSubject();
        try {
            subject.login(new TenantLoginToken(tenant, login, password, request.getRemoteAddr()));
        } catch (ThrottledLoginException e) {
            return new LoginResult.Throttled(e.retryAfter());
        } catch (AuthenticationException e) {
            return new LoginResult.Failed();
        }
        request.changeSessionId();
        bindToHost(request);
        return new LoginResult.Success((SignedIn) subject.getPrincipal());
    }

    /**
     * Signs in {@code user}, whose credentials the caller has checked completely (a password and,
     * where needed, a second factor; a passkey), under a new session id bound to this host.
     * {@code method} says how ({@code password}, {@code totp}, {@code recovery-code}, {@code passkey}).
     */
    public void establish(HttpServletRequest request, SignedIn user, String method) {
        SecurityUtils.getSubject().login(new HandOverToken(user));
        request.changeSessionId();
        bindToHost(request);
    }

    /** The signed-in user of this request's session for {@code tenant}, if the session is still good. */
    public Optional<SignedIn> current(HttpServletRequest request, Tenant tenant) {
        Subject subject = SecurityUtils.getSubject();
        if (!(subject.getPrincipal() instanceof SignedIn user)) {
            return Optional.empty();
        }
        Optional<SignedIn> fresh = accounts.current(user);
        if (fresh.isEmpty()) {
            logout(request);
            return Optional.empty();
        }
        return user.tenantId() == tenant.id() && onItsHost(request) ? fresh : Optional.empty();
    }

    private static void bindToHost(HttpServletRequest request) {
        request.getSession().setAttribute(HOST, HostFilter.of(request).orElse(""));
    }

    private static boolean onItsHost(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object host = session == null ? null : session.getAttribute(HOST);
        return host == null || host.equals(HostFilter.of(request).orElse("")); // null: not signed in by login()
    }

    /** Ends this request's session when its user is signed in but the session is no longer good. */
    public void endIfNoLongerGood(HttpServletRequest request) {
        if (SecurityUtils.getSubject().getPrincipal() instanceof SignedIn user && accounts.current(user).isEmpty()) {
            logout(request);
        }
    }

    /** After a password change: the session goes on under the new credentials, with a new id. */
    public void refresh(HttpServletRequest request, Tenant tenant, SignedIn user, String newPassword) {
        SecurityUtils.getSubject().login(new TenantLoginToken(tenant, user.login(), newPassword, request.getRemoteAddr()));
        request.changeSessionId();
        bindToHost(request);
    }

    /**
     * Signs the user out while the HTTP session goes on: for a session just renewed, whose old
     * session Shiro's logout may still end.
     */
    public void signOut(HttpServletRequest request) {
        SecurityUtils.getSubject().logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(DefaultSubjectContext.PRINCIPALS_SESSION_KEY);
            session.removeAttribute(DefaultSubjectContext.AUTHENTICATED_SESSION_KEY);
        }
    }

    public void logout(HttpServletRequest request) {
        SecurityUtils.getSubject().logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // logout above may have invalidated it
            }
        }
    }
}
