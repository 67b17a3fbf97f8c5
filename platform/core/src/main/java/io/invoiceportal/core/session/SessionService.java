package io.invoiceportal.core.session;

import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.audit.AuditDao;
import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.core.common.Hashes;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.tenant.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The register of signed-in sessions ({@code user_session}): every screen, embedded and REST
 * session of a customer is a row, found by the SHA-256 of a random handle its HTTP session keeps.
 * The row is the truth on every node: a session is good while it has not ended, its account is
 * active with the credentials it signed in with, its last user action is within the tenant's idle
 * time and its start within the tenant's absolute time. A session found expired is ended here, with
 * its reason, and {@code session.ended} is audited.
 */
public class SessionService {
    public static final String SIGNED_OUT = "signed-out";
    public static final String ENDED_ELSEWHERE = "ended-elsewhere";
    public static final String IDLE = "idle";
    public static final String ABSOLUTE = "absolute";
    public static final String PASSWORD = "password";
    public static final String MFA = "mfa";

    /** A user action moves a session's last-seen time at most this often (the idle timeout is at least 5 minutes). */
    static final Duration TOUCH_EVERY = Duration.ofSeconds(30);
    /** How long an ended session's row is kept (the trail keeps its end: {@code session.ended}). */
    static final Duration KEEP_ENDED = Duration.ofDays(1);
    /** Past the longest absolute timeout a tenant may set (720 hours). */
    static final Duration KEEP_ANY = Duration.ofDays(31);

    private final Jdbi jdbi;
    private final Clock clock;

    public SessionService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A session's handle (kept in its HTTP session) with the tenant it belongs to. */
    public record Key(long tenantId, String handle) implements java.io.Serializable {
        byte[] hash() {
            return Hashes.sha256(handle);
        }
    }

    /**
     * What a request found: the session's row when it is still good ({@code open}), else why it is
     * not ({@code reason}: one of the end reasons, or null for a handle no row has).
     */
    public record Verdict(Optional<UserSession> session, String reason) {
        public boolean open() {
            return session.isPresent();
        }
    }

    /** Registers a session just signed in; returns its key, for the HTTP session. */
    public Key start(SignedIn user, String method, boolean embed, Origin origin) {
        Key key = new Key(user.tenantId(), Hashes.randomSecret(32));
        jdbi.useHandle(h -> h.attach(UserSessionDao.class).insert(user.tenantId(), key.hash(), user.accountId(),
                user.customerId(), user.credentialsVersion(), method, embed, origin.ip(), origin.userAgent(),
                clock.instant()));
        return key;
    }

    /**
     * Whether the session of {@code key} is still good; an expired one is ended here. A user action
     * ({@code activity}) moves its last-seen time; background traffic (polls, heartbeats) does not.
     */
    public Verdict check(Key key, boolean activity) {
        return jdbi.inTransaction(h -> {
            UserSessionDao dao = h.attach(UserSessionDao.class);
            Optional<UserSessionDao.Row> found = dao.findByHandle(key.tenantId(), key.hash());
            if (found.isEmpty()) {
                return new Verdict(Optional.empty(), null);
            }
            UserSessionDao.Row row = found.get();
            if (row.endedAt() != null) {
                return new Verdict(Optional.empty(), row.endReason());
            }
            Instant now = clock.instant();
            String expired = expiry(row, now);
            if (expired != null) {
                end(h, row, expired, "system", Origin.SYSTEM_ORIGIN, now);
                return new Verdict(Optional.empty(), expired);
            }
            if (activity && !row.lastSeenAt().plus(TOUCH_EVERY).isAfter(now) && dao.touch(row.tenantId(), row.id(), now)) {
                row = dao.findByHandle(key.tenantId(), key.hash()).orElseThrow();
            }
            return new Verdict(Optional.of(UserSession.of(row, true)), null);
        });
    }

    /** Removes the rows of sessions ended over a day ago and of any signed in over 31 days ago; how many. */
    public int purgeOld() {
        Instant now = clock.instant();
        return jdbi.withExtension(UserSessionDao.class, dao -> dao.purge(now.minus(KEEP_ENDED), now.minus(KEEP_ANY)));
    }

    /** Ends the session of {@code key} (signing out); nothing when it has ended already. */
    public void end(Key key, String reason, Origin origin) {
        jdbi.useTransaction(h -> h.attach(UserSessionDao.class).findByHandle(key.tenantId(), key.hash())
                .filter(row -> row.endedAt() == null)
                .ifPresent(row -> end(h, row, reason, actor(row), origin, clock.instant())));
    }

    /**
     * The user's sessions that are still good, the latest used first; {@code current} is marked.
     * Sessions found expired are ended on the way.
     */
    public List<UserSession> list(Tenant tenant, SignedIn user, Key current) {
        requireSameTenant(tenant, user);
        byte[] currentHash = current == null || current.tenantId() != tenant.id() ? null : current.hash();
        return jdbi.inTransaction(h -> {
            List<UserSession> open = new ArrayList<>();
            for (UserSessionDao.Row row : sweep(h, tenant.id(), user.accountId())) {
                open.add(UserSession.of(row, false));
            }
            Optional<Long> currentId = currentHash == null ? Optional.empty()
                    : h.attach(UserSessionDao.class).findByHandle(tenant.id(), currentHash).map(UserSessionDao.Row::id);
            return open.stream().map(s -> currentId.isPresent() && s.id() == currentId.get() ? s.asCurrent() : s).toList();
        });
    }

    /**
     * Ends one of the user's own sessions that is still good ({@code ended-elsewhere}); false when
     * {@code id} is none of them (another customer's, another tenant's, unknown or ended already).
     */
    public boolean endOne(Tenant tenant, SignedIn user, long id, Origin origin) {
        requireSameTenant(tenant, user);
        return jdbi.inTransaction(h -> {
            Optional<UserSessionDao.Row> row = sweep(h, tenant.id(), user.accountId()).stream()
                    .filter(r -> r.id() == id).findFirst();
            row.ifPresent(r -> end(h, r, ENDED_ELSEWHERE, actor(r), origin, clock.instant()));
            return row.isPresent();
        });
    }

    /** Ends the user's other sessions ({@code ended-elsewhere}); {@code current} goes on. Returns how many. */
    public int endOthers(Tenant tenant, SignedIn user, Key current, Origin origin) {
        requireSameTenant(tenant, user);
        return jdbi.inTransaction(h -> {
            Optional<Long> keep = h.attach(UserSessionDao.class).findByHandle(tenant.id(), current.hash())
                    .map(UserSessionDao.Row::id);
            int ended = 0;
            for (UserSessionDao.Row row : sweep(h, tenant.id(), user.accountId())) {
                if (keep.isEmpty() || row.id() != keep.get()) {
                    end(h, row, ENDED_ELSEWHERE, actor(row), origin, clock.instant());
                    ended++;
                }
            }
            return ended;
        });
    }

    /**
     * After the account's credentials changed ({@code reason}: {@code password}, {@code mfa}): the
     * session of {@code current} goes on under {@code changed}'s credentials version, every other
     * session of the account ends.
     */
    public void credentialsChanged(SignedIn changed, Key current, String reason, Origin origin) {
        jdbi.useTransaction(h -> {
            UserSessionDao dao = h.attach(UserSessionDao.class);
            Optional<Long> keep = current == null || current.tenantId() != changed.tenantId() ? Optional.empty()
                    : dao.findByHandle(changed.tenantId(), current.hash()).map(UserSessionDao.Row::id);
            keep.ifPresent(id -> dao.renew(changed.tenantId(), id, changed.credentialsVersion()));
            endAll(h, changed.tenantId(), changed.accountId(), keep.orElse(-1L), reason, origin, clock.instant());
        });
    }

    /**
     * In the caller's transaction: ends every open session of the account but {@code keepId}
     * (-1: none), e.g. after a password reset by e-mail link.
     */
    public static void endAll(Handle h, long tenantId, long accountId, long keepId, String reason, Origin origin,
            Instant now) {
        for (UserSessionDao.Row row : h.attach(UserSessionDao.class).openOfAccount(tenantId, accountId)) {
            if (row.id() != keepId) {
                end(h, row, reason, actor(row), origin, now);
            }
        }
    }

    /**
     * In the caller's transaction, right after the account's credentials changed: the session of
     * {@code keep} (may be null) goes on under {@code changed}'s credentials version, the account's
     * other open sessions end with {@code reason}.
     */
    public static void keepAfterChange(Handle h, SignedIn changed, Key keep, String reason, Origin origin, Instant now) {
        UserSessionDao dao = h.attach(UserSessionDao.class);
        Optional<Long> kept = keep == null || keep.tenantId() != changed.tenantId() ? Optional.empty()
                : dao.findByHandle(changed.tenantId(), keep.hash()).map(UserSessionDao.Row::id);
        kept.ifPresent(id -> dao.renew(changed.tenantId(), id, changed.credentialsVersion()));
        endAll(h, changed.tenantId(), changed.accountId(), kept.orElse(-1L), reason, origin, now);
    }

    /** The account's open sessions that are still good; the others are ended with their reason. */
    private List<UserSessionDao.Row> sweep(Handle h, long tenantId, long accountId) {
        Instant now = clock.instant();
        List<UserSessionDao.Row> good = new ArrayList<>();
        for (UserSessionDao.Row row : h.attach(UserSessionDao.class).openOfAccount(tenantId, accountId)) {
            String expired = expiry(row, now);
            if (expired == null) {
                good.add(row);
            } else {
                end(h, row, expired, "system", Origin.SYSTEM_ORIGIN, now);
            }
        }
        return good;
    }

    /** Why an open session is no longer good at {@code now}, or null while it is. */
    static String expiry(UserSessionDao.Row row, Instant now) {
        if (!"active".equals(row.accountState()) || row.accountCredentialsVersion() != row.credentialsVersion()) {
            return PASSWORD;
        }
        Tenant.Security security = security(row);
        if (!now.isBefore(row.createdAt().plus(security.absoluteTimeout()))) {
            return ABSOLUTE;
        }
        if (!now.isBefore(row.lastSeenAt().plus(security.idleTimeout()))) {
            return IDLE;
        }
        return null;
    }

    static Tenant.Security security(UserSessionDao.Row row) {
        Tenant.Security s = row.security() == null ? null : Json.read(row.security(), Tenant.Security.class);
        return s == null ? Tenant.Security.DEFAULT : s;
    }

    private static void end(Handle h, UserSessionDao.Row row, String reason, String actor, Origin origin, Instant now) {
        if (h.attach(UserSessionDao.class).end(row.tenantId(), row.id(), reason, now)) {
            h.attach(AuditDao.class).record(row.tenantId(), row.customerId(), actor, "session.ended", row.login(),
                    Json.write(Map.of("reason", reason, "session", row.id())), origin);
        }
    }

    private static String actor(UserSessionDao.Row row) {
        return "customer:" + row.login();
    }

    private static void requireSameTenant(Tenant tenant, SignedIn user) {
        if (user.tenantId() != tenant.id()) {
            throw new IllegalArgumentException("a user of another tenant");
        }
    }
}
