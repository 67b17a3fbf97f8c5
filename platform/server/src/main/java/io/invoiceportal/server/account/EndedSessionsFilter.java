package io.invoiceportal.server.account;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Ends a screen's session on its next request to the server once the session is no longer good
 * (its password was changed or reset elsewhere, or the account was deactivated). The REST API
 * checks every request itself; open screens talk to Vaadin, which never asks again after the page
 * was entered. Without the session, Vaadin answers the screen's next round trip with "session
 * expired", the browser reloads the page and the route guard sends it to the login page; a
 * download link of the old session finds nothing.
 */
public class EndedSessionsFilter implements Filter {
    private final UserSessions sessions;

    public EndedSessionsFilter(UserSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && http.getSession(false) != null) {
            sessions.endIfNoLongerGood(http);
        }
        chain.doFilter(request, response);
    }
}
