package io.invoiceportal.ui.testing;

import com.vaadin.flow.server.VaadinSession;
import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.LoginResult;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.core.mfa.MfaService;
import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.core.session.SessionService;
import io.invoiceportal.core.session.UserSession;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.session.Sessions;
import java.util.List;
import java.util.Optional;

/**
 * {@link Sessions} for server-side UI tests: the real {@link AccountService} checks passwords and
 * credentials versions, and the signed-in user lives in the VaadinSession where the server keeps
 * Shiro's subject; sessions are registered in the real {@link SessionService}.
 */
public class SessionsInVaadinSession implements Sessions {
    private static final String USER = SessionsInVaadinSession.class.getName() + ".user";
    private static final String KEY = SessionsInVaadinSession.class.getName() + ".key";
    private static final Origin ORIGIN = new Origin("127.0.0.1", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0)"
            + " Gecko/20100101 Firefox/128.0", Origin.UI);

    private final AccountService accounts;
    private final SessionService registry;

    public SessionsInVaadinSession(AccountService accounts, SessionService registry) {
        this.accounts = accounts;
        this.registry = registry;
    }

    private static SessionService.Key key() {
        return (SessionService.Key) VaadinSession.getCurrent().getAttribute(KEY);
    }

    @Override
    public LoginResult login(Tenant tenant, String login, String password) {
        LoginResult result = accounts.authenticate(tenant, login, password, "127.0.0.1");
        if (result instanceof LoginResult.Success success) {
            VaadinSession.getCurrent().setAttribute(USER, success.user());
            VaadinSession.getCurrent().setAttribute(KEY, registry.start(success.user(), "password", false, ORIGIN));
        }
        return result;
    }

    /** These tests sign in with passwords only: no sign-in ever waits for a code here. */
    @Override
    public MfaService.CodeResult secondFactor(Tenant tenant, String code) {
        return new MfaService.CodeResult.NotPending();
    }

    @Override
    public void cancelSecondFactor() {}

    @Override
    public void mfaChanged(Tenant tenant, SignedIn user) {
        VaadinSession.getCurrent().setAttribute(USER, user);
        registry.credentialsChanged(user, key(), SessionService.MFA, ORIGIN);
    }

    @Override
    public Optional<SignedIn> current(Tenant tenant) {
        SignedIn user = (SignedIn) VaadinSession.getCurrent().getAttribute(USER);
        if (user == null) {
            return Optional.empty();
        }
        Optional<SignedIn> fresh = registered().isPresent() ? accounts.current(user) : Optional.empty();
        if (fresh.isEmpty()) {
            logout();
            return Optional.empty();
        }
        return user.tenantId() == tenant.id() ? fresh : Optional.empty();
    }

    @Override
    public void establish(SignedIn user, String method) {
        VaadinSession.getCurrent().setAttribute(USER, user);
    }

    @Override
    public io.invoiceportal.core.audit.Origin origin() {
        return new io.invoiceportal.core.audit.Origin("127.0.0.1", "Karibu", io.invoiceportal.core.audit.Origin.UI);
    }

    @Override
    public SessionService.Key sessionKey() {
        return key();
    }

    @Override
    public void passwordChanged(Tenant tenant, SignedIn user, String newPassword) {
        VaadinSession.getCurrent().setAttribute(USER, user);
        registry.credentialsChanged(user, key(), SessionService.PASSWORD, ORIGIN);
    }

    @Override
    public void logout() {
        if (key() != null) {
            registry.end(key(), SessionService.SIGNED_OUT, ORIGIN);
        }
        VaadinSession.getCurrent().setAttribute(USER, null);
        VaadinSession.getCurrent().setAttribute(KEY, null);
    }

    @Override
    public Optional<UserSession> registered() {
        return key() == null ? Optional.empty() : registry.check(key(), false).session();
    }

    @Override
    public List<UserSession> list(Tenant tenant, SignedIn user) {
        return registry.list(tenant, user, key());
    }

    @Override
    public boolean end(Tenant tenant, SignedIn user, long id) {
        return registry.endOne(tenant, user, id, ORIGIN);
    }

    @Override
    public int endOthers(Tenant tenant, SignedIn user) {
        return registry.endOthers(tenant, user, key(), ORIGIN);
    }
}
