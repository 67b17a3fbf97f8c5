package io.invoiceportal.server.embed;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.session.ManagedSession;

/**
 * The servlet session handler with a second session cookie. A session made by an embedded hand-over
 * (the request carries {@link #EMBED_REQUEST}) or by a page under {@code /t/{tenant}/embed/} is
 * <em>embedded</em>: its cookie is {@value #EMBED_COOKIE}, {@code SameSite=None; Secure; Partitioned;
 * HttpOnly}, so it works inside a partner's iframe, and it is kept apart from the portal's own
 * {@code JSESSIONID} ({@code SameSite=Lax}). A request carrying a valid embedded session uses it, so
 * an iframe on a same-site partner never runs as the browser's own portal session. The hand-over
 * pages ({@code /t/{tenant}/portal-session}, {@code /t/{tenant}/sso}) join no session: they always
 * start a new one.
 */
public class EmbedSessionHandler extends SessionHandler {
    public static final String EMBED_COOKIE = "PORTAL_EMBED_SESSION";
    /** Session attribute (Boolean.TRUE) of an embedded session. */
    public static final String EMBEDDED = "io.invoiceportal.embedded";
    /** Request attribute: a session this request makes is embedded. */
    public static final String EMBED_REQUEST = "io.invoiceportal.embed-request";
    private static final Pattern EMBED_PAGE = Pattern.compile("^/t/[a-z0-9-]{1,63}/embed(/.*)?$");
    private static final Pattern HAND_OVER = Pattern.compile("^/t/[a-z0-9-]{1,63}/(portal-session|sso)$");

    @Override
    public void newSession(Request request, String requestedSessionId, Consumer<ManagedSession> consumer) {
        boolean embedded = request != null && (Boolean.TRUE.equals(request.getAttribute(EMBED_REQUEST))
                || EMBED_PAGE.matcher(request.getHttpURI().getPath()).matches());
        super.newSession(request, requestedSessionId, session -> {
            if (embedded) {
                session.setAttribute(EMBEDDED, Boolean.TRUE);
            }
            consumer.accept(session);
        });
    }

    @Override
    public HttpCookie getSessionCookie(ManagedSession session, boolean requestIsSecure) {
        if (!isUsingCookies() || !Boolean.TRUE.equals(session.getAttribute(EMBEDDED))) {
            return super.getSessionCookie(session, requestIsSecure);
        }
        Map<String, String> attributes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        attributes.putAll(getSessionCookieAttributes());
        attributes.put(HttpCookie.SAME_SITE_ATTRIBUTE, HttpCookie.SameSite.NONE.getAttributeValue());
        attributes.put(HttpCookie.SECURE_ATTRIBUTE, "true");
        attributes.put(HttpCookie.PARTITIONED_ATTRIBUTE, "true");
        attributes.put(HttpCookie.HTTP_ONLY_ATTRIBUTE, "true");
        return session.generateSetCookie(EMBED_COOKIE, attributes);
    }

    @Override
    protected RequestedSession resolveRequestedSessionId(Request request) {
        String path = request.getHttpURI().getPath();
        if (path != null && HAND_OVER.matcher(path).matches()) {
            return RequestedSession.NO_REQUESTED_SESSION;
        }
        for (String id : cookieValues(request, EMBED_COOKIE)) {
            ManagedSession session = getManagedSession(id);
            if (session != null && session.isValid() && Boolean.TRUE.equals(session.getAttribute(EMBEDDED))) {
                return new RequestedSession(session, id, RequestedSession.ID_FROM_COOKIE);
            }
            complete(session);
        }
        return super.resolveRequestedSessionId(request);
    }

    /**
     * Ends the sessions of these ids (the cookie values a hand-over replaces); returns the values
     * their attribute {@code attribute} had.
     */
    public List<Object> endSessions(List<String> ids, String attribute) {
        List<Object> values = new java.util.ArrayList<>();
        for (String id : ids) {
            ManagedSession session = getManagedSession(id);
            if (session != null) {
                try {
                    if (session.isValid()) {
                        if (session.getAttribute(attribute) != null) {
                            values.add(session.getAttribute(attribute));
                        }
                        session.invalidate();
                    }
                } finally {
                    complete(session);
                }
            }
        }
        return values;
    }

    private static List<String> cookieValues(Request request, String name) {
        List<HttpCookie> cookies = Request.getCookies(request);
        return cookies == null ? List.of()
                : cookies.stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).toList();
    }
}
