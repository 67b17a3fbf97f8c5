package io.invoiceportal.server.web;

import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.server.embed.EmbedSessionHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Where a request came from, for the audit trail: the client address (the proxy's forwarded one
 * when {@code PORTAL_USE_FORWARDED_HEADERS} is set, which Jetty applies to the request), the user
 * agent and the way in: {@code embed} in an embedded session (its screens, and a file its frame
 * fetches from the API); under {@code /api/} {@code ui} when the browser navigates to it (a link of
 * the portal's screens, such as the invoice number that opens the PDF: {@code Sec-Fetch-Mode:
 * navigate}) and {@code rest} otherwise; {@code ui} for the screens.
 */
public final class Origins {
    private Origins() {}

    /** The origin of a customer's request (screen, embedded screen or REST). */
    public static Origin of(HttpServletRequest request) {
        return new Origin(address(request), request.getHeader("User-Agent"), via(request));
    }

    /** The origin of an issuer's request made with its API key. */
    public static Origin ofIssuer(HttpServletRequest request) {
        return new Origin(address(request), request.getHeader("User-Agent"), Origin.API);
    }

    /** The client address as people write it: an IPv6 address without Jetty's brackets, loopback as {@code ::1}. */
    static String address(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (address != null && address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        return "0:0:0:0:0:0:0:1".equals(address) ? "::1" : address;
    }

    private static String via(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        boolean embedded = session != null && Boolean.TRUE.equals(session.getAttribute(EmbedSessionHandler.EMBEDDED))
                || Boolean.TRUE.equals(request.getAttribute(EmbedSessionHandler.EMBED_REQUEST));
        if (embedded) {
            return Origin.EMBED;
        }
        String uri = request.getRequestURI();
        if (uri != null && uri.startsWith("/api/")) {
            return "navigate".equals(request.getHeader("Sec-Fetch-Mode")) ? Origin.UI : Origin.REST;
        }
        return Origin.UI;
    }
}
