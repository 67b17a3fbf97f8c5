package io.invoiceportal.core.passkey;

import com.fasterxml.jackson.databind.JsonNode;
import com.yubico.webauthn.AssertionRequest;
import com.yubico.webauthn.AssertionResult;
import com.yubico.webauthn.FinishAssertionOptions;
import com.yubico.webauthn.FinishRegistrationOptions;
import com.yubico.webauthn.RegistrationResult;
import com.yubico.webauthn.RelyingParty;
import com.yubico.webauthn.StartAssertionOptions;
import com.yubico.webauthn.StartRegistrationOptions;
import com.yubico.webauthn.data.AuthenticatorAssertionResponse;
import com.yubico.webauthn.data.AuthenticatorAttestationResponse;
import com.yubico.webauthn.data.AuthenticatorSelectionCriteria;
import com.yubico.webauthn.data.ByteArray;
import com.yubico.webauthn.data.ClientAssertionExtensionOutputs;
import com.yubico.webauthn.data.ClientRegistrationExtensionOutputs;
import com.yubico.webauthn.data.PublicKeyCredential;
import com.yubico.webauthn.data.PublicKeyCredentialCreationOptions;
import com.yubico.webauthn.data.RelyingPartyIdentity;
import com.yubico.webauthn.data.ResidentKeyRequirement;
import com.yubico.webauthn.data.UserIdentity;
import com.yubico.webauthn.data.UserVerificationRequirement;
import com.yubico.webauthn.exception.AssertionFailedException;
import com.yubico.webauthn.exception.RegistrationFailedException;
import io.invoiceportal.core.account.AccountDao;
import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.AccountState;
import io.invoiceportal.core.account.LoginResult;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.audit.AuditDao;
import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.core.common.Hashes;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.NotFoundException;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.tenant.HostNames;
import io.invoiceportal.core.tenant.Tenant;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Passkeys (WebAuthn, through Yubico's library): registration in the profile after the current
 * password, and sign-in without a login name (discoverable credentials with user verification, so
 * a passkey is both factors). The relying party id is the host the customer uses, the portal's or
 * one of the tenant's own host names; a passkey works on the host it was made on. The origin must
 * be exactly that host with the scheme and port of the portal's public URL. A ceremony (the options
 * with their challenge) is kept for {@link #CEREMONY_VALIDITY}, once, under the hash of its id.
 */
public class PasskeyService {
    public static final Duration CEREMONY_VALIDITY = Duration.ofMinutes(5);
    static final int MAX_NAME = 60;
    static final int MAX_PER_ACCOUNT = 20;
    /** Unexpired sign-ins started from one client address, per tenant. */
    public static final int MAX_PENDING_SIGN_INS_PER_ADDRESS = 20;
    /** Unexpired sign-ins of one tenant, from all addresses. */
    public static final int MAX_PENDING_SIGN_INS_PER_TENANT = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final AccountService accounts;
    private final Clock clock;
    private final URI publicUrl;

    public PasskeyService(Jdbi jdbi, AccountService accounts, String publicUrl, Clock clock) {
        this.jdbi = jdbi;
        this.accounts = accounts;
        this.publicUrl = URI.create(publicUrl);
        this.clock = clock;
    }

    /** Where a ceremony takes place: the relying party id (a host) and the one origin accepted. */
    public record Site(String rpId, String origin) {}

    /** A ceremony under way: its id and the options for the browser (the {@code publicKey} member's JSON). */
    public record Ceremony(String id, String optionsJson, Instant expiresAt) {}

    /** A stored passkey, as its owner sees it. */
    public record Passkey(long id, String name, String rpId, Instant createdAt, Instant lastUsedAt) {
        static Passkey of(PasskeyDao.PasskeyRow row) {
            return new Passkey(row.id(), row.name(), row.rpId(), row.createdAt(), row.lastUsedAt());
        }
    }

    /** A passkey just added, and the user under the account's new credentials version. */
    public record Added(Passkey passkey, SignedIn user) {}

    /**
     * The site of a request sent to {@code host} for {@code tenant}: the portal's own host or one of
     * the tenant's host names; empty on any other host (an IP address, an alias), where passkeys are
     * not offered.
     */
    public Optional<Site> site(Tenant tenant, String host) {
        if (host == null) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        boolean known = h.equals(HostNames.ofUrl(publicUrl.toString())) || tenant.hostNames().contains(h);
        String port = publicUrl.getPort() < 0 ? "" : ":" + publicUrl.getPort();
        return known ? Optional.of(new Site(h, publicUrl.getScheme() + "://" + h + port)) : Optional.empty();
    }

    /** Whether the account has a passkey (on any host): it then has a second factor. */
    public boolean hasPasskey(Tenant tenant, long accountId) {
        return jdbi.withExtension(PasskeyDao.class, dao -> dao.any(tenant.id(), accountId));
    }

    /** The user's passkeys, oldest first. */
    public List<Passkey> list(Tenant tenant, SignedIn user) {
        requireSameTenant(tenant, user);
        return jdbi.withExtension(PasskeyDao.class, dao -> dao.ofAccount(tenant.id(), user.accountId()))
                .stream().map(Passkey::of).toList();
    }

    /**
     * Starts adding a passkey named {@code name} after the current password: the creation options
     * (a resident key with user verification, excluding the account's passkeys on this host).
     */
    public Ceremony startRegistration(Tenant tenant, SignedIn user, String currentPassword, String name, Site site) {
        requireSameTenant(tenant, user);
        String cleanName = name == null ? "" : name.strip();
        return jdbi.inTransaction(h -> {
            AccountDao.AccountRow account = checkPassword(h, tenant, user, currentPassword);
            if (cleanName.isEmpty()) {
                throw ValidationException.of("name", MessageKey.FIELD_REQUIRED);
            }
            if (cleanName.length() > MAX_NAME || cleanName.chars().anyMatch(Character::isISOControl)) {
                throw new ValidationException(List.of(new io.invoiceportal.core.common.FieldError("name",
                        MessageKey.FIELD_TOO_LONG.key(), List.of(String.valueOf(MAX_NAME)))));
            }
            PasskeyDao dao = h.attach(PasskeyDao.class);
            if (dao.ofAccount(tenant.id(), account.id()).size() >= MAX_PER_ACCOUNT) {
                throw new ValidationException(List.of(new io.invoiceportal.core.common.FieldError("name",
                        MessageKey.PASSKEYS_TOO_MANY.key(), List.of(String.valueOf(MAX_PER_ACCOUNT)))));
            }
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            dao.setUserHandle(tenant.id(), account.id(), fresh);
            byte[] userHandle = dao.userHandle(tenant.id(), account.id()).orElseThrow();
            PublicKeyCredentialCreationOptions options = relyingParty(h, tenant, site).startRegistration(
                    StartRegistrationOptions.builder()
                            .user(UserIdentity.builder().name(account.login()).displayName(account.login())
                                    .id(new ByteArray(userHandle)).build())
                            .authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                                    .residentKey(ResidentKeyRequirement.REQUIRED)
                                    .userVerification(UserVerificationRequirement.REQUIRED).build())
                            .timeout(CEREMONY_VALIDITY.toMillis())
                            .build());
            return begin(h, tenant, "registration", account.id(), site, cleanName, json(options::toJson),
                    json(options::toCredentialsCreateJson), null);
        });
    }

    /**
     * Finishes adding a passkey with the browser's credential ({@code credential.toJSON()}): checks
     * it, stores it, ends the account's other sessions. 404 for a registration that is not this
     * user's, not on this host, used or expired; 422 for a credential that is not JSON or fails.
     */
    public Added finishRegistration(Tenant tenant, SignedIn user, String registrationId, String credentialJson,
            Site site, Origin origin) {
        requireSameTenant(tenant, user);
        PublicKeyCredential<AuthenticatorAttestationResponse, ClientRegistrationExtensionOutputs> credential;
        try {
            credential = PublicKeyCredential.parseRegistrationResponseJson(requireJson(credentialJson));
        } catch (IOException | RuntimeException e) {
            throw ValidationException.of("credential", MessageKey.PASSKEY_MALFORMED);
        }
        PasskeyDao.CeremonyRow ceremony = take(tenant, registrationId, "registration", user.accountId(), site)
                .orElseThrow(() -> new NotFoundException("No passkey registration " + "under way with this id on this"
                        + " host (it works once, for 5 minutes)"));
        RegistrationResult result;
        try {
            PublicKeyCredentialCreationOptions request = PublicKeyCredentialCreationOptions.fromJson(ceremony.request());
            result = jdbi.withHandle(h -> relyingParty(h, tenant, site).finishRegistration(
                    FinishRegistrationOptions.builder().request(request).response(credential).build()));
        } catch (RegistrationFailedException e) {
            throw ValidationException.of("credential", MessageKey.PASSKEY_NOT_VERIFIED);
        } catch (IOException e) {
            throw new IllegalStateException("stored registration does not read", e);
        }
        try {
            return jdbi.inTransaction(h -> {
                PasskeyDao dao = h.attach(PasskeyDao.class);
                byte[] userHandle = dao.userHandle(tenant.id(), user.accountId()).orElseThrow();
                long id = dao.insert(tenant.id(), user.accountId(), result.getKeyId().getId().getBytes(),
                        result.getPublicKeyCose().getBytes(), result.getSignatureCount(), userHandle, ceremony.name(),
                        site.rpId());
                dao.bumpCredentials(tenant.id(), user.accountId());
                h.attach(AuditDao.class).record(tenant.id(), user.customerId(), "customer:" + user.login(),
                        "passkey.added", ceremony.name(), Json.write(Map.of("name", ceremony.name(), "rpId", site.rpId())),
                        origin);
                Passkey added = dao.ofAccount(tenant.id(), user.accountId()).stream().filter(p -> p.id() == id)
                        .map(Passkey::of).findFirst().orElseThrow();
                return new Added(added, accounts.activeAccount(h, tenant, user.customerId()).orElseThrow());
            });
        } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
            // the credential was stored meanwhile (the same response sent twice at once)
            throw ValidationException.of("credential", MessageKey.PASSKEY_NOT_VERIFIED);
        }
    }

    /**
     * Removes one of the user's passkeys after the current password; the account's other sessions
     * end. Returns the user under the new credentials version. 404 for a passkey that is not theirs.
     */
    public SignedIn remove(Tenant tenant, SignedIn user, long passkeyId, String currentPassword, Origin origin) {
        requireSameTenant(tenant, user);
        return jdbi.inTransaction(h -> {
            PasskeyDao dao = h.attach(PasskeyDao.class);
            PasskeyDao.PasskeyRow row = dao.ofAccount(tenant.id(), user.accountId()).stream()
                    .filter(p -> p.id() == passkeyId).findFirst()
                    .orElseThrow(() -> new NotFoundException("No such passkey"));
            checkPassword(h, tenant, user, currentPassword);
            dao.delete(tenant.id(), user.accountId(), passkeyId);
            dao.bumpCredentials(tenant.id(), user.accountId());
            h.attach(AuditDao.class).record(tenant.id(), user.customerId(), "customer:" + user.login(),
                    "passkey.removed", row.name(), Json.write(Map.of("name", row.name(), "rpId", row.rpId())), origin);
            return accounts.activeAccount(h, tenant, user.customerId()).orElseThrow();
        });
    }

    /**
     * Too many sign-ins under way (from the client's address, or in the tenant): nothing was
     * stored; a place frees up when the first of them expires, after {@code retryAfter}.
     */
    public static class TooManySignIns extends RuntimeException {
        private final Duration retryAfter;

        public TooManySignIns(Duration retryAfter) {
            super("too many passkey sign-ins under way", null, false, false);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }

        /** Whole seconds, at least 1 (for Retry-After and messages). */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    /**
     * Starts a sign-in with a passkey: request options without a user (the browser offers the
     * passkeys it has). Anyone may start one, so the unexpired ones are bounded: at most
     * {@link #MAX_PENDING_SIGN_INS_PER_ADDRESS} from the client's address and
     * {@link #MAX_PENDING_SIGN_INS_PER_TENANT} in the tenant; beyond that {@link TooManySignIns}.
     */
    public Ceremony startSignIn(Tenant tenant, Site site, Origin origin) {
        return jdbi.inTransaction(h -> {
            PasskeyDao dao = h.attach(PasskeyDao.class);
            dao.lockSignInStarts(tenant.id());
            Instant now = clock.instant(); // expired ceremonies are not counted; begin() removes them
            String ip = origin.ip() == null ? "" : origin.ip();
            PasskeyDao.Pending fromAddress = dao.pendingSignInsFrom(tenant.id(), ip, now);
            PasskeyDao.Pending inTenant = dao.pendingSignIns(tenant.id(), now);
            if (fromAddress.pending() >= MAX_PENDING_SIGN_INS_PER_ADDRESS) {
                throw new TooManySignIns(Duration.between(now, fromAddress.firstExpiry()));
            }
            if (inTenant.pending() >= MAX_PENDING_SIGN_INS_PER_TENANT) {
                throw new TooManySignIns(Duration.between(now, inTenant.firstExpiry()));
            }
            AssertionRequest request = relyingParty(h, tenant, site).startAssertion(StartAssertionOptions.builder()
                    .userVerification(UserVerificationRequirement.REQUIRED).timeout(CEREMONY_VALIDITY.toMillis()).build());
            return begin(h, tenant, "sign-in", null, site, null, json(request::toJson), json(request::toCredentialsGetJson),
                    ip);
        });
    }

    /**
     * Finishes a sign-in with the browser's assertion ({@code credential.toJSON()}). Throttled and
     * recorded as password sign-ins are (per client address, and per account once the assertion
     * names one); a failure never says why. A malformed assertion is a {@link ValidationException}.
     */
    public LoginResult finishSignIn(Tenant tenant, String ceremonyId, String credentialJson, Site site,
            Origin origin) {
        PublicKeyCredential<AuthenticatorAssertionResponse, ClientAssertionExtensionOutputs> credential;
        try {
            credential = PublicKeyCredential.parseAssertionResponseJson(requireJson(credentialJson));
        } catch (IOException | RuntimeException e) {
            throw ValidationException.of("credential", MessageKey.PASSKEY_MALFORMED);
        }
        Instant now = clock.instant();
        // whose passkey the assertion claims to be, for the per-account throttle and the trail
        Optional<AccountDao.AccountRow> claimed = credential.getResponse().getUserHandle()
                .flatMap(handle -> jdbi.withHandle(h -> h.attach(PasskeyDao.class)
                        .accountOfUserHandle(tenant.id(), handle.getBytes())
                        .flatMap(id -> h.attach(AccountDao.class).findById(tenant.id(), id))));
        String login = claimed.map(AccountDao.AccountRow::login).orElse(null);
        Duration wait = jdbi.withHandle(h -> AccountService.throttleWait(h, tenant.id(), login, origin.ip(), now));
        if (!wait.isZero()) {
            jdbi.useHandle(h -> h.attach(AuditDao.class).record(tenant.id(),
                    claimed.map(AccountDao.AccountRow::customerId).orElse(null), actor(login), "account.sign-in-failed",
                    login, Json.write(Map.of("reason", "throttled")), origin));
            return new LoginResult.Throttled(wait);
        }
        Optional<PasskeyDao.CeremonyRow> ceremony = take(tenant, ceremonyId, "sign-in", null, site);
        Optional<AssertionResult> result = ceremony.flatMap(c -> verify(tenant, site, c, credential))
                .filter(r -> r.isSuccess() && r.isUserVerified());
        Optional<AccountDao.AccountRow> account = result.flatMap(r -> claimed)
                .filter(a -> a.state() == AccountState.ACTIVE);
        return jdbi.inTransaction(h -> {
            AuditDao audit = h.attach(AuditDao.class);
            if (account.isEmpty()) {
                AccountService.recordFailure(h, tenant.id(), login, origin.ip(), now);
                audit.record(tenant.id(), claimed.map(AccountDao.AccountRow::customerId).orElse(null), actor(login),
                        "account.sign-in-failed", login, Json.write(Map.of("reason", "passkey")), origin);
                return new LoginResult.Failed();
            }
            AccountDao.AccountRow a = account.get();
            PasskeyDao dao = h.attach(PasskeyDao.class);
            Optional<PasskeyDao.PasskeyRow> used = dao.byCredential(tenant.id(), result.get().getCredentialId().getBytes());
            if (used.isEmpty() || dao.used(tenant.id(), used.get().id(), result.get().getSignatureCount(), now) == 0) {
                AccountService.recordFailure(h, tenant.id(), login, origin.ip(), now);
                audit.record(tenant.id(), a.customerId(), actor(login), "account.sign-in-failed", login,
                        Json.write(Map.of("reason", "passkey")), origin);
                return new LoginResult.Failed(); // removed meanwhile
            }
            h.attach(AccountDao.class).clearThrottle(tenant.id(), AccountService.loginKey(login));
            // the sign-in itself (account.signed-in, method passkey) is recorded once, by UserSessions.establish
            return new LoginResult.Success(accounts.activeAccount(h, tenant, a.customerId()).orElseThrow());
        });
    }

    private Optional<AssertionResult> verify(Tenant tenant, Site site, PasskeyDao.CeremonyRow ceremony,
            PublicKeyCredential<AuthenticatorAssertionResponse, ClientAssertionExtensionOutputs> credential) {
        try {
            AssertionRequest request = AssertionRequest.fromJson(ceremony.request());
            return Optional.of(jdbi.withHandle(h -> relyingParty(h, tenant, site).finishAssertion(
                    FinishAssertionOptions.builder().request(request).response(credential).build())));
        } catch (AssertionFailedException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("stored sign-in request does not read", e);
        }
    }

    private static String actor(String login) {
        return login == null ? "customer:unknown" : "customer:" + login;
    }

    private AccountDao.AccountRow checkPassword(Handle h, Tenant tenant, SignedIn user, String currentPassword) {
        return accounts.requireCurrentPassword(h, tenant, user, currentPassword);
    }

    /**
     * Removes the expired ceremonies of all tenants (run every minute by the server; a start also
     * removes its tenant's); returns how many.
     */
    public int sweepExpiredCeremonies() {
        return jdbi.withExtension(PasskeyDao.class, dao -> dao.deleteExpiredOfAllTenants(clock.instant()));
    }

    private Ceremony begin(Handle h, Tenant tenant, String kind, Long accountId, Site site, String name,
            String requestJson, String browserJson, String clientIp) {
        Instant now = clock.instant();
        PasskeyDao dao = h.attach(PasskeyDao.class);
        dao.deleteExpired(tenant.id(), now);
        String id = Hashes.randomSecret(32);
        Instant expiresAt = now.plus(CEREMONY_VALIDITY);
        dao.insertCeremony(tenant.id(), Hashes.sha256(id), kind, accountId, site.rpId(), name, requestJson, expiresAt,
                clientIp);
        return new Ceremony(id, Json.write(Json.read(browserJson, JsonNode.class).get("publicKey")), expiresAt);
    }

    /** Takes the ceremony out for good (committed before it is checked): a second try finds nothing. */
    private Optional<PasskeyDao.CeremonyRow> take(Tenant tenant, String id, String kind, Long accountId, Site site) {
        if (id == null || id.isBlank() || id.length() > 100) {
            return Optional.empty();
        }
        return jdbi.inTransaction(h -> h.attach(PasskeyDao.class).takeCeremony(tenant.id(), Hashes.sha256(id), kind,
                        accountId))
                .filter(c -> c.rpId().equals(site.rpId()) && c.expiresAt().isAfter(clock.instant()));
    }

    private RelyingParty relyingParty(Handle h, Tenant tenant, Site site) {
        return RelyingParty.builder()
                .identity(RelyingPartyIdentity.builder().id(site.rpId()).name(tenant.displayName()).build())
                .credentialRepository(new PasskeyRepository(h, tenant.id(), site.rpId()))
                .origins(Set.of(site.origin()))
                .clock(clock)
                .build();
    }

    private interface JsonSource {
        String get() throws IOException;
    }

    private static String json(JsonSource source) {
        try {
            return source.get();
        } catch (IOException e) {
            throw new IllegalStateException("options do not write as JSON", e);
        }
    }

    private static String requireJson(String json) throws IOException {
        if (json == null || json.isBlank()) {
            throw new IOException("no credential");
        }
        return json;
    }

    private static void requireSameTenant(Tenant tenant, SignedIn user) {
        if (tenant.id() != user.tenantId()) {
            throw new IllegalArgumentException("session of another tenant");
        }
    }
}
