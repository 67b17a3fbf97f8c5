package io.invoiceportal.server.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Ends a screen's session on its next request to the server once the session is no longer good
 * (ended on another device or node, idle or past its absolute time, its password or second factor
 * changed, the account deactivated). The REST API checks every request itself; open screens talk
 * to Vaadin, which never asks again after the page was entered. Without the session, Vaadin
 * answers the screen's next round trip with "session expired", the browser reloads the page and
 * the route guard sends it to the login page; a download link of the old session finds nothing.
 * An open screen polls while signed in ({@code SessionWatch}), so that happens within seconds
 * without a click.
 *
 * <p>It also tells a user action from background traffic ({@link Activity}): a Vaadin round trip
 * counts when its message carries a DOM event other than a poll, a value the user changed or a
 * navigation; return values, client callables, polls and heartbeats do not.
 */
public class EndedSessionsFilter implements Filter {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Vaadin's poll event; every other DOM event is something the user did. */
    private static final String POLL = "ui-poll";
    private static final Set<String> USER_RPC = Set.of("event", "mSync", "navigation");
    private final UserSessions sessions;

    public EndedSessionsFilter(UserSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && http.getSession(false) != null) {
            if ("POST".equals(http.getMethod()) && "v-r=uidl".equals(uidlType(http))) {
                byte[] body = http.getInputStream().readAllBytes();
                http.setAttribute(Activity.ATTRIBUTE, carriesUserAction(body));
                request = http = new CachedBody(http, body);
            }
            sessions.endIfNoLongerGood(http);
        }
        chain.doFilter(request, response);
    }

    private static String uidlType(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String part : query.split("&")) {
            if (part.startsWith("v-r=")) {
                return part;
            }
        }
        return null;
    }

    static boolean carriesUserAction(byte[] body) {
        try {
            JsonNode rpc = JSON.readTree(body).path("rpc");
            for (JsonNode call : rpc) {
                String type = call.path("type").asText();
                if (USER_RPC.contains(type) && !("event".equals(type) && POLL.equals(call.path("event").asText()))) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException notJson) {
            return false;
        }
    }

    /** The request with its body read once and served again to Vaadin. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }
}
