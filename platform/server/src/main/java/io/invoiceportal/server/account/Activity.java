package io.invoiceportal.server.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * Whether a request is a user action, which keeps a session from going idle, or background
 * traffic, which does not. REST: every call but reading the sessions list ({@code GET …/me/sessions},
 * how a client learns when its session expires). Screens: opening a page, a download, and a round
 * trip that carries something the user did (a click, a typed value, a navigation); not Vaadin's
 * heartbeats, push, polls, nor static resources. {@link EndedSessionsFilter} reads the round trip's
 * message and leaves its finding in {@link #ATTRIBUTE}.
 */
public final class Activity {
    /** Request attribute (Boolean): the finding of {@link EndedSessionsFilter} on a screen's request. */
    public static final String ATTRIBUTE = Activity.class.getName();
    private static final Pattern SESSIONS_LIST = Pattern.compile("^/api/v1/tenants/[^/]+/me/sessions/?$");

    private Activity() {}

    public static boolean isUserAction(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Boolean found) {
            return found;
        }
        String path = request.getRequestURI();
        if (path != null && path.startsWith("/api/")) {
            return !("GET".equals(request.getMethod()) && SESSIONS_LIST.matcher(path).matches());
        }
        String query = request.getQueryString();
        if (query != null && (query.startsWith("v-r=") || query.contains("&v-r="))) {
            return false; // heartbeat, push, or a round trip the filter did not read
        }
        return path == null || !path.startsWith("/VAADIN/") || path.startsWith("/VAADIN/dynamic/");
    }
}
