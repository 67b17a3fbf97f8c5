package io.invoiceportal.server.vaadin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import io.invoiceportal.core.account.LoginResult;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.mfa.MfaService;
import io.invoiceportal.core.session.SessionService;
import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.core.session.UserSession;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.account.UserSessions;
import io.invoiceportal.server.web.Origins;
import io.invoiceportal.ui.session.Sessions;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/** {@link Sessions} for views: {@link UserSessions} on the HTTP request Vaadin is handling. */
public class VaadinSessions implements Sessions {
    private final UserSessions sessions;

    public VaadinSessions(UserSessions sessions) {
        this.sessions = sessions;
    }

    private static HttpServletRequest request() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            throw new IllegalStateException("no Vaadin request on this thread");
        }
        return request.getHttpServletRequest();
    }

    @Override
    public LoginResult login(Tenant tenant, String login, String password) {
        return sessions.login(request(), tenant, login, password);
    }

    @Override
    public MfaService.CodeResult secondFactor(Tenant tenant, String code) {
        return sessions.secondFactor(request(), tenant, code);
    }

    @Override
    public void cancelSecondFactor() {
        sessions.cancelSecondFactor(request());
    }

    @Override
    public void mfaChanged(Tenant tenant, SignedIn user) {
        sessions.credentialsChanged(request(), user, SessionService.MFA);
    }

    @Override
    public Optional<SignedIn> current(Tenant tenant) {
        return sessions.current(request(), tenant);
    }

    @Override
    public void establish(SignedIn user, String method) {
        sessions.establish(request(), user, method);
    }

    @Override
    public Origin origin() {
        return Origins.of(request());
    }

    @Override
    public SessionService.Key sessionKey() {
        return UserSessions.key(request()).orElse(null);
    }

    @Override
    public void passwordChanged(Tenant tenant, SignedIn user, String newPassword) {
        sessions.refresh(request(), tenant, user, newPassword);
    }

    /**
     * Vaadin moves its session, with this screen, to a new HTTP session; Shiro then forgets the
     * user, so the ended-sessions filter has nothing to end on this screen's next request.
     */
    @Override
    public void logout() {
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        sessions.signOut(request());
        UI screen = UI.getCurrent();
        List.copyOf(VaadinSession.getCurrent().getUIs()).stream().filter(ui -> ui != screen).forEach(UI::close);
    }

    @Override
    public Optional<UserSession> registered() {
        return sessions.registered(request());
    }

    @Override
    public List<UserSession> list(Tenant tenant, SignedIn user) {
        return sessions.registry().list(tenant, user, UserSessions.key(request()).orElse(null));
    }

    @Override
    public boolean end(Tenant tenant, SignedIn user, long id) {
        HttpServletRequest request = request();
        boolean current = sessions.registered(request).map(s -> s.id() == id).orElse(false);
        boolean ended = sessions.registry().endOne(tenant, user, id, Origins.of(request));
        if (ended && current) {
            sessions.drop(request);
        }
        return ended;
    }

    @Override
    public int endOthers(Tenant tenant, SignedIn user) {
        HttpServletRequest request = request();
        return UserSessions.key(request)
                .map(key -> sessions.registry().endOthers(tenant, user, key, Origins.of(request))).orElse(0);
    }
}
