package io.invoiceportal.core.account;

import io.invoiceportal.core.audit.Actions;
import io.invoiceportal.core.audit.AuditDao;
import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.Hashes;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.outbox.Outbox;
import io.invoiceportal.core.outbox.OutboxKind;
import io.invoiceportal.core.session.SessionService;
import io.invoiceportal.core.tenant.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The customer's account journey: activation, login (throttled), password change, forgotten
 * password and reset. Messages in field errors are keys ({@code password.tooShort}) the UI and
 * the API translate.
 */
public class AccountService {
    /** Failures of one login name before the delay starts; then 5 s, 10 s, 20 s ... up to 15 minutes. */
    static final int LOGIN_FREE_FAILURES = 3;
    /** Failures from one client address before its delay starts (many users may share an address). */
    static final int ADDRESS_FREE_FAILURES = 20;
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final String dummyHash;

    public AccountService(Jdbi jdbi, PasswordHasher hasher, PasswordPolicy policy, Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.policy = policy;
        this.clock = clock;
        this.dummyHash = hasher.hash(Hashes.randomSecret(16));
    }

    /** What the token of an activation or reset link is worth, and whose it is. */
    public TokenCheck checkToken(Tenant tenant, String token, TokenPurpose purpose) {
        return jdbi.withHandle(h -> tokenCheck(h, tenant, token, purpose).check());
    }

    /** Sets the first password through an activation link; the account is then active. */
    public void activate(Tenant tenant, String token, String password, String confirmation) {
        activate(tenant, token, password, confirmation, Origin.UNKNOWN);
    }

    /** {@link #activate(Tenant, String, String, String)} from {@code origin}, for the activity trail. */
    public void activate(Tenant tenant, String token, String password, String confirmation, Origin origin) {
        setPasswordWithToken(tenant, token, TokenPurpose.ACTIVATION, password, confirmation, Actions.ACTIVATED, origin);
    }

    /** Sets a new password through a reset link; other sessions of the account end. */
    public void resetPassword(Tenant tenant, String token, String password, String confirmation) {
        resetPassword(tenant, token, password, confirmation, Origin.UNKNOWN);
    }

    /** {@link #resetPassword(Tenant, String, String, String)} from {@code origin}, for the activity trail. */
    public void resetPassword(Tenant tenant, String token, String password, String confirmation, Origin origin) {
        setPasswordWithToken(tenant, token, TokenPurpose.PASSWORD_RESET, password, confirmation, Actions.PASSWORD_RESET,
                origin);
    }

    /** The key that says why a link's token cannot be used. */
    private static MessageKey problem(TokenCheck.Status status) {
        return switch (status) {
            case USED -> MessageKey.TOKEN_USED;
            case EXPIRED -> MessageKey.TOKEN_EXPIRED;
            case UNKNOWN, VALID -> MessageKey.TOKEN_UNKNOWN;
        };
    }

    private void setPasswordWithToken(Tenant tenant, String token, TokenPurpose purpose, String password,
            String confirmation, String auditAction, Origin origin) {
        jdbi.useTransaction(h -> {
            Found found = tokenCheck(h, tenant, token, purpose);
            if (!found.check().valid()) {
                throw ValidationException.of("token", problem(found.check().status()));
            }
            policy.requireValid(password, confirmation, found.check().login(), tenant.name(), "password", "passwordConfirmation");
            AccountDao dao = h.attach(AccountDao.class);
            if (dao.useToken(tenant.id(), found.token().id()) == 0) {
                throw ValidationException.of("token", MessageKey.TOKEN_USED);
            }
            dao.voidTokens(tenant.id(), found.token().accountId(), purpose.dbValue());
            dao.setPassword(tenant.id(), found.token().accountId(), hasher.hash(password));
            if (purpose == TokenPurpose.PASSWORD_RESET) {
                SessionService.endAll(h, tenant.id(), found.token().accountId(), -1, SessionService.PASSWORD,
                        Origin.SYSTEM_ORIGIN, clock.instant());
            }
            Long customerId = dao.findById(tenant.id(), found.token().accountId())
                    .map(AccountDao.AccountRow::customerId).orElse(null);
            h.attach(AuditDao.class).record(tenant.id(), customerId, Actions.customer(found.check().login()), auditAction,
                    found.check().login(), null, origin);
        });
    }

    /** Checks a login; failures are counted per login name and per client address. */
    public LoginResult authenticate(Tenant tenant, String login, String password, String clientAddress) {
        return authenticate(tenant, login, password, new Origin(clientAddress, null, null));
    }

    /**
     * Checks a login from {@code origin} (its IP is the client address the throttle counts); a
     * failure, throttled or not, is recorded as {@code account.sign-in-failed} (in the trail of the
     * login's customer when the login is known). A success is recorded by whoever signs the user in.
     */
    public LoginResult authenticate(Tenant tenant, String login, String password, Origin origin) {
        String loginKey = loginKey(login);
        String addressKey = addressKey(origin.ip());
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            AccountDao dao = h.attach(AccountDao.class);
            Duration wait = max(waitFor(dao.throttle(tenant.id(), loginKey), LOGIN_FREE_FAILURES, now),
                    waitFor(dao.throttle(tenant.id(), addressKey), ADDRESS_FREE_FAILURES, now));
            Optional<AccountDao.AccountRow> account = login == null ? Optional.empty()
                    : dao.findByLogin(tenant.id(), login.strip());
            if (!wait.isZero()) {
                failed(h, tenant, login, account, "throttled", origin);
                return new LoginResult.Throttled(wait);
            }
            String hash = account.map(AccountDao.AccountRow::passwordHash).orElse(null);
            boolean ok = hasher.matches(password == null ? "" : password, hash != null ? hash : dummyHash)
                    && hash != null && account.get().state() == AccountState.ACTIVE;
            if (!ok) {
                dao.recordFailure(tenant.id(), loginKey, now);
                dao.recordFailure(tenant.id(), addressKey, now);
                failed(h, tenant, login, account, "password", origin);
                return new LoginResult.Failed();
            }
            dao.clearThrottle(tenant.id(), loginKey);
            return new LoginResult.Success(signedIn(tenant, account.get()));
        });
    }

    /** Longest attempted login name kept in the trail of a failed sign-in with an unknown login. */
    private static final int MAX_AUDITED_LOGIN = 100;

    private static void failed(Handle h, Tenant tenant, String login, Optional<AccountDao.AccountRow> account,
            String reason, Origin origin) {
        String detail = Json.write(Map.of("reason", reason));
        if (account.isPresent()) {
            h.attach(AuditDao.class).record(tenant.id(), account.get().customerId(), Actions.customer(account.get().login()),
                    Actions.SIGN_IN_FAILED, account.get().login(), detail, origin);
        } else {
            String tried = login == null ? null : login.strip();
            if (tried != null && tried.length() > MAX_AUDITED_LOGIN) {
                tried = tried.substring(0, MAX_AUDITED_LOGIN);
            }
            h.attach(AuditDao.class).record(tenant.id(), null, "anonymous", Actions.SIGN_IN_FAILED, tried, detail, origin);
        }
    }

    /** Changes the password of a signed-in user; returns the user with the new credentials version. */
    public SignedIn changePassword(Tenant tenant, SignedIn user, String current, String password, String confirmation) {
        return changePassword(tenant, user, current, password, confirmation, Origin.UNKNOWN);
    }

    /** {@link #changePassword(Tenant, SignedIn, String, String, String)} from {@code origin}, for the activity trail. */
    public SignedIn changePassword(Tenant tenant, SignedIn user, String current, String password, String confirmation,
            Origin origin) {
        return changePassword(tenant, user, current, password, confirmation, origin, null);
    }

    /**
     * As above; in the same transaction the session of {@code keep} (the one changing it, may be
     * null) goes on under the new credentials and the account's other sessions end, so no request of
     * the changing session in between finds it ended.
     */
    public SignedIn changePassword(Tenant tenant, SignedIn user, String current, String password, String confirmation,
            Origin origin, SessionService.Key keep) {
        requireSameTenant(tenant, user);
        return jdbi.inTransaction(h -> {
            AccountDao dao = h.attach(AccountDao.class);
            AccountDao.AccountRow account = requireCurrentPassword(h, tenant, user, current);
            policy.requireValid(password, confirmation, account.login(), tenant.name(), "newPassword", "newPasswordConfirmation");
            dao.setPassword(tenant.id(), account.id(), hasher.hash(password));
            h.attach(AuditDao.class).record(tenant.id(), account.customerId(), Actions.customer(account.login()),
                    Actions.PASSWORD_CHANGED, account.login(), null, origin);
            SignedIn changed = signedIn(tenant, dao.findById(tenant.id(), account.id()).orElseThrow());
            SessionService.keepAfterChange(h, changed, keep, SessionService.PASSWORD, origin, clock.instant());
            return changed;
        });
    }

    /**
     * Re-authentication before a security change (password, MFA, passkeys): {@code currentPassword}
     * must be the account's password, else a 422 on that field. Wrong passwords are throttled as
     * sign-ins are: they count against the login name (in their own transaction, so that the
     * caller's rollback keeps them), and while the login must wait no password is checked: the field
     * says how many seconds are left. Runs in the caller's transaction; returns the account.
     */
    public AccountDao.AccountRow requireCurrentPassword(Handle handle, Tenant tenant, SignedIn user,
            String currentPassword) {
        requireSameTenant(tenant, user);
        AccountDao dao = handle.attach(AccountDao.class);
        AccountDao.AccountRow account = dao.findById(tenant.id(), user.accountId())
                .orElseThrow(() -> ValidationException.of("currentPassword", MessageKey.PASSWORD_WRONG_CURRENT));
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw ValidationException.of("currentPassword", MessageKey.FIELD_REQUIRED);
        }
        Instant now = clock.instant();
        Duration wait = waitFor(dao.throttle(tenant.id(), loginKey(account.login())), LOGIN_FREE_FAILURES, now);
        if (!wait.isZero()) {
            throw new ValidationException(List.of(new FieldError("currentPassword", MessageKey.PASSWORD_CHECK_THROTTLED,
                    String.valueOf(Math.max(1, wait.toSeconds())))));
        }
        if (account.passwordHash() == null || !hasher.matches(currentPassword, account.passwordHash())) {
            try (Handle own = jdbi.open()) { // its own connection: jdbi.useHandle would join the caller's transaction
                own.attach(AccountDao.class).recordFailure(tenant.id(), loginKey(account.login()), now);
            }
            throw ValidationException.of("currentPassword", MessageKey.PASSWORD_WRONG_CURRENT);
        }
        return account;
    }

    /**
     * How long a second-factor code of {@code login} from {@code clientAddress} must wait: codes are
     * throttled as passwords are, with the same delays, counted per login under their own key
     * (a right password does not reset the code count) and per address together with passwords.
     */
    public Duration codeWait(Handle handle, Tenant tenant, String login, String clientAddress) {
        AccountDao dao = handle.attach(AccountDao.class);
        Instant now = clock.instant();
        return max(waitFor(dao.throttle(tenant.id(), codeKey(login)), LOGIN_FREE_FAILURES, now),
                waitFor(dao.throttle(tenant.id(), "address:" + clientAddress), ADDRESS_FREE_FAILURES, now));
    }

    /** Counts a wrong second-factor code, per login and per address. */
    public void codeFailed(Handle handle, Tenant tenant, String login, String clientAddress) {
        AccountDao dao = handle.attach(AccountDao.class);
        dao.recordFailure(tenant.id(), codeKey(login), clock.instant());
        dao.recordFailure(tenant.id(), "address:" + clientAddress, clock.instant());
    }

    /** After a right code: the login's code and password counts start again. */
    public void codeSucceeded(Handle handle, Tenant tenant, String login) {
        AccountDao dao = handle.attach(AccountDao.class);
        dao.clearThrottle(tenant.id(), codeKey(login));
        dao.clearThrottle(tenant.id(), "login:" + login.strip().toLowerCase(Locale.ROOT));
    }

    private static String codeKey(String login) {
        return "code:" + login.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Queues a reset e-mail when login and e-mail address belong together; otherwise does nothing.
     * The caller answers the same either way. At most 3 reset mails per account per hour.
     */
    public void requestPasswordReset(Tenant tenant, String login, String email) {
        if (login == null || email == null || login.isBlank() || email.isBlank()) {
            return;
        }
        jdbi.useTransaction(h -> {
            AccountDao dao = h.attach(AccountDao.class);
            Optional<AccountDao.AccountRow> account = dao.findByLogin(tenant.id(), login.strip())
                    .filter(a -> a.email().equalsIgnoreCase(email.strip()));
            if (account.isEmpty()) {
                return;
            }
            AccountDao.AccountRow a = account.get();
            if (dao.recentResetRequests(tenant.id(), a.customerId(), clock.instant().minus(Duration.ofHours(1))) >= 3) {
                return;
            }
            Outbox.enqueue(h, tenant.id(), OutboxKind.PASSWORD_RESET, a.customerId(), null, a.deliveryChannel());
            h.attach(AuditDao.class).record(tenant.id(), "customer:" + a.login(), "account.reset-requested", a.login(), null);
        });
    }

    /** Whether a session opened as {@code user} is still good: same credentials, account active. */
    public boolean isCurrent(SignedIn user) {
        return current(user).isPresent();
    }

    /**
     * The session's user as stored now (language and company name may have changed since login),
     * or empty when the session is no longer good: other credentials, or the account inactive.
     */
    public Optional<SignedIn> current(SignedIn user) {
        return jdbi.withExtension(AccountDao.class, dao -> dao.findById(user.tenantId(), user.accountId()))
                .filter(a -> a.state() == AccountState.ACTIVE && a.credentialsVersion() == user.credentialsVersion())
                .map(a -> new SignedIn(user.tenantId(), user.tenantSlug(), a.id(), a.customerId(), a.customerNumber(),
                        a.login(), a.companyName(), a.language(), a.credentialsVersion()));
    }

    /**
     * The customer's account as a signed-in user, for a hand-over the caller has checked (a portal
     * session, a partner's token); empty unless the account is active. Runs in the caller's transaction.
     */
    public Optional<SignedIn> activeAccount(Handle handle, Tenant tenant, long customerId) {
        return handle.attach(AccountDao.class).findByCustomer(tenant.id(), customerId)
                .filter(a -> a.state() == AccountState.ACTIVE).map(a -> signedIn(tenant, a));
    }

    /**
     * Makes a new token for the account, voiding its older unused ones of the same purpose; only
     * the hash is stored. Runs in the caller's transaction.
     */
    public String mintToken(Handle handle, long tenantId, long accountId, TokenPurpose purpose) {
        handle.attach(AccountDao.class).voidTokens(tenantId, accountId, purpose.dbValue());
        return insertToken(handle, tenantId, accountId, purpose, null);
    }

    /**
     * Makes a new token for one delivery attempt of an outbox row, in the caller's transaction
     * (committed before the mail is handed over). Tokens of older rows are voided; those of
     * earlier attempts of the same row stay valid, so every copy of a mail sent twice works, until
     * one of them is used.
     */
    public String mintToken(Handle handle, long tenantId, long accountId, TokenPurpose purpose, long outboxId) {
        handle.attach(AccountDao.class).voidTokensBefore(tenantId, accountId, purpose.dbValue(), outboxId);
        return insertToken(handle, tenantId, accountId, purpose, outboxId);
    }

    private String insertToken(Handle handle, long tenantId, long accountId, TokenPurpose purpose, Long outboxId) {
        String token = Hashes.randomSecret(32);
        handle.attach(AccountDao.class).insertToken(tenantId, accountId, purpose.dbValue(), Hashes.sha256(token),
                clock.instant().plus(purpose.validity()), outboxId);
        return token;
    }

    private record Found(TokenCheck check, AccountDao.TokenRow token) {}

    private Found tokenCheck(Handle h, Tenant tenant, String token, TokenPurpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return new Found(new TokenCheck(TokenCheck.Status.UNKNOWN, null), null);
        }
        AccountDao dao = h.attach(AccountDao.class);
        Optional<AccountDao.TokenRow> row = dao.findToken(tenant.id(), Hashes.sha256(token))
                .filter(t -> t.purpose().equals(purpose.dbValue()));
        if (row.isEmpty()) {
            return new Found(new TokenCheck(TokenCheck.Status.UNKNOWN, null), null);
        }
        String login = dao.findById(tenant.id(), row.get().accountId()).map(AccountDao.AccountRow::login).orElse(null);
        TokenCheck.Status status = row.get().usedAt() != null ? TokenCheck.Status.USED
                : row.get().expiresAt().isBefore(clock.instant()) ? TokenCheck.Status.EXPIRED : TokenCheck.Status.VALID;
        return new Found(new TokenCheck(status, status == TokenCheck.Status.VALID ? login : null), row.get());
    }

    /** The throttle key of one login name: its failures count together, whatever way in they came. */
    public static String loginKey(String login) {
        return "login:" + (login == null ? "" : login.strip().toLowerCase(Locale.ROOT));
    }

    /** The throttle key of one client address. */
    public static String addressKey(String clientAddress) {
        return "address:" + clientAddress;
    }

    /**
     * How long a sign-in must wait before it may be tried (zero: now), by the failures of the login
     * name ({@code null} when not known) and of the client address; in the caller's transaction.
     */
    public static Duration throttleWait(Handle handle, long tenantId, String login, String clientAddress, Instant now) {
        AccountDao dao = handle.attach(AccountDao.class);
        Duration byAddress = waitFor(dao.throttle(tenantId, addressKey(clientAddress)), ADDRESS_FREE_FAILURES, now);
        return login == null ? byAddress
                : max(waitFor(dao.throttle(tenantId, loginKey(login)), LOGIN_FREE_FAILURES, now), byAddress);
    }

    /** Counts a failed sign-in against the client address and, when known, the login name. */
    public static void recordFailure(Handle handle, long tenantId, String login, String clientAddress, Instant now) {
        AccountDao dao = handle.attach(AccountDao.class);
        dao.recordFailure(tenantId, addressKey(clientAddress), now);
        if (login != null) {
            dao.recordFailure(tenantId, loginKey(login), now);
        }
    }

    private static Duration waitFor(Optional<AccountDao.ThrottleRow> row, int freeFailures, Instant now) {
        if (row.isEmpty() || row.get().failures() < freeFailures) {
            return Duration.ZERO;
        }
        int over = Math.min(row.get().failures() - freeFailures, 20);
        Duration delay = Duration.ofSeconds(5L << over);
        if (delay.compareTo(MAX_DELAY) > 0) {
            delay = MAX_DELAY;
        }
        Instant allowed = row.get().lastFailureAt().plus(delay);
        return allowed.isAfter(now) ? Duration.between(now, allowed) : Duration.ZERO;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static SignedIn signedIn(Tenant tenant, AccountDao.AccountRow a) {
        return new SignedIn(tenant.id(), tenant.slug(), a.id(), a.customerId(), a.customerNumber(), a.login(),
                a.companyName(), a.language(), a.credentialsVersion());
    }

    private static void requireSameTenant(Tenant tenant, SignedIn user) {
        if (tenant.id() != user.tenantId()) {
            throw new IllegalArgumentException("session of another tenant");
        }
    }
}
