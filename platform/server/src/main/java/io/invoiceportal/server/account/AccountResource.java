package io.invoiceportal.server.account;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.LoginResult;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.mfa.MfaService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.api.ApiError;
import io.invoiceportal.server.api.CleanText;
import io.invoiceportal.server.auth.CustomerOnly;
import io.invoiceportal.server.auth.PublicTenant;
import io.invoiceportal.server.web.Origins;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The customer's account over REST: activation, session, password change, forgotten password. */
@Path("/v1/tenants/{tenant}")
@Tag(name = "Customer")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {
    static final String RESET_ANSWER = "If the login and e-mail address belong to an account, an e-mail with a link to"
            + " set a new password is on its way.";
    private final AccountService accounts;
    private final UserSessions sessions;

    public AccountResource(AccountService accounts, UserSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    public record ActivationBody(String token, String password, String passwordConfirmation) {}

    /**
     * Read without the text check of every other body: a login or address with bad text belongs to
     * no account, so it gets the same 202 as any other pair.
     */
    public record ResetRequestBody(@JsonDeserialize(using = StringDeserializer.class) String login,
            @JsonDeserialize(using = StringDeserializer.class) String email) {
        boolean clean() {
            return (login == null || CleanText.isClean(login)) && (email == null || CleanText.isClean(email));
        }
    }

    public record LoginBody(String login, String password) {}

    public record PasswordChangeBody(String currentPassword, String newPassword, String newPasswordConfirmation) {}

    public record UserJson(String login, String customerNumber, String companyName, String language) {
        static UserJson of(SignedIn u) {
            return new UserJson(u.login(), u.customerNumber(), u.companyName(), u.language());
        }
    }

    @POST
    @Path("/activation")
    @PublicTenant
    @Operation(summary = "Activate an account with the token of the activation e-mail and a first password")
    public Response activate(@Context Tenant tenant, @Context HttpServletRequest http, ActivationBody body) {
        requireBody(body);
        accounts.activate(tenant, body.token(), body.password(), body.passwordConfirmation(), Origins.of(http));
        return Response.ok(Map.of("state", "active")).build();
    }

    @POST
    @Path("/password-reset-requests")
    @PublicTenant
    @Operation(summary = "Ask for a password reset e-mail; always 202 with the same answer")
    public Response requestReset(@Context Tenant tenant, ResetRequestBody body) {
        requireBody(body);
        if (body.clean()) {
            accounts.requestPasswordReset(tenant, body.login(), body.email());
        }
        return Response.accepted(Map.of("message", RESET_ANSWER)).build();
    }

    @POST
    @Path("/password-resets")
    @PublicTenant
    @Operation(summary = "Set a new password with the token of the reset e-mail")
    public Response reset(@Context Tenant tenant, @Context HttpServletRequest http, ActivationBody body) {
        requireBody(body);
        accounts.resetPassword(tenant, body.token(), body.password(), body.passwordConfirmation(), Origins.of(http));
        return Response.ok(Map.of("state", "active")).build();
    }

    @POST
    @Path("/session")
    @PublicTenant
    @Operation(summary = "Log in: sets the session cookie (a new session id). 202 {secondFactor} when a code is"
            + " needed next (POST …/session/second-factor); 401 on wrong credentials, 429 when throttled")
    public Response login(@Context Tenant tenant, @Context HttpServletRequest http, LoginBody body) {
        requireBody(body);
        return switch (sessions.login(http, tenant, body.login(), body.password())) {
            case LoginResult.Success s -> Response.ok(UserJson.of(s.user())).build();
            case LoginResult.SecondFactorNeeded n when n.methods().equals(List.of(MfaService.PASSKEY)) ->
                    Response.accepted(Map.of("secondFactor", n.methods(), "message", "This portal requires two-step"
                            + " verification: sign in with your passkey (POST /api/v1/tenants/" + tenant.slug()
                            + "/session/passkey)")).build();
            case LoginResult.SecondFactorNeeded n -> Response.accepted(Map.of("secondFactor", n.methods(),
                    "message", "Send the code of your authenticator app or a recovery code to POST /api/v1/tenants/"
                            + tenant.slug() + "/session/second-factor")).build();
            case LoginResult.Failed f -> ApiError.response(401, "invalid_credentials", "Login name or password is not correct");
            case LoginResult.Throttled t -> throttled(t.retryAfter(), "Too many failed logins");
        };
    }

    public record CodeBody(String code) {}

    @POST
    @Path("/session/second-factor")
    @PublicTenant
    @Operation(summary = "Complete a sign-in that answered 202 with a TOTP code or a recovery code: 200 with the"
            + " user (a new session id); 401 invalid_code, 401 unauthorized when no sign-in waits, 429 when throttled")
    public Response secondFactor(@Context Tenant tenant, @Context HttpServletRequest http, CodeBody body) {
        requireBody(body);
        if (body.code() == null || body.code().isBlank()) {
            throw ValidationException.of("code", MessageKey.FIELD_REQUIRED);
        }
        return switch (sessions.secondFactor(http, tenant, body.code())) {
            case MfaService.CodeResult.Success s -> Response.ok(UserJson.of(sessions.current(http, tenant).orElseThrow()))
                    .build();
            case MfaService.CodeResult.Failed f -> ApiError.response(401, "invalid_code",
                    "The code is not correct, has expired or was used already");
            case MfaService.CodeResult.Throttled t -> throttled(t.retryAfter(), "Too many wrong codes");
            case MfaService.CodeResult.NotPending n -> ApiError.response(401, "unauthorized",
                    "No sign-in waits for a code: log in first with POST /api/v1/tenants/" + tenant.slug() + "/session");
        };
    }

    private static Response throttled(java.time.Duration retryAfter, String what) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return Response.fromResponse(ApiError.response(429, "too_many_attempts",
                what + "; try again in " + seconds + " seconds")).header("Retry-After", seconds).build();
    }

    @DELETE
    @Path("/session")
    @PublicTenant
    @Operation(summary = "Log out: ends the session")
    public Response logout(@Context HttpServletRequest http) {
        sessions.logout(http);
        return Response.noContent().build();
    }

    @PUT
    @Path("/me/password")
    @CustomerOnly
    @Operation(summary = "Change the password (letters and digits, at least 8); other sessions of the account end")
    public Response changePassword(@Context Tenant tenant, @Context SignedIn user, @Context HttpServletRequest http,
            PasswordChangeBody body) {
        requireBody(body);
        SignedIn changed = accounts.changePassword(tenant, user, body.currentPassword(),
                body.newPassword(), body.newPasswordConfirmation(), Origins.of(http), UserSessions.key(http).orElse(null));
        sessions.refresh(http, tenant, changed, body.newPassword());
        return Response.noContent().build();
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw ValidationException.of("body", MessageKey.FIELD_REQUIRED);
        }
    }
}
