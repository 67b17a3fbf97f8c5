package io.invoiceportal.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.MutableClock;
import io.invoiceportal.core.testing.Pbkdf2Hasher;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccountServiceTest {
    @RegisterExtension
    final TestDatabaseExtension db = new TestDatabaseExtension("accounts");
    Jdbi jdbi;
    MutableClock clock;
    AccountService accounts;
    Tenant tenant;
    Tenant other;

    @BeforeEach
    void setUp() {
        jdbi = db.jdbi();
        clock = new MutableClock();
        accounts = new AccountService(jdbi, new Pbkdf2Hasher(), new PasswordPolicy(), clock);
        tenant = Fixtures.tenant(jdbi, "hollandse", "nl");
        other = Fixtures.tenant(jdbi, "northwind", "en");
        Fixtures.customer(jdbi, tenant, "C-1", "korenschoof", "admin@korenschoof.example");
        Fixtures.customer(jdbi, other, "C-1", "korenschoof", "admin@korenschoof.example");
    }

    String mint(Tenant t, TokenPurpose purpose) {
        long customerId = new CustomerService(jdbi).get(t, "C-1").id();
        return jdbi.inTransaction(h -> {
            long accountId = h.attach(AccountDao.class).findByCustomer(t.id(), customerId).orElseThrow().id();
            return accounts.mintToken(h, t.id(), accountId, purpose);
        });
    }

    /** An activation link works once; afterwards it says "used", and the password logs in. */
    @Test
    void activationIsSingleUse() {
        String token = mint(tenant, TokenPurpose.ACTIVATION);
        assertThat(accounts.checkToken(tenant, token, TokenPurpose.ACTIVATION).login()).isEqualTo("korenschoof");
        assertThat(accounts.authenticate(tenant, "korenschoof", "Factuur2026", "1.1.1.1")).isInstanceOf(LoginResult.Failed.class);
        accounts.activate(tenant, token, "Factuur2026", "Factuur2026");
        assertThat(accounts.checkToken(tenant, token, TokenPurpose.ACTIVATION).status()).isEqualTo(TokenCheck.Status.USED);
        assertThatThrownBy(() -> accounts.activate(tenant, token, "Factuur2027", "Factuur2027"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("token.used");
        assertThat(accounts.authenticate(tenant, "KORENSCHOOF", "Factuur2026", "1.1.1.1")).isInstanceOf(LoginResult.Success.class);
    }

    /** Activation links expire after 14 days, reset links after one hour; a newer link voids the older. */
    @Test
    void tokensExpireAndAreReplaced() {
        String activation = mint(tenant, TokenPurpose.ACTIVATION);
        clock.advance(Duration.ofDays(14).plusMinutes(1));
        assertThat(accounts.checkToken(tenant, activation, TokenPurpose.ACTIVATION).status()).isEqualTo(TokenCheck.Status.EXPIRED);
        String reset1 = mint(tenant, TokenPurpose.PASSWORD_RESET);
        String reset2 = mint(tenant, TokenPurpose.PASSWORD_RESET);
        assertThat(accounts.checkToken(tenant, reset1, TokenPurpose.PASSWORD_RESET).valid()).isFalse();
        assertThat(accounts.checkToken(tenant, reset2, TokenPurpose.PASSWORD_RESET).valid()).isTrue();
        clock.advance(Duration.ofMinutes(61));
        assertThat(accounts.checkToken(tenant, reset2, TokenPurpose.PASSWORD_RESET).status()).isEqualTo(TokenCheck.Status.EXPIRED);
        assertThat(accounts.checkToken(tenant, "nonsense", TokenPurpose.PASSWORD_RESET).status()).isEqualTo(TokenCheck.Status.UNKNOWN);
    }

    /** A token of one tenant is unknown in another, and the same login in two tenants is two accounts. */
    @Test
    void tenantsAreSeparate() {
        String token = mint(tenant, TokenPurpose.ACTIVATION);
        assertThat(accounts.checkToken(other, token, TokenPurpose.ACTIVATION).status()).isEqualTo(TokenCheck.Status.UNKNOWN);
        accounts.activate(tenant, token, "Factuur2026", "Factuur2026");
        assertThat(accounts.authenticate(other, "korenschoof", "Factuur2026", "1.1.1.1")).isInstanceOf(LoginResult.Failed.class);
    }

    /** Weak or mismatched passwords are refused with the field named, and change nothing. */
    @Test
    void passwordPolicyOnActivation() {
        String token = mint(tenant, TokenPurpose.ACTIVATION);
        assertThatThrownBy(() -> accounts.activate(tenant, token, "short1", "short1")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> accounts.activate(tenant, token, "Factuur2026", "Factuur2027"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).field()).isEqualTo("passwordConfirmation"));
        assertThat(accounts.checkToken(tenant, token, TokenPurpose.ACTIVATION).valid()).as("token still usable").isTrue();
    }

    /** After three failures a login waits, growing, and a success is possible again once the wait is over. */
    @Test
    void throttlesRepeatedFailures() {
        accounts.activate(tenant, mint(tenant, TokenPurpose.ACTIVATION), "Factuur2026", "Factuur2026");
        for (int i = 0; i < 3; i++) {
            assertThat(accounts.authenticate(tenant, "korenschoof", "wrong" + i, "1.1.1.1")).isInstanceOf(LoginResult.Failed.class);
        }
        assertThat(accounts.authenticate(tenant, "korenschoof", "Factuur2026", "1.1.1.1")).isInstanceOf(LoginResult.Throttled.class);
        clock.advance(Duration.ofSeconds(6));
        assertThat(accounts.authenticate(tenant, "korenschoof", "Factuur2026", "2.2.2.2")).isInstanceOf(LoginResult.Success.class);
        // unknown logins are throttled the same way, so the answer says nothing about existence
        for (int i = 0; i < 3; i++) {
            accounts.authenticate(tenant, "nobody", "x", "3.3.3.3");
        }
        assertThat(accounts.authenticate(tenant, "nobody", "x", "3.3.3.3")).isInstanceOf(LoginResult.Throttled.class);
    }

    /** A password change needs the current password and ends other sessions (credentials version). */
    @Test
    void passwordChangeEndsOtherSessions() {
        accounts.activate(tenant, mint(tenant, TokenPurpose.ACTIVATION), "Factuur2026", "Factuur2026");
        SignedIn first = ((LoginResult.Success) accounts.authenticate(tenant, "korenschoof", "Factuur2026", "1.1.1.1")).user();
        SignedIn second = ((LoginResult.Success) accounts.authenticate(tenant, "korenschoof", "Factuur2026", "1.1.1.1")).user();
        assertThatThrownBy(() -> accounts.changePassword(tenant, first, "bad", "Nieuw2027x", "Nieuw2027x"))
                .isInstanceOf(ValidationException.class);
        SignedIn renewed = accounts.changePassword(tenant, first, "Factuur2026", "Nieuw2027x", "Nieuw2027x");
        assertThat(accounts.isCurrent(second)).isFalse();
        assertThat(accounts.isCurrent(renewed)).isTrue();
        assertThat(accounts.authenticate(tenant, "korenschoof", "Nieuw2027x", "1.1.1.1")).isInstanceOf(LoginResult.Success.class);
    }

    /**
     * Guessing the current password of a signed-in session (before a password or MFA change) is
     * throttled as sign-ins are: after three wrong ones even the right password waits, the failures
     * survive the change's rollback, and they count against signing in with that login too.
     */
    @Test
    void reauthenticationIsThrottled() {
        accounts.activate(tenant, mint(tenant, TokenPurpose.ACTIVATION), "Factuur2026", "Factuur2026");
        SignedIn user = ((LoginResult.Success) accounts.authenticate(tenant, "korenschoof", "Factuur2026", "1.1.1.1")).user();
        for (int i = 0; i < 3; i++) {
            int attempt = i;
            assertThatThrownBy(() -> accounts.changePassword(tenant, user, "wrong" + attempt, "Nieuw2027x", "Nieuw2027x"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("password.wrongCurrent");
        }
        assertThatThrownBy(() -> accounts.changePassword(tenant, user, "Factuur2026", "Nieuw2027x", "Nieuw2027x"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("password.checkThrottled");
        assertThatThrownBy(() -> jdbi.useHandle(h -> accounts.requireCurrentPassword(h, tenant, user, "Factuur2026")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("password.checkThrottled");
        assertThat(accounts.authenticate(tenant, "korenschoof", "Factuur2026", "9.9.9.9")).isInstanceOf(LoginResult.Throttled.class);
        // the same login of another tenant is not affected
        accounts.activate(other, mint(other, TokenPurpose.ACTIVATION), "Factuur2026", "Factuur2026");
        assertThat(accounts.authenticate(other, "korenschoof", "Factuur2026", "9.9.9.9")).isInstanceOf(LoginResult.Success.class);

        clock.advance(Duration.ofSeconds(6));
        SignedIn renewed = accounts.changePassword(tenant, user, "Factuur2026", "Nieuw2027x", "Nieuw2027x");
        assertThat(accounts.isCurrent(renewed)).isTrue();
    }

    /** A reset is queued only when login and e-mail belong together, at most three an hour. */
    @Test
    void resetRequestsQueueOnlyForAMatch() {
        accounts.requestPasswordReset(tenant, "korenschoof", "wrong@korenschoof.example");
        accounts.requestPasswordReset(tenant, "nobody", "admin@korenschoof.example");
        assertThat(resetsQueued()).isZero();
        for (int i = 0; i < 5; i++) {
            accounts.requestPasswordReset(tenant, "korenschoof", "ADMIN@korenschoof.example");
        }
        assertThat(resetsQueued()).isEqualTo(3);
    }

    long resetsQueued() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from outbox where kind = 'password-reset'")
                .mapTo(Long.class).one());
    }
}
