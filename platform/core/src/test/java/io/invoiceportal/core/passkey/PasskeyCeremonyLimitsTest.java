package io.invoiceportal.core.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.PasswordPolicy;
import io.invoiceportal.core.audit.Origin;
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

/**
 * Pending passkey sign-ins on a real database: bounded per client address and per tenant (nothing
 * stored beyond the cap, other addresses and other tenants unaffected), and swept when expired.
 */
class PasskeyCeremonyLimitsTest {
    @RegisterExtension
    final TestDatabaseExtension db = new TestDatabaseExtension("passkey_ceremonies");
    Jdbi jdbi;
    MutableClock clock;
    PasskeyService passkeys;
    Tenant tenant;
    Tenant other;
    PasskeyService.Site site = new PasskeyService.Site("portal.example", "https://portal.example");

    @BeforeEach
    void setUp() {
        jdbi = db.jdbi();
        clock = new MutableClock();
        Pbkdf2Hasher hasher = new Pbkdf2Hasher();
        passkeys = new PasskeyService(jdbi, new AccountService(jdbi, hasher, new PasswordPolicy(), clock),
                "https://portal.example", clock);
        tenant = Fixtures.tenant(jdbi, "hollandse", "nl");
        other = Fixtures.tenant(jdbi, "northwind", "en");
    }

    static Origin from(String ip) {
        return new Origin(ip, "test", Origin.REST);
    }

    long stored(Tenant t) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from passkey_ceremony where tenant_id = :t")
                .bind("t", t.id()).mapTo(Long.class).one());
    }

    long storedFrom(Tenant t, String ip) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from passkey_ceremony where tenant_id = :t"
                + " and client_ip = :ip").bind("t", t.id()).bind("ip", ip).mapTo(Long.class).one());
    }

    @Test
    void perAddressCapStoresNothingMoreAndSparesOtherAddressesAndTenants() {
        int cap = PasskeyService.MAX_PENDING_SIGN_INS_PER_ADDRESS;
        for (int i = 0; i < cap; i++) {
            passkeys.startSignIn(tenant, site, from("10.0.0.1"));
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(storedFrom(tenant, "10.0.0.1")).isEqualTo(cap);
        assertThatThrownBy(() -> passkeys.startSignIn(tenant, site, from("10.0.0.1")))
                .isInstanceOfSatisfying(PasskeyService.TooManySignIns.class, e -> assertThat(e.retryAfter())
                        // the first one (started cap seconds ago) frees the first place (stored in microseconds)
                        .isBetween(PasskeyService.CEREMONY_VALIDITY.minusSeconds(cap + 1),
                                PasskeyService.CEREMONY_VALIDITY.minusSeconds(cap - 1)));
        assertThat(storedFrom(tenant, "10.0.0.1")).as("nothing stored over the cap").isEqualTo(cap);

        // another address of the tenant, and the same address in another tenant, go on
        assertThat(passkeys.startSignIn(tenant, site, from("10.0.0.2")).id()).isNotBlank();
        assertThat(passkeys.startSignIn(other, site, from("10.0.0.1")).id()).isNotBlank();
        assertThat(storedFrom(other, "10.0.0.1")).isEqualTo(1);

        // once the first one expires, a place is free again (and the expired one is gone)
        clock.advance(PasskeyService.CEREMONY_VALIDITY.minusSeconds(cap).plusSeconds(1));
        assertThat(passkeys.startSignIn(tenant, site, from("10.0.0.1")).id()).isNotBlank();
        assertThat(storedFrom(tenant, "10.0.0.1")).isEqualTo(cap);
        assertThatThrownBy(() -> passkeys.startSignIn(tenant, site, from("10.0.0.1")))
                .isInstanceOf(PasskeyService.TooManySignIns.class);
    }

    @Test
    void perTenantCapCountsAllAddressesOfThatTenantOnly() {
        int perAddress = PasskeyService.MAX_PENDING_SIGN_INS_PER_ADDRESS;
        int cap = PasskeyService.MAX_PENDING_SIGN_INS_PER_TENANT;
        for (int i = 0; i < cap; i++) {
            passkeys.startSignIn(tenant, site, from("10.1." + (i / perAddress) + "." + (i % perAddress)));
        }
        assertThat(stored(tenant)).isEqualTo(cap);
        assertThatThrownBy(() -> passkeys.startSignIn(tenant, site, from("192.0.2.1")))
                .isInstanceOf(PasskeyService.TooManySignIns.class);
        assertThat(stored(tenant)).isEqualTo(cap);
        // the other tenant is not full
        assertThat(passkeys.startSignIn(other, site, from("192.0.2.1")).id()).isNotBlank();
        assertThat(stored(other)).isEqualTo(1);
    }

    @Test
    void sweepRemovesExpiredCeremoniesOfAllTenantsOnly() {
        passkeys.startSignIn(tenant, site, from("10.0.0.1"));
        passkeys.startSignIn(other, site, from("10.0.0.1"));
        clock.advance(PasskeyService.CEREMONY_VALIDITY.plusSeconds(1));
        Instant later = clock.instant();
        passkeys.startSignIn(other, site, from("10.0.0.3")); // removes that tenant's expired one itself
        assertThat(stored(tenant)).as("nobody started one here: it stays until swept").isEqualTo(1);
        assertThat(stored(other)).isEqualTo(1);

        assertThat(passkeys.sweepExpiredCeremonies()).isEqualTo(1);
        assertThat(stored(tenant)).isZero();
        assertThat(stored(other)).as("the unexpired one stays").isEqualTo(1);
        Instant left = jdbi.withHandle(h -> h.createQuery("select expires_at from passkey_ceremony")
                .mapTo(Instant.class).one());
        assertThat(left).isAfter(later);
    }
}
