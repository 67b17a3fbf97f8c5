package io.invoiceportal.core.mfa;

import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.audit.AuditDao;
import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.core.common.ConflictException;
import io.invoiceportal.core.common.Hashes;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.passkey.PasskeyDao;
import io.invoiceportal.core.tenant.Tenant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The second factor of a customer account: TOTP enrolment (begun after re-authentication,
 * active once confirmed with a code), recovery codes (10, shown once, stored hashed, single use),
 * removal, and the code step of a sign-in. Every change ends the account's other sessions (the
 * credentials version goes up) and is audited in its transaction. The tenant's
 * {@code security.mfa} decides: {@code off} offers and asks nothing (enrolments are kept, unused),
 * {@code optional} lets customers enrol, {@code required} makes them enrol before anything else.
 */
public class MfaService {
    public static final String TOTP = "totp";
    public static final String RECOVERY_CODE = "recovery-code";
    /** The factor of an account whose only second factor is a passkey: it signs in with the passkey. */
    public static final String PASSKEY = "passkey";
    /** How long an enrolment may wait for its confirming code. */
    static final Duration ENROLMENT_VALIDITY = Duration.ofMinutes(15);
    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final AccountService accounts;
    private final SecretBox box;
    private final Clock clock;

    public MfaService(Jdbi jdbi, AccountService accounts, SecretBox box, Clock clock) {
        this.jdbi = jdbi;
        this.accounts = accounts;
        this.box = box;
        this.clock = clock;
    }

    /**
     * Whether the account has a second factor other than TOTP: a passkey. It counts for
     * {@code required} and lets TOTP be removed under {@code required}. In the caller's transaction.
     */
    public static boolean hasOtherFactor(Handle h, long tenantId, long accountId) {
        return h.attach(PasskeyDao.class).any(tenantId, accountId);
    }

    /** What the profile shows. {@code totp}: {@code off}, {@code pending} or {@code active}. */
    public record State(String mode, String totp, Instant totpSince, int recoveryCodesLeft, boolean otherFactor,
            boolean enrolmentRequired) {}

    /** A begun enrolment: the Base32 secret and the otpauth URI for the QR code. */
    public record Enrolment(String secret, String otpauthUri, Instant expiresAt) {}

    /** A change that ended the other sessions: the user with the new credentials version; new recovery codes, if any. */
    public record Changed(SignedIn user, List<String> recoveryCodes) {}

    /** The outcome of a sign-in's code step. */
    public sealed interface CodeResult {
        record Success(String method) implements CodeResult {}

        record Failed() implements CodeResult {}

        record Throttled(Duration retryAfter) implements CodeResult {}

        /** No sign-in waits for a code in this session (none begun, expired, or another tenant's). */
        record NotPending() implements CodeResult {}
    }

    public State state(Tenant tenant, SignedIn user) {
        requireSameTenant(tenant, user);
        return jdbi.inTransaction(h -> {
            MfaDao dao = h.attach(MfaDao.class);
            Optional<MfaDao.TotpRow> row = dao.findTotp(tenant.id(), user.accountId());
            String totp = row.isEmpty() ? "off" : row.get().confirmedAt() != null ? "active"
                    : pendingValid(row.get()) ? "pending" : "off";
            boolean other = hasOtherFactor(h, tenant.id(), user.accountId());
            boolean active = "active".equals(totp);
            return new State(tenant.security().mfa(), totp, active ? row.get().confirmedAt() : null,
                    active ? dao.recoveryCodesLeft(tenant.id(), user.accountId()) : 0, other,
                    Tenant.Security.MFA_REQUIRED.equals(tenant.security().mfa()) && !active && !other);
        });
    }

    /** Whether the tenant requires a second factor and this account has none yet. */
    public boolean enrolmentRequired(Tenant tenant, SignedIn user) {
        if (!Tenant.Security.MFA_REQUIRED.equals(tenant.security().mfa())) {
            return false;
        }
        return jdbi.inTransaction(h -> !hasSecondFactor(h, tenant.id(), user.accountId()));
    }

    /** Whether the account has an active second factor (TOTP or another); in the caller's transaction. */
    public boolean hasSecondFactor(Handle h, long tenantId, long accountId) {
        return totpActive(h, tenantId, accountId) || hasOtherFactor(h, tenantId, accountId);
    }

    /**
     * The factors a password sign-in must complete with: TOTP and recovery codes when TOTP is on;
     * under {@code required}, for an account whose only second factor is a passkey, {@code passkey}
     * (a password alone is one factor: the customer signs in with the passkey, which is both); else none.
     */
    public List<String> signInFactors(Tenant tenant, long accountId) {
        if (Tenant.Security.MFA_OFF.equals(tenant.security().mfa())) {
            return List.of();
        }
        boolean required = Tenant.Security.MFA_REQUIRED.equals(tenant.security().mfa());
        return jdbi.inTransaction(h -> totpActive(h, tenant.id(), accountId) ? List.of(TOTP, RECOVERY_CODE)
                : required && hasOtherFactor(h, tenant.id(), accountId) ? List.of(PASSKEY) : List.of());
    }

    /**
     * Begins (or begins again) a TOTP enrolment after re-authentication: a new random 160-bit
     * secret, stored encrypted, not active until {@link #confirmTotp}.
     */
    public Enrolment beginTotp(Tenant tenant, SignedIn user, String currentPassword) {
        requireSameTenant(tenant, user);
        requireOffered(tenant);
        return jdbi.inTransaction(h -> {
            accounts.requireCurrentPassword(h, tenant, user, currentPassword);
            byte[] secret = new byte[20];
            RANDOM.nextBytes(secret);
            if (h.attach(MfaDao.class).beginTotp(tenant.id(), user.accountId(), box.seal(secret, tenant.id(),
                    user.accountId())) == 0) {
                throw new ConflictException("Two-step verification is on already; remove it first");
            }
            String base32 = Totp.base32(secret);
            return new Enrolment(base32, otpauthUri(tenant.displayName(), user.login(), base32),
                    clock.instant().plus(ENROLMENT_VALIDITY));
        });
    }

    /**
     * Confirms the pending enrolment with a code from the app: TOTP is then active, 10 new
     * recovery codes are made (returned this once) and the account's other sessions end.
     */
    public Changed confirmTotp(Tenant tenant, SignedIn user, String code, Origin origin) {
        requireSameTenant(tenant, user);
        requireOffered(tenant);
        String clean = requireCodeFormat(code);
        return jdbi.inTransaction(h -> {
            MfaDao dao = h.attach(MfaDao.class);
            MfaDao.TotpRow row = dao.findTotp(tenant.id(), user.accountId())
                    .orElseThrow(() -> new ConflictException("No enrolment is pending; begin one first", "code"));
            if (row.confirmedAt() != null) {
                throw new ConflictException("Two-step verification is on already", "code");
            }
            if (!pendingValid(row)) {
                throw new ConflictException("The enrolment has expired; begin again", "code");
            }
            byte[] secret = box.open(row.secret(), tenant.id(), user.accountId());
            OptionalLong step = Totp.match(secret, clean, clock.instant(), Long.MIN_VALUE);
            if (step.isEmpty()) {
                throw ValidationException.of("code", MessageKey.CODE_WRONG);
            }
            if (dao.confirmTotp(tenant.id(), user.accountId(), step.getAsLong()) == 0) {
                throw new ConflictException("Two-step verification is on already", "code");
            }
            List<String> codes = newRecoveryCodes(dao, tenant, user);
            AuditDao audit = h.attach(AuditDao.class);
            audit.record(tenant.id(), user.customerId(), actor(user), "mfa.totp-enabled", user.login(), null, origin);
            audit.record(tenant.id(), user.customerId(), actor(user), "mfa.recovery-codes-created", user.login(),
                    "{\"count\": " + codes.size() + "}", origin);
            return new Changed(bumped(dao, user), codes);
        });
    }

    /** Removes TOTP and its recovery codes after re-authentication; the account's other sessions end. */
    public Changed removeTotp(Tenant tenant, SignedIn user, String currentPassword, Origin origin) {
        requireSameTenant(tenant, user);
        return jdbi.inTransaction(h -> {
            accounts.requireCurrentPassword(h, tenant, user, currentPassword);
            MfaDao dao = h.attach(MfaDao.class);
            if (!totpActive(h, tenant.id(), user.accountId())) {
                throw new ConflictException("Two-step verification with an app is not on");
            }
            if (Tenant.Security.MFA_REQUIRED.equals(tenant.security().mfa())
                    && !hasOtherFactor(h, tenant.id(), user.accountId())) {
                throw new ConflictException("This portal requires two-step verification: add a passkey before"
                        + " removing the app");
            }
            dao.deleteTotp(tenant.id(), user.accountId());
            dao.deleteRecoveryCodes(tenant.id(), user.accountId());
            h.attach(AuditDao.class).record(tenant.id(), user.customerId(), actor(user), "mfa.totp-disabled",
                    user.login(), null, origin);
            return new Changed(bumped(dao, user), List.of());
        });
    }

    /** 10 new recovery codes after re-authentication, voiding the old ones; the account's other sessions end. */
    public Changed regenerateRecoveryCodes(Tenant tenant, SignedIn user, String currentPassword, Origin origin) {
        requireSameTenant(tenant, user);
        requireOffered(tenant);
        return jdbi.inTransaction(h -> {
            accounts.requireCurrentPassword(h, tenant, user, currentPassword);
            MfaDao dao = h.attach(MfaDao.class);
            if (!totpActive(h, tenant.id(), user.accountId())) {
                throw new ConflictException("Recovery codes belong to two-step verification with an app, which is not on");
            }
            List<String> codes = newRecoveryCodes(dao, tenant, user);
            h.attach(AuditDao.class).record(tenant.id(), user.customerId(), actor(user), "mfa.recovery-codes-created",
                    user.login(), "{\"count\": " + codes.size() + "}", origin);
            return new Changed(bumped(dao, user), codes);
        });
    }

    /**
     * The code step of a sign-in whose password was right: a 6-digit TOTP code (each time step
     * once) or an unused recovery code (then used up). Wrong codes are throttled as passwords are
     * and audited as {@code account.sign-in-failed} with reason {@code code}.
     */
    public CodeResult verifySignIn(Tenant tenant, SignedIn user, String code, String clientAddress, Origin origin) {
        requireSameTenant(tenant, user);
        return jdbi.inTransaction(h -> {
            AuditDao audit = h.attach(AuditDao.class);
            Duration wait = accounts.codeWait(h, tenant, user.login(), clientAddress);
            if (!wait.isZero()) {
                audit.record(tenant.id(), user.customerId(), actor(user), "account.sign-in-failed", user.login(),
                        "{\"reason\": \"throttled\"}", origin);
                return new CodeResult.Throttled(wait);
            }
            MfaDao dao = h.attach(MfaDao.class);
            Optional<MfaDao.TotpRow> row = dao.findTotp(tenant.id(), user.accountId()).filter(r -> r.confirmedAt() != null);
            String method = null;
            String clean = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
            if (row.isPresent() && clean.matches("[0-9]{6}")) {
                byte[] secret = box.open(row.get().secret(), tenant.id(), user.accountId());
                long after = row.get().lastStep() == null ? Long.MIN_VALUE : row.get().lastStep();
                OptionalLong step = Totp.match(secret, clean, clock.instant(), after);
                if (step.isPresent() && dao.useStep(tenant.id(), user.accountId(), step.getAsLong()) == 1) {
                    method = TOTP;
                }
            } else if (row.isPresent() && clean.length() == 12
                    && dao.useRecoveryCode(tenant.id(), user.accountId(), recoveryHash(user, clean)) == 1) {
                method = RECOVERY_CODE;
                audit.record(tenant.id(), user.customerId(), actor(user), "mfa.recovery-code-used", user.login(),
                        "{\"left\": " + dao.recoveryCodesLeft(tenant.id(), user.accountId()) + "}", origin);
            }
            if (method == null) {
                accounts.codeFailed(h, tenant, user.login(), clientAddress);
                audit.record(tenant.id(), user.customerId(), actor(user), "account.sign-in-failed", user.login(),
                        "{\"reason\": \"code\"}", origin);
                return new CodeResult.Failed();
            }
            accounts.codeSucceeded(h, tenant, user.login());
            return new CodeResult.Success(method);
        });
    }

    /** {@code otpauth://totp/{issuer}:{login}?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30}. */
    static String otpauthUri(String issuer, String login, String secret) {
        String label = encode(issuer.replace(":", "")) + ":" + encode(login);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer.replace(":", ""))
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A code from the app: 6 digits (spaces allowed), else 422 on {@code code}. */
    private static String requireCodeFormat(String code) {
        if (code == null || code.isBlank()) {
            throw ValidationException.of("code", MessageKey.FIELD_REQUIRED);
        }
        String clean = code.replaceAll("\\s", "");
        if (!clean.matches("[0-9]{" + Totp.DIGITS + "}")) {
            throw ValidationException.of("code", MessageKey.CODE_FORMAT);
        }
        return clean;
    }

    private static void requireOffered(Tenant tenant) {
        if (Tenant.Security.MFA_OFF.equals(tenant.security().mfa())) {
            throw new ConflictException("Two-step verification is off in this portal");
        }
    }

    private boolean pendingValid(MfaDao.TotpRow row) {
        return row.createdAt().plus(ENROLMENT_VALIDITY).isAfter(clock.instant());
    }

    private static boolean totpActive(Handle h, long tenantId, long accountId) {
        return h.attach(MfaDao.class).findTotp(tenantId, accountId).filter(r -> r.confirmedAt() != null).isPresent();
    }

    private static List<String> newRecoveryCodes(MfaDao dao, Tenant tenant, SignedIn user) {
        List<String> codes = new ArrayList<>();
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 12; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8));
            hashes.add(recoveryHash(user, code.toString()));
        }
        dao.deleteRecoveryCodes(tenant.id(), user.accountId());
        dao.insertRecoveryCodes(tenant.id(), user.accountId(), hashes);
        return codes;
    }

    /** SHA-256 of the account and the code without dashes, in lower case (12 of 31 characters: 59 random bits). */
    private static byte[] recoveryHash(SignedIn user, String cleanCode) {
        return Hashes.sha256("recovery:" + user.tenantId() + ":" + user.accountId() + ":" + cleanCode);
    }

    private static SignedIn bumped(MfaDao dao, SignedIn u) {
        int version = dao.bumpCredentials(u.tenantId(), u.accountId());
        return new SignedIn(u.tenantId(), u.tenantSlug(), u.accountId(), u.customerId(), u.customerNumber(), u.login(),
                u.companyName(), u.language(), version);
    }

    private static String actor(SignedIn user) {
        return "customer:" + user.login();
    }

    private static void requireSameTenant(Tenant tenant, SignedIn user) {
        if (tenant.id() != user.tenantId()) {
            throw new IllegalArgumentException("session of another tenant");
        }
    }
}
