package io.invoiceportal.server.embed;

import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.account.HandOverToken;
import io.invoiceportal.server.account.UserSessions;
import io.invoiceportal.ui.access.Languages;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.apache.shiro.SecurityUtils;

/**
 * The last step of every hand-over (portal session, partner's signed token): ends this browser's
 * session of the same kind, signs the customer in to a fresh session (embedded: its own
 * partitioned cookie) and sends the browser on with 303, so the token leaves the address bar and
 * the history. The page answering is never cached and sends no referrer.
 */
public final class HandOver {
    private final EmbedSessionHandler sessions;
    private final UserSessions userSessions;

    public HandOver(EmbedSessionHandler sessions, UserSessions userSessions) {
        this.sessions = sessions;
        this.userSessions = userSessions;
    }

    /** Where a hand-over lands: the invoice list, embedded or not. */
    public static String target(Tenant tenant, boolean embed) {
        return "/t/" + tenant.slug() + (embed ? "/embed/invoices" : "/invoices");
    }

    /**
     * Signs {@code user} (checked by the caller) in to a new session and answers 303 to the invoice
     * list; {@code language} (nl/en, or null) is the page language of that session. {@code method}
     * ({@code portal-session}, {@code sso}) is registered as how the session signed in.
     */
    public void signIn(HttpServletRequest request, HttpServletResponse response, Tenant tenant, SignedIn user,
            boolean embed, String language, String method) {
        if (user.tenantId() != tenant.id()) {
            throw new IllegalArgumentException("a customer of another tenant");
        }
        userSessions.ended(request, sessions.endSessions(cookieValues(request,
                embed ? EmbedSessionHandler.EMBED_COOKIE : sessions.getSessionCookie()), UserSessions.KEY));
        request.setAttribute(EmbedSessionHandler.EMBED_REQUEST, embed);
        try {
            SecurityUtils.getSubject().login(new HandOverToken(user));
            if (language != null) {
                request.getSession(true).setAttribute(Languages.HANDED_OVER, language);
            }
            userSessions.register(request, user, method);
        } finally {
            request.removeAttribute(EmbedSessionHandler.EMBED_REQUEST);
        }
        noTrace(response);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target(tenant, embed));
    }

    /** Headers of a page whose address carried a token: not stored, not passed on as a referrer. */
    public static void noTrace(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    private static List<String> cookieValues(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? List.of()
                : Arrays.stream(cookies).filter(c -> c.getName().equals(name)).map(Cookie::getValue).toList();
    }
}
