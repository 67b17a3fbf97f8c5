package io.invoiceportal.server.vaadin;

import com.vaadin.flow.server.InitParameters;
import com.vaadin.flow.server.VaadinServlet;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.MutableServletContextHandler;
import io.invoiceportal.ui.UiServices;
import jakarta.servlet.ServletRegistration;
import io.invoiceportal.server.embed.EmbedSessionHandler;
import org.eclipse.jetty.http.HttpCookie;

/**
 * Runs Vaadin Flow on Dropwizard's application context, next to Jersey: Jersey keeps
 * {@code server.rootPath} (e.g. {@code /api/*}), Vaadin takes {@code /*}.
 *
 * <p>Plain Dropwizard lacks three things Vaadin relies on: HTTP sessions, static resources from
 * {@code META-INF/resources}, and the servlet container initializers that set Vaadin up.
 */
public final class VaadinWiring {

    /** The name the Vaadin servlet is registered under, for filters that apply to the screens only. */
    public static final String SERVLET_NAME = "vaadin";

    /** How long Jetty keeps a session that nobody signed in to without requests. */
    static final int ANONYMOUS_MAX_INACTIVE_SECONDS = 30 * 60;

    private VaadinWiring() {}

    /** The HTTP sessions of the portal: {@code JSESSIONID} with {@code SameSite=Lax}, and the embedded ones. */
    public static EmbedSessionHandler sessionHandler() {
        EmbedSessionHandler sessions = new EmbedSessionHandler();
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        // the Secure flag on every session cookie sent over https; never a session id in URLs
        sessions.setSecureRequestOnly(true);
        sessions.setUsingUriParameters(false);
        // Jetty keeps a session forever by default: one nobody signed in to goes after half an hour
        // without a request; a signed-in one gets UserSessions.SIGNED_IN_MAX_INACTIVE (the tenant's idle
        // timeout, which the session register enforces, is at most 24 hours)
        sessions.setMaxInactiveInterval(ANONYMOUS_MAX_INACTIVE_SECONDS);
        return sessions;
    }

    /** Call once from {@code Application.run}, before the server starts. */
    public static void install(Environment environment, EmbedSessionHandler sessions, UiServices services) {
        MutableServletContextHandler context = environment.getApplicationContext();
        environment.servlets().setSessionHandler(sessions);

        ClassLoader classLoader = VaadinWiring.class.getClassLoader();
        context.setBaseResource(WebResources.metaInfResources(context, classLoader));
        VaadinInitializers.register(context, classLoader);
        context.setAttribute(UiServices.ATTRIBUTE, services);

        ServletRegistration.Dynamic vaadin = environment.servlets().addServlet(SERVLET_NAME, VaadinServlet.class);
        vaadin.setAsyncSupported(true);
        // Navigate on the server during the first request, so the page carries the view and an
        // unknown tenant or route answers 404. Set here because the plugin's <eagerServerLoad> is
        // lost: the pre-compiled prod bundle brings its own flow-build-info.json with false.
        vaadin.setInitParameter(InitParameters.SERVLET_PARAMETER_INITIAL_UIDL, "true");
        // framing is SecurityHeadersFilter's: Vaadin's own X-Frame-Options would refuse a tenant's embedOrigins
        vaadin.setInitParameter("frameOptions", "");
        vaadin.addMapping("/*");
    }
}
