package io.invoiceportal.core.embed;

import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.AccountState;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.audit.AuditDao;
import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.Hashes;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.tenant.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Portal sessions: a partner's back-end (with the issuer key) gets a one-time URL that signs one
 * customer in to the portal. The token has 256 random bits; only its SHA-256 is stored, bound to the
 * tenant; it works once, within {@link #LIFETIME}. Every use and every refused attempt is in the
 * audit trail and the log, never the token.
 */
public class PortalSessionService {
    /** How long a portal session URL can be used (the contract allows at most 5 minutes). */
    public static final Duration LIFETIME = Duration.ofMinutes(5);
    /** The landing page under {@code /t/{tenant}/} that redeems the token. */
    public static final String LANDING = "portal-session";
    private static final Logger LOG = LoggerFactory.getLogger(PortalSessionService.class);

    private final Jdbi jdbi;
    private final CustomerService customers;
    private final AccountService accounts;
    private final String publicUrl;
    private final Clock clock;

    public PortalSessionService(Jdbi jdbi, CustomerService customers, AccountService accounts, String publicUrl,
            Clock clock) {
        this.jdbi = jdbi;
        this.customers = customers;
        this.accounts = accounts;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = clock;
    }

    /** The one-time URL and when it stops working. */
    public record Created(String url, Instant expiresAt) {}

    /** What redeeming a token gave: the customer signed in, or why not. */
    public sealed interface Redemption {
        record Redeemed(SignedIn user, boolean embed, String language, String returnUrl) implements Redemption {}

        record Refused(Reason reason) implements Redemption {}
    }

    /** Why a token signs nobody in; a token of another tenant is {@code UNKNOWN}. */
    public enum Reason { UNKNOWN, USED, EXPIRED, ACCOUNT_INACTIVE }

    /** Checks the request (422 per field) and stores a new token for it. */
    public Created create(Tenant tenant, PortalSessionRequest request, String actor) {
        PortalSessionRequest r = request == null ? new PortalSessionRequest(null, null, null, null) : request;
        Checks checks = new Checks();
        String number = checks.required("customerNumber", r.customerNumber(), 64);
        Optional<Customer> customer = number == null ? Optional.empty() : customers.find(tenant, number);
        if (number != null && customer.isEmpty()) {
            checks.add("customerNumber", MessageKey.CUSTOMER_UNKNOWN);
        } else if (customer.isPresent() && customer.get().accountState() != AccountState.ACTIVE) {
            checks.add("customerNumber", MessageKey.ACCOUNT_NOT_ACTIVE);
        }
        String returnUrl = ReturnUrls.checked(checks, tenant, r.returnUrl());
        String language = checks.optional("language", r.language(), 10);
        if (language != null && !tenant.languages().contains(language)) {
            checks.add("language", MessageKey.LANGUAGE_NOT_OFFERED, String.join(", ", tenant.languages()));
        }
        checks.throwIfAny();
        boolean embed = r.embed() == null || r.embed();
        String token = Hashes.randomSecret(32);
        Instant expiresAt = clock.instant().plus(LIFETIME);
        jdbi.useTransaction(h -> {
            h.attach(PortalSessionDao.class).insert(tenant.id(), Hashes.sha256(token), customer.get().id(), embed,
                    language, returnUrl, expiresAt);
            h.attach(AuditDao.class).record(tenant.id(), actor, "portal-session.created", number,
                    Json.write(Map.of("embed", embed)));
        });
        return new Created(publicUrl + "/t/" + tenant.slug() + "/" + LANDING + "?token=" + token, expiresAt);
    }

    /** Uses the token (at most once, before it expires) and says whom it signs in. */
    public Redemption redeem(Tenant tenant, String token, String clientAddress) {
        Redemption result = jdbi.inTransaction(h -> {
            Redemption r = use(h, tenant, token);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("address", clientAddress);
            if (r instanceof Redemption.Redeemed ok) {
                detail.put("embed", ok.embed());
                h.attach(AuditDao.class).record(tenant.id(), "customer:" + ok.user().login(), "portal-session.used",
                        ok.user().customerNumber(), Json.write(detail));
            } else {
                detail.put("reason", ((Redemption.Refused) r).reason().name().toLowerCase(java.util.Locale.ROOT));
                h.attach(AuditDao.class).record(tenant.id(), "anonymous", "portal-session.refused", null,
                        Json.write(detail));
            }
            return r;
        });
        switch (result) {
            case Redemption.Redeemed ok -> LOG.info("Portal session used: tenant {}, customer {}, from {}",
                    tenant.slug(), ok.user().customerNumber(), clientAddress);
            case Redemption.Refused no -> LOG.warn("Portal session refused ({}): tenant {}, from {}",
                    no.reason(), tenant.slug(), clientAddress);
        }
        return result;
    }

    private Redemption use(Handle h, Tenant tenant, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return new Redemption.Refused(Reason.UNKNOWN);
        }
        byte[] hash = Hashes.sha256(token);
        PortalSessionDao dao = h.attach(PortalSessionDao.class);
        Optional<PortalSessionDao.Used> used = dao.use(tenant.id(), hash, clock.instant());
        if (used.isEmpty()) {
            Reason reason = dao.state(tenant.id(), hash)
                    .map(s -> s.usedAt() != null ? Reason.USED : Reason.EXPIRED).orElse(Reason.UNKNOWN);
            return new Redemption.Refused(reason);
        }
        PortalSessionDao.Used u = used.get();
        return accounts.activeAccount(h, tenant, u.customerId())
                .<Redemption>map(user -> new Redemption.Redeemed(user, u.embed(), u.language(), u.returnUrl()))
                .orElse(new Redemption.Refused(Reason.ACCOUNT_INACTIVE));
    }
}
