package io.invoiceportal.server.mfa;

import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.mfa.MfaService;
import io.invoiceportal.core.mfa.QrCodes;
import io.invoiceportal.core.session.SessionService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.account.UserSessions;
import io.invoiceportal.server.auth.CustomerOnly;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * The customer's second factor over REST: its state, TOTP enrolment (begun with the current
 * password, confirmed with a code), removal and new recovery codes (with the current password).
 * A change ends the account's other sessions; this one goes on under a new session id.
 */
@Path("/v1/tenants/{tenant}/me/mfa")
@Tag(name = "Customer")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@CustomerOnly
public class MfaResource {
    private final MfaService mfa;
    private final UserSessions sessions;

    public MfaResource(MfaService mfa, UserSessions sessions) {
        this.mfa = mfa;
        this.sessions = sessions;
    }

    public record PasswordBody(String currentPassword) {}

    public record CodeBody(String code) {}

    public record StateJson(String mode, String totp, Instant totpSince, int recoveryCodesLeft, boolean otherFactor,
            boolean enrolmentRequired) {}

    public record EnrolmentJson(String secret, String otpauthUri, String qrCode, Instant expiresAt) {}

    public record RecoveryCodesJson(List<String> recoveryCodes) {}

    @GET
    @Operation(summary = "The second factor: the portal's mode (off, optional, required), TOTP off/pending/active,"
            + " recovery codes left, whether another factor (a passkey) exists and whether enrolment is required")
    public StateJson state(@Context Tenant tenant, @Context SignedIn user) {
        MfaService.State s = mfa.state(tenant, user);
        return new StateJson(s.mode(), s.totp(), s.totpSince(), s.recoveryCodesLeft(), s.otherFactor(),
                s.enrolmentRequired());
    }

    @POST
    @Path("/totp")
    @Operation(summary = "Begin a TOTP enrolment with the current password: a new secret, its otpauth URI and QR code"
            + " (SVG data URI); confirm with PUT within 15 minutes. 409 when TOTP is on already or MFA is off")
    public Response begin(@Context Tenant tenant, @Context SignedIn user, PasswordBody body) {
        requireBody(body);
        MfaService.Enrolment e = mfa.beginTotp(tenant, user, body.currentPassword());
        return Response.status(201).entity(new EnrolmentJson(e.secret(), e.otpauthUri(), QrCodes.dataUri(e.otpauthUri()),
                e.expiresAt())).build();
    }

    @PUT
    @Path("/totp")
    @Operation(summary = "Confirm the pending enrolment with a code of the app: TOTP is on, 10 recovery codes are"
            + " shown this once, the account's other sessions end. 422 code; 409 when no enrolment is pending")
    public RecoveryCodesJson confirm(@Context Tenant tenant, @Context SignedIn user, @Context HttpServletRequest http,
            CodeBody body) {
        requireBody(body);
        MfaService.Changed changed = mfa.confirmTotp(tenant, user, body.code(), Origins.of(http));
        sessions.credentialsChanged(http, changed.user(), SessionService.MFA);
        return new RecoveryCodesJson(changed.recoveryCodes());
    }

    @DELETE
    @Path("/totp")
    @Operation(summary = "Remove TOTP and its recovery codes, with the current password in the body; the account's"
            + " other sessions end. 409 when TOTP is not on, or the portal requires a second factor and no other remains")
    public Response remove(@Context Tenant tenant, @Context SignedIn user, @Context HttpServletRequest http,
            PasswordBody body) {
        requireBody(body);
        MfaService.Changed changed = mfa.removeTotp(tenant, user, body.currentPassword(), Origins.of(http));
        sessions.credentialsChanged(http, changed.user(), SessionService.MFA);
        return Response.noContent().build();
    }

    @POST
    @Path("/recovery-codes")
    @Operation(summary = "10 new recovery codes with the current password, shown this once; the old ones stop working"
            + " and the account's other sessions end. 409 when TOTP is not on")
    public Response recoveryCodes(@Context Tenant tenant, @Context SignedIn user, @Context HttpServletRequest http,
            PasswordBody body) {
        requireBody(body);
        MfaService.Changed changed = mfa.regenerateRecoveryCodes(tenant, user, body.currentPassword(), Origins.of(http));
        sessions.credentialsChanged(http, changed.user(), SessionService.MFA);
        return Response.status(201).entity(new RecoveryCodesJson(changed.recoveryCodes())).build();
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw ValidationException.of("body", MessageKey.FIELD_REQUIRED);
        }
    }
}
