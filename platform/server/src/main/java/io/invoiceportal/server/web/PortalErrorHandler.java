package io.invoiceportal.server.web;

import io.dropwizard.core.setup.Environment;
import io.invoiceportal.core.tenant.TenantService;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * What a browser gets when Jetty or a servlet ends a request with an error status (an unknown file,
 * a malformed address, Vaadin's "session expired"): an {@link ErrorPage} in the portal's look and
 * the visitor's language, never Jetty's own page, whatever the browser accepts. The API edge
 * ({@link JsonErrorHandler}) wraps it and answers {@code /api} in JSON.
 */
public class PortalErrorHandler extends ErrorHandler {

    private final ErrorPage page;

    PortalErrorHandler(ErrorPage page) {
        this.page = page;
    }

    /**
     * Sets the error pages on the application context and, for the requests Jetty refuses before any
     * context (such as an ambiguous path), on the server. Call before the API edge wraps them.
     */
    public static void install(Environment environment, TenantService tenants) {
        ErrorPage page = new ErrorPage(tenants);
        environment.getApplicationContext().setErrorHandler(new PortalErrorHandler(page));
        environment.lifecycle().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                if (event instanceof Server server) {
                    server.setErrorHandler(new OutsideContext(page));
                }
            }
        });
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
            List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
        return super.generateAcceptableResponse(request, response, callback, "text/html", List.of(StandardCharsets.UTF_8),
                code, message, cause);
    }

    @Override
    protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message, Throwable cause)
            throws IOException {
        writer.write(html(page, request, code));
    }

    /** The decoded path, else the raw one; an address Jetty could not parse at all has neither. */
    static String html(ErrorPage page, Request request, int code) {
        HttpURI uri = request.getHttpURI();
        String path = uri == null ? null : uri.getDecodedPath() != null ? uri.getDecodedPath() : uri.getPath();
        return page.html(path, request.getHeaders().get("Accept-Language"), code);
    }

    /** The same page from Jetty's core error handler, which needs no servlet context. */
    private static final class OutsideContext extends org.eclipse.jetty.server.handler.ErrorHandler {
        private final ErrorPage page;

        OutsideContext(ErrorPage page) {
            this.page = page;
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
            return super.generateAcceptableResponse(request, response, callback, "text/html",
                    List.of(StandardCharsets.UTF_8), code, message, cause);
        }

        @Override
        protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message, Throwable cause)
                throws IOException {
            writer.write(html(page, request, code));
        }
    }
}
