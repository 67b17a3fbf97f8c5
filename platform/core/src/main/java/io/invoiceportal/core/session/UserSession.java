package io.invoiceportal.core.session;

import io.invoiceportal.core.tenant.Tenant;
import java.time.Instant;

/**
 * A signed-in session as its customer sees it: how it signed in, from where (IP address, user
 * agent and the {@link Device} read from it), when it began and was last used, and when it ends
 * unless used again ({@code idleExpiresAt}) or anyway ({@code expiresAt}). {@code current}: the
 * session asking.
 */
public record UserSession(long id, boolean current, String method, boolean embed, String ip, String userAgent,
        Device device, Instant signedInAt, Instant lastSeenAt, Instant idleExpiresAt, Instant expiresAt) {

    static UserSession of(UserSessionDao.Row row, boolean current) {
        Tenant.Security security = SessionService.security(row);
        Instant expiresAt = row.createdAt().plus(security.absoluteTimeout());
        Instant idle = row.lastSeenAt().plus(security.idleTimeout());
        return new UserSession(row.id(), current, row.method(), row.embed(), row.ip(), row.userAgent(),
                Device.of(row.userAgent()), row.createdAt(), row.lastSeenAt(), idle.isBefore(expiresAt) ? idle : expiresAt,
                expiresAt);
    }

    UserSession asCurrent() {
        return new UserSession(id, true, method, embed, ip, userAgent, device, signedInAt, lastSeenAt, idleExpiresAt,
                expiresAt);
    }
}
