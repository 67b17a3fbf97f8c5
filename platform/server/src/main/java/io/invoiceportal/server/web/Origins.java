package io.invoiceportal.server.web;

import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.server.embed.EmbedSessionHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Where a request came from, for the audit trail: the client address (the proxy's forwarded one
 * when {@code PORTAL_USE_FORWARDED_HEADERS} is set, which Jetty applies to the request), the user
 * agent and the way in: {@code rest} under {@code /api/}, {@code embed} in an embedded session,
 * {@code ui} otherwise.
 */
public final class Origins {
    private Origins() {}

    /** The origin of a customer's request (screen, embedded screen or REST). */
    public static Origin of(HttpServletRequest request) {
        return new Origin(request.getRemoteAddr(), request.getHeader("User-Agent"), via(request));
    }

    /** The origin of an issuer's request made with its API key. */
    public static Origin ofIssuer(HttpServletRequest request) {
        return new Origin(request.getRemoteAddr(), request.getHeader("User-Agent"), Origin.API);
    }

    private static String via(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (uri != null && uri.startsWith("/api/")) {
            return Origin.REST;
        }
        HttpSession session = request.getSession(false);
        boolean embedded = session != null && Boolean.TRUE.equals(session.getAttribute(EmbedSessionHandler.EMBEDDED))
                || Boolean.TRUE.equals(request.getAttribute(EmbedSessionHandler.EMBED_REQUEST));
        return embedded ? Origin.EMBED : Origin.UI;
    }
}
