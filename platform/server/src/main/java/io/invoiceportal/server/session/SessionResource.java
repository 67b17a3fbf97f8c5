package io.invoiceportal.server.session;

import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.common.NotFoundException;
import io.invoiceportal.core.session.SessionService;
import io.invoiceportal.core.session.UserSession;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.account.UserSessions;
import io.invoiceportal.server.auth.CustomerOnly;
import io.invoiceportal.server.web.Origins;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * "Your sessions" over REST: the customer's signed-in sessions (screens, embedded screens, REST),
 * ending one of them or all others. Reading the list is not a user action: it does not keep the
 * session from going idle, so a client may use it to learn when its session expires.
 */
@Path("/v1/tenants/{tenant}/me/sessions")
@Tag(name = "Customer")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
    private final UserSessions sessions;

    public SessionResource(UserSessions sessions) {
        this.sessions = sessions;
    }

    public record DeviceJson(String browser, String os) {}

    public record SessionJson(long id, boolean current, String method, boolean embed, String ip, String userAgent,
            DeviceJson device, Instant signedInAt, Instant lastSeenAt, Instant idleExpiresAt, Instant expiresAt) {
        static SessionJson of(UserSession s) {
            return new SessionJson(s.id(), s.current(), s.method(), s.embed(), s.ip(), s.userAgent(),
                    new DeviceJson(s.device().browser(), s.device().os()), s.signedInAt(), s.lastSeenAt(),
                    s.idleExpiresAt(), s.expiresAt());
        }
    }

    public record ListJson(List<SessionJson> items) {}

    @GET
    @CustomerOnly
    @Operation(summary = "The customer's signed-in sessions, the latest used first; the one asking has current=true."
            + " Its idleExpiresAt and expiresAt say when it ends; asking does not count as activity")
    public ListJson list(@Context Tenant tenant, @Context SignedIn user, @Context HttpServletRequest http) {
        return new ListJson(sessions.registry().list(tenant, user, UserSessions.key(http).orElse(null)).stream()
                .map(SessionJson::of).toList());
    }

    @DELETE
    @Path("/{id}")
    @CustomerOnly
    @Operation(summary = "End one of the customer's sessions (at once, on every device and node): 204;"
            + " an id that is not one of the customer's open sessions: 404. Ending the current one signs out")
    public Response endOne(@Context Tenant tenant, @Context SignedIn user, @Context HttpServletRequest http,
            @PathParam("id") String id) {
        boolean current = sessions.registered(http).map(s -> Long.toString(s.id()).equals(id)).orElse(false);
        if (!sessions.registry().endOne(tenant, user, parse(id), Origins.of(http))) {
            throw new NotFoundException("No session " + id);
        }
        if (current) {
            sessions.drop(http);
        }
        return Response.noContent().build();
    }

    @DELETE
    @CustomerOnly
    @Operation(summary = "End all the customer's other sessions; the current one goes on. 200 {\"ended\": n}")
    public Map<String, Integer> endOthers(@Context Tenant tenant, @Context SignedIn user,
            @Context HttpServletRequest http) {
        SessionService.Key current = UserSessions.key(http).orElseThrow();
        return Map.of("ended", sessions.registry().endOthers(tenant, user, current, Origins.of(http)));
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("No session " + id);
        }
    }
}
