package io.invoiceportal.server.account;

import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.LoginResult;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.audit.Actions;
import io.invoiceportal.core.audit.AuditService;
import io.invoiceportal.core.mfa.MfaService;
import io.invoiceportal.core.session.SessionService;
import io.invoiceportal.core.session.UserSession;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.embed.EmbedSessionHandler;
import io.invoiceportal.server.web.HostFilter;
import io.invoiceportal.server.web.Origins;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.subject.support.DefaultSubjectContext;

/**
 * Login, logout and "who is signed in" for the current request, through Shiro. The session id
 * is renewed at login; a session whose account changed its password elsewhere is ended. A session
 * is bound to the tenant and to the host it signed in on: presented on another host (a copied
 * cookie) it is not signed in there.
 *
 * <p>Every signed-in session is registered in {@link SessionService} ({@code user_session}); its
 * HTTP session keeps only the key. Each request of a signed-in session reads that row (once per
 * request), so a session ended or expired on any node is signed out here too; a request that is a
 * user action ({@link Activity}) moves the session's last-seen time.
 */
public class UserSessions {
    private static final String HOST = UserSessions.class.getName() + ".host";
    /** Session attribute: the {@link SessionService.Key} of the signed-in session. */
    public static final String KEY = UserSessions.class.getName() + ".key";
    /** Request attribute: the verdict on this request's session, read once per request. */
    private static final String VERDICT = UserSessions.class.getName() + ".verdict";
    private static final String PENDING = UserSessions.class.getName() + ".pendingSecondFactor";
    /** How long a sign-in whose password was right waits for its code. */
    static final Duration PENDING_VALIDITY = Duration.ofMinutes(5);
    private final AccountService accounts;
    private final SessionService registry;
    private final MfaService mfa;
    private final AuditService audit;

    public UserSessions(AccountService accounts, SessionService registry, MfaService mfa, AuditService audit) {
        this.accounts = accounts;
        this.registry = registry;
        this.mfa = mfa;
        this.audit = audit;
    }

    /** The register of sessions this works on. */
    public SessionService registry() {
        return registry;
    }

    /** A sign-in whose password was right, waiting in the HTTP session for its second factor; signs nobody in. */
    private record Pending(SignedIn user, Instant expiresAt, String host) implements Serializable {}

    /**
     * Checks login and password. Without a second factor the user is signed in ({@code password});
     * with TOTP on (and the tenant's MFA not off) nothing is signed in: the session remembers the
     * sign-in for 5 minutes and {@link #secondFactor} completes it.
     */
    public LoginResult login(HttpServletRequest request, Tenant tenant, String login, String password) {
        LoginResult result = accounts.authenticate(tenant, login, password, Origins.of(request));
        if (!(result instanceof LoginResult.Success success)) {
            return result;
        }
        List<String> factors = mfa.signInFactors(tenant, success.user().accountId());
        if (factors.isEmpty()) {
            establish(request, success.user(), "password");
            return result;
        }
        if (SecurityUtils.getSubject().getPrincipal() != null) {
            signOut(request); // whoever was signed in here is not any more
        }
        request.getSession(true).setAttribute(PENDING, new Pending(success.user(),
                Instant.now().plus(PENDING_VALIDITY), HostFilter.of(request).orElse("")));
        return new LoginResult.SecondFactorNeeded(factors);
    }

    /**
     * The code step of a pending sign-in: a TOTP code or a recovery code. Right: the user is
     * signed in (new session id) with that method. Wrong or throttled: the sign-in keeps waiting.
     */
    public MfaService.CodeResult secondFactor(HttpServletRequest request, Tenant tenant, String code) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            return new MfaService.CodeResult.NotPending();
        }
        if (pending.user().tenantId() != tenant.id() || !pending.host().equals(HostFilter.of(request).orElse(""))) {
            return new MfaService.CodeResult.NotPending();
        }
        if (pending.expiresAt().isBefore(Instant.now()) || accounts.current(pending.user()).isEmpty()) {
            session.removeAttribute(PENDING);
            return new MfaService.CodeResult.NotPending();
        }
        MfaService.CodeResult result = mfa.verifySignIn(tenant, pending.user(), code, request.getRemoteAddr(),
                Origins.of(request));
        if (result instanceof MfaService.CodeResult.Success success) {
            session.removeAttribute(PENDING);
            establish(request, accounts.current(pending.user()).orElse(pending.user()), success.method());
        }
        return result;
    }

    /** Forgets a sign-in waiting for its code (the login page's "back"). */
    public void cancelSecondFactor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
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
        register(request, user, method);
    }

    /**
     * How long Jetty keeps a signed-in session without requests: past the longest idle timeout a
     * tenant may set (24 hours), after which the register has ended it anyway; so that abandoned
     * sessions leave the node's memory.
     */
    public static final int SIGNED_IN_MAX_INACTIVE_SECONDS = 24 * 60 * 60 + 10 * 60;

    /**
     * Registers the session of this request, just signed in as {@code user} by {@code method}; a
     * session it replaces in the same HTTP session (signing in again) ends. Every way of signing in
     * comes here once, so this records the sign-in ({@code account.signed-in} with its method) in
     * the customer's activity trail.
     */
    public void register(HttpServletRequest request, SignedIn user, String method) {
        audit.record(user, Actions.SIGNED_IN, user.login(), Map.of("method", method), Origins.of(request));
        HttpSession session = request.getSession();
        if (session.getAttribute(KEY) instanceof SessionService.Key old) {
            registry.end(old, SessionService.SIGNED_OUT, Origins.of(request));
        }
        boolean embed = Boolean.TRUE.equals(session.getAttribute(EmbedSessionHandler.EMBEDDED));
        session.setAttribute(KEY, registry.start(user, method, embed, Origins.of(request)));
        session.setMaxInactiveInterval(SIGNED_IN_MAX_INACTIVE_SECONDS);
        request.removeAttribute(VERDICT);
    }

    /** The key of this request's registered session, if it has one. */
    public static Optional<SessionService.Key> key(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(KEY) instanceof SessionService.Key key ? Optional.of(key)
                : Optional.empty();
    }

    /** This request's session as registered, while it is good (read once per request). */
    public Optional<UserSession> registered(HttpServletRequest request) {
        return verdict(request).session();
    }

    private SessionService.Verdict verdict(HttpServletRequest request) {
        if (request.getAttribute(VERDICT) instanceof SessionService.Verdict cached) {
            return cached;
        }
        SessionService.Verdict verdict = key(request)
                .map(key -> registry.check(key, Activity.isUserAction(request)))
                .orElseGet(() -> new SessionService.Verdict(Optional.empty(), null));
        request.setAttribute(VERDICT, verdict);
        return verdict;
    }

    /** Ends the registered sessions of these keys (HTTP sessions a hand-over replaced). */
    public void ended(HttpServletRequest request, Collection<Object> keys) {
        for (Object key : keys) {
            if (key instanceof SessionService.Key k) {
                registry.end(k, SessionService.SIGNED_OUT, Origins.of(request));
            }
        }
    }

    /** The signed-in user of this request's session for {@code tenant}, if the session is still good. */
    public Optional<SignedIn> current(HttpServletRequest request, Tenant tenant) {
        Subject subject = SecurityUtils.getSubject();
        if (!(subject.getPrincipal() instanceof SignedIn user)) {
            return Optional.empty();
        }
        Optional<SignedIn> fresh = verdict(request).open() ? accounts.current(user) : Optional.empty();
        if (fresh.isEmpty()) {
            drop(request);
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
        if (SecurityUtils.getSubject().getPrincipal() instanceof SignedIn user
                && (!verdict(request).open() || accounts.current(user).isEmpty())) {
            drop(request);
        }
    }

    /**
     * After a password change: the session goes on under the new credentials, with a new id; the
     * account's other sessions end ({@code password}).
     */
    public void refresh(HttpServletRequest request, Tenant tenant, SignedIn user, String newPassword) {
        SecurityUtils.getSubject().login(new TenantLoginToken(tenant, user.login(), newPassword, Origins.of(request)));
        request.changeSessionId();
        bindToHost(request);
        registry.credentialsChanged(user, key(request).orElse(null), SessionService.PASSWORD, Origins.of(request));
        request.removeAttribute(VERDICT);
    }

    /**
     * After another change of the account's credentials ({@code reason}: {@code mfa}; the caller
     * bumped the credentials version, {@code changed} carries the new one): this session goes on
     * under them with a new id, the account's other sessions end at once, on every node.
     */
    public void credentialsChanged(HttpServletRequest request, SignedIn changed, String reason) {
        SecurityUtils.getSubject().login(new HandOverToken(changed));
        request.changeSessionId();
        bindToHost(request);
        registry.credentialsChanged(changed, key(request).orElse(null), reason, Origins.of(request));
        request.removeAttribute(VERDICT);
    }

    /**
     * Signs the user out while the HTTP session goes on: for a session just renewed, whose old
     * session Shiro's logout may still end.
     */
    public void signOut(HttpServletRequest request) {
        key(request).ifPresent(key -> registry.end(key, SessionService.SIGNED_OUT, Origins.of(request)));
        SecurityUtils.getSubject().logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(DefaultSubjectContext.PRINCIPALS_SESSION_KEY);
            session.removeAttribute(DefaultSubjectContext.AUTHENTICATED_SESSION_KEY);
            session.removeAttribute(KEY);
        }
        request.removeAttribute(VERDICT);
    }

    /** The user signs out: the session ends ({@code signed-out}). */
    public void logout(HttpServletRequest request) {
        key(request).ifPresent(key -> registry.end(key, SessionService.SIGNED_OUT, Origins.of(request)));
        drop(request);
    }

    /** Ends this request's HTTP session (its registered session has ended already, or never began). */
    public void drop(HttpServletRequest request) {
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
