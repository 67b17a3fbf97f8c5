package io.invoiceportal.server.passkey;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;
import io.invoiceportal.core.account.LoginResult;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.passkey.PasskeyService;
import io.invoiceportal.core.session.SessionService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.account.UserSessions;
import io.invoiceportal.server.api.ApiError;
import io.invoiceportal.server.auth.CustomerOnly;
import io.invoiceportal.server.auth.PublicTenant;
import io.invoiceportal.server.web.HostFilter;
import io.invoiceportal.server.web.Origins;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Passkeys over REST: add one (current password and a name, then the browser's credential), list
 * and remove them, and sign in with one. (Class path as AccountResource's so that Jersey merges them.)
 */
@Path("/v1/tenants/{tenant}")
@Tag(name = "Customer")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PasskeyResource {
    private final PasskeyService passkeys;
    private final UserSessions sessions;

    public PasskeyResource(PasskeyService passkeys, UserSessions sessions) {
        this.passkeys = passkeys;
        this.sessions = sessions;
    }

    public record RegistrationBody(String currentPassword, String name) {}

    public record RemovalBody(String currentPassword) {}

    /** A ceremony under way: its id, until when, and the options for the browser. */
    public record CeremonyJson(String id, Instant expiresAt, @JsonRawValue String publicKey) {
        static CeremonyJson of(PasskeyService.Ceremony c) {
            return new CeremonyJson(c.id(), c.expiresAt(), c.optionsJson());
        }
    }

    public record PasskeyJson(long id, String name, String rpId, Instant createdAt, Instant lastUsedAt) {
        static PasskeyJson of(PasskeyService.Passkey p) {
            return new PasskeyJson(p.id(), p.name(), p.rpId(), p.createdAt(), p.lastUsedAt());
        }
    }

    public record PasskeysJson(List<PasskeyJson> items) {}

    public record UserJson(String login, String customerNumber, String companyName, String language) {}

    @GET
    @Path("/me/passkeys")
    @CustomerOnly
    @Operation(summary = "The customer's passkeys: name, host (rpId), created, last used")
    public PasskeysJson list(@Context Tenant tenant, @Context SignedIn user) {
        return new PasskeysJson(passkeys.list(tenant, user).stream().map(PasskeyJson::of).toList());
    }

    @POST
    @Path("/me/passkeys")
    @CustomerOnly
    @Operation(summary = "Start adding a passkey: the current password and a name give creation options for"
            + " navigator.credentials.create (PublicKeyCredential.parseCreationOptionsFromJSON(publicKey)) and a"
            + " registration id, good once for 5 minutes")
    public Response startRegistration(@Context Tenant tenant, @Context SignedIn user, @Context HttpServletRequest http,
            RegistrationBody body) {
        requireBody(body);
        PasskeyService.Site site = site(tenant, http);
        return Response.status(201).entity(CeremonyJson.of(
                passkeys.startRegistration(tenant, user, body.currentPassword(), body.name(), site))).build();
    }

    @PUT
    @Path("/me/passkeys/registrations/{registration}")
    @CustomerOnly
    @Operation(summary = "Finish adding a passkey with the browser's credential (credential.toJSON()); the account's"
            + " other sessions end")
    public Response finishRegistration(@Context Tenant tenant, @Context SignedIn user, @Context HttpServletRequest http,
            @PathParam("registration") String registration, JsonNode credential) {
        requireCredential(credential);
        PasskeyService.Site site = site(tenant, http);
        PasskeyService.Added added = passkeys.finishRegistration(tenant, user, registration, credential.toString(), site,
                Origins.of(http));
        sessions.credentialsChanged(http, added.user(), SessionService.MFA);
        return Response.status(201).entity(PasskeyJson.of(added.passkey())).build();
    }

    @DELETE
    @Path("/me/passkeys/{id}")
    @CustomerOnly
    @Operation(summary = "Remove a passkey after the current password; the account's other sessions end")
    public Response remove(@Context Tenant tenant, @Context SignedIn user, @Context HttpServletRequest http,
            @PathParam("id") long id, RemovalBody body) {
        requireBody(body);
        SignedIn changed = passkeys.remove(tenant, user, id, body.currentPassword(), Origins.of(http));
        sessions.credentialsChanged(http, changed, SessionService.MFA);
        return Response.noContent().build();
    }

    @POST
    @Path("/session/passkey")
    @PublicTenant
    @Operation(summary = "Start signing in with a passkey: request options for navigator.credentials.get"
            + " (PublicKeyCredential.parseRequestOptionsFromJSON(publicKey)) and an id, good once for 5 minutes."
            + " 429 with Retry-After when 20 sign-ins from this address (or 1,000 in the tenant) are under way")
    public Response startSignIn(@Context Tenant tenant, @Context HttpServletRequest http) {
        PasskeyService.Site site = site(tenant, http);
        try {
            return Response.ok(CeremonyJson.of(passkeys.startSignIn(tenant, site, Origins.of(http)))).build();
        } catch (PasskeyService.TooManySignIns e) {
            return Response.fromResponse(ApiError.response(429, "too_many_sign_ins",
                            "Too many passkey sign-ins under way; try again in " + e.retryAfterSeconds() + " seconds"))
                    .header("Retry-After", e.retryAfterSeconds()).build();
        }
    }

    @POST
    @Path("/session/passkey/{signIn}")
    @PublicTenant
    @Operation(summary = "Sign in with the browser's assertion (credential.toJSON()): sets the session cookie (a new"
            + " session id). 401 when the passkey is not accepted, 429 when throttled")
    public Response finishSignIn(@Context Tenant tenant, @Context HttpServletRequest http,
            @PathParam("signIn") String signIn, JsonNode credential) {
        requireCredential(credential);
        PasskeyService.Site site = site(tenant, http);
        return switch (passkeys.finishSignIn(tenant, signIn, credential.toString(), site, Origins.of(http))) {
            case LoginResult.Success s -> {
                sessions.establish(http, s.user(), "passkey");
                yield Response.ok(new UserJson(s.user().login(), s.user().customerNumber(), s.user().companyName(),
                        s.user().language())).build();
            }
            case LoginResult.SecondFactorNeeded n -> throw new IllegalStateException("a passkey signs in completely");
            case LoginResult.Failed f -> ApiError.response(401, "passkey_failed",
                    "The passkey was not accepted; start again with POST …/session/passkey");
            case LoginResult.Throttled t -> Response.fromResponse(ApiError.response(429, "too_many_attempts",
                            "Too many failed sign-ins; try again in " + Math.max(1, t.retryAfter().toSeconds()) + " seconds"))
                    .header("Retry-After", Math.max(1, t.retryAfter().toSeconds())).build();
        };
    }

    /** The site of this request, or 409 on a host where passkeys are not offered (an IP address, an alias). */
    private PasskeyService.Site site(Tenant tenant, HttpServletRequest http) {
        String host = HostFilter.of(http).orElseGet(http::getServerName);
        return passkeys.site(tenant, host).orElseThrow(() -> new WebApplicationException(ApiError.response(409,
                "passkeys_unavailable", "Passkeys work only on the portal's own host and the tenant's host names")));
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw ValidationException.of("body", MessageKey.FIELD_REQUIRED);
        }
    }

    private static void requireCredential(JsonNode credential) {
        if (credential == null || credential.isNull() || credential.isMissingNode()) {
            throw ValidationException.of("credential", MessageKey.FIELD_REQUIRED);
        }
        if (!credential.isObject()) {
            throw ValidationException.of("credential", MessageKey.PASSKEY_MALFORMED);
        }
    }
}
