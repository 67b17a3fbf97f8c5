package io.invoiceportal.ui.testing;

import com.vaadin.flow.server.VaadinSession;
import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.LoginResult;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.mfa.MfaService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.session.Sessions;
import java.util.Optional;

/**
 * {@link Sessions} for server-side UI tests: the real {@link AccountService} checks passwords and
 * credentials versions, and the signed-in user lives in the VaadinSession where the server keeps
 * Shiro's subject.
 */
public class SessionsInVaadinSession implements Sessions {
    private static final String USER = SessionsInVaadinSession.class.getName() + ".user";

    private final AccountService accounts;

    public SessionsInVaadinSession(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public LoginResult login(Tenant tenant, String login, String password) {
        LoginResult result = accounts.authenticate(tenant, login, password, "127.0.0.1");
        if (result instanceof LoginResult.Success success) {
            VaadinSession.getCurrent().setAttribute(USER, success.user());
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
    }

    @Override
    public Optional<SignedIn> current(Tenant tenant) {
        SignedIn user = (SignedIn) VaadinSession.getCurrent().getAttribute(USER);
        if (user == null) {
            return Optional.empty();
        }
        Optional<SignedIn> fresh = accounts.current(user);
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
    public void passwordChanged(Tenant tenant, SignedIn user, String newPassword) {
        VaadinSession.getCurrent().setAttribute(USER, user);
    }

    @Override
    public void signOutKeepingScreen() {
        logout();
    }

    @Override
    public void logout() {
        VaadinSession.getCurrent().setAttribute(USER, null);
    }
}
