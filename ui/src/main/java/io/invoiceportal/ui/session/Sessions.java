package io.invoiceportal.ui.session;

import io.invoiceportal.core.account.LoginResult;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.mfa.MfaService;
import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.core.session.SessionService;
import io.invoiceportal.core.session.UserSession;
import io.invoiceportal.core.tenant.Tenant;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in user of the current Vaadin request's HTTP session. The server implements it with
 * Shiro; views only see this interface.
 */
public interface Sessions {

    /**
     * Checks the credentials; on success the session id is renewed and the user is signed in, or,
     * when the account has a second factor, {@link LoginResult.SecondFactorNeeded}: nothing is signed
     * in until {@link #secondFactor} gets a right code.
     */
    LoginResult login(Tenant tenant, String login, String password);

    /** The code step of a sign-in waiting for its second factor (a TOTP code or a recovery code). */
    MfaService.CodeResult secondFactor(Tenant tenant, String code);

    /** Forgets a sign-in waiting for its second factor. */
    void cancelSecondFactor();

    /** After a second-factor change (which ends the other sessions): this session goes on as {@code user}. */
    void mfaChanged(Tenant tenant, SignedIn user);

    /** The user signed in to {@code tenant} in this session, if the session is still good. */
    Optional<SignedIn> current(Tenant tenant);

    /**
     * Signs in {@code user}, whose credentials the caller checked completely (a passkey), under a
     * new session id; {@code method} says how ({@code passkey}).
     */
    void establish(SignedIn user, String method);

    /** Where this request came from, for the audit trail (client address, user agent, ui or embed). */
    Origin origin();

    /**
     * This session's key in the session register, or null when it has none: a password change
     * passes it so that this session goes on in the change's own transaction while the others end.
     */
    SessionService.Key sessionKey();

    /** After a password change: keeps this session signed in under the new credentials. */
    void passwordChanged(Tenant tenant, SignedIn user, String newPassword);

    /**
     * Signs out whoever is signed in (the session ends, recorded as {@code session.ended}, reason
     * {@code signed-out}) under a new session id, while the screen of this request goes on: to send
     * the browser on or show a notice. So a round trip the screen still makes (a poll already on its
     * way) gets an answer, not "session expired", whose reload would cancel that navigation. The
     * session's other screens are closed, so their next click reloads them.
     */
    void logout();

    /**
     * This request's session as registered (when it ends unless used, when it ends anyway), while
     * it is good; read once per request, and not counted as a user action by itself.
     */
    Optional<UserSession> registered();

    /** The user's sessions that are still good, the latest used first, this one marked current. */
    List<UserSession> list(Tenant tenant, SignedIn user);

    /** Ends one of the user's sessions; false when {@code id} is none of them. */
    boolean end(Tenant tenant, SignedIn user, long id);

    /** Ends the user's other sessions; returns how many. */
    int endOthers(Tenant tenant, SignedIn user);
}
