package io.invoiceportal.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.core.account.AccountDao;
import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.LoginResult;
import io.invoiceportal.core.account.PasswordPolicy;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.account.TokenPurpose;
import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.MutableClock;
import io.invoiceportal.core.testing.Pbkdf2Hasher;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The session register's upkeep and how often a user action is written. */
class SessionServiceTest {
    @RegisterExtension
    final TestDatabaseExtension db = new TestDatabaseExtension("sessions");
    static final Origin ORIGIN = new Origin("192.0.2.1", "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0", Origin.UI);
    Jdbi jdbi;
    MutableClock clock;
    SessionService sessions;
    SignedIn user;
    SignedIn otherTenantsUser;

    @BeforeEach
    void setUp() {
        jdbi = db.jdbi();
        clock = new MutableClock();
        sessions = new SessionService(jdbi, clock);
        AccountService accounts = new AccountService(jdbi, new Pbkdf2Hasher(), new PasswordPolicy(), clock);
        user = signedIn(accounts, Fixtures.tenant(jdbi, "hollandse", "nl"));
        otherTenantsUser = signedIn(accounts, Fixtures.tenant(jdbi, "northwind", "en"));
    }

    SignedIn signedIn(AccountService accounts, Tenant tenant) {
        Fixtures.customer(jdbi, tenant, "C-1", "korenschoof", "admin@korenschoof.example");
        long customerId = new CustomerService(jdbi).get(tenant, "C-1").id();
        String token = jdbi.inTransaction(h -> accounts.mintToken(h, tenant.id(),
                h.attach(AccountDao.class).findByCustomer(tenant.id(), customerId).orElseThrow().id(), TokenPurpose.ACTIVATION));
        accounts.activate(tenant, token, "Factuur2026", "Factuur2026");
        return ((LoginResult.Success) accounts.authenticate(tenant, "korenschoof", "Factuur2026", "192.0.2.1")).user();
    }

    long rows() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from user_session").mapTo(Long.class).one());
    }

    Instant lastSeen(SessionService.Key key) {
        return sessions.check(key, false).session().orElseThrow().lastSeenAt();
    }

    /** Rows of sessions ended over a day ago go, of every tenant; open ones and recently ended ones stay. */
    @Test
    void purgeRemovesEndedSessionsAfterADay() {
        SessionService.Key ended = sessions.start(user, "password", false, ORIGIN);
        SessionService.Key open = sessions.start(user, "password", false, ORIGIN);
        SessionService.Key otherEnded = sessions.start(otherTenantsUser, "password", false, ORIGIN);
        sessions.end(ended, SessionService.SIGNED_OUT, ORIGIN);
        sessions.end(otherEnded, SessionService.SIGNED_OUT, ORIGIN);
        assertThat(sessions.purgeOld()).isZero();
        assertThat(rows()).isEqualTo(3);

        clock.advance(Duration.ofHours(25));
        assertThat(sessions.purgeOld()).isEqualTo(2);
        assertThat(rows()).isEqualTo(1);
        assertThat(sessions.check(ended, false).open()).isFalse();
        assertThat(sessions.check(otherEnded, false).open()).isFalse();

        // an open row past the longest absolute timeout (30 days) is of no use either
        clock.advance(Duration.ofDays(31));
        assertThat(sessions.purgeOld()).isEqualTo(1);
        assertThat(sessions.check(open, true).open()).isFalse();
    }

    /** A user action moves the last-seen time at most every 30 seconds: not one write per request. */
    @Test
    void activityIsWrittenAtMostEveryThirtySeconds() {
        SessionService.Key key = sessions.start(user, "password", false, ORIGIN);
        Instant start = lastSeen(key);
        clock.advance(Duration.ofSeconds(10));
        assertThat(sessions.check(key, true).open()).isTrue();
        assertThat(lastSeen(key)).isEqualTo(start);
        clock.advance(Duration.ofSeconds(25));
        sessions.check(key, true);
        assertThat(lastSeen(key)).isEqualTo(start.plusSeconds(35));
        clock.advance(Duration.ofMinutes(10));
        sessions.check(key, false); // background traffic never counts
        assertThat(lastSeen(key)).isEqualTo(start.plusSeconds(35));
    }
}
