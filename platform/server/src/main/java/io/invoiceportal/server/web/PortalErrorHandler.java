package io.invoiceportal.server.web;

import io.invoiceportal.core.tenant.TenantService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * What the application port answers when Jetty or a servlet ends a request with an error status
 * (an unknown file, a malformed address, a {@code sendError}): under {@code /api} a JSON error,
 * elsewhere an {@link ErrorPage} in the portal's look and the visitor's language. Never Jetty's own
 * page, whatever the browser accepts. Set on the application context, and through {@link #installOn}
 * on the server for the requests Jetty refuses before any context (such as an ambiguous path).
 */
public class PortalErrorHandler extends ErrorHandler {

    private final Bodies bodies;

    public PortalErrorHandler(TenantService tenants) {
        this.bodies = new Bodies(new ErrorPage(tenants));
    }

    /** Answers, on the server, the requests that never reach the application context. */
    public void installOn(Server server) {
        server.setErrorHandler(new OutsideContext(bodies));
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
            List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
        return super.generateAcceptableResponse(request, response, callback, bodies.type(request), List.of(StandardCharsets.UTF_8),
                code, message, cause);
    }

    @Override
    protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message, Throwable cause)
            throws IOException {
        writer.write(bodies.html(request, code));
    }

    @Override
    protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        writer.write(bodies.json(code));
    }

    /** The same answers from Jetty's core error handler, which needs no servlet context. */
    private static final class OutsideContext extends org.eclipse.jetty.server.handler.ErrorHandler {
        private final Bodies bodies;

        OutsideContext(Bodies bodies) {
            this.bodies = bodies;
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
            return super.generateAcceptableResponse(request, response, callback, bodies.type(request),
                    List.of(StandardCharsets.UTF_8), code, message, cause);
        }

        @Override
        protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message, Throwable cause)
                throws IOException {
            writer.write(bodies.html(request, code));
        }

        @Override
        protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
            writer.write(bodies.json(code));
        }
    }

    /** JSON for the API, the error page for everything else. */
    private record Bodies(ErrorPage page) {

        String type(Request request) {
            String path = path(request);
            return path.equals("/api") || path.startsWith("/api/") ? "application/json" : "text/html";
        }

        String html(Request request, int code) {
            return page.html(path(request), request.getHeaders().get("Accept-Language"), code);
        }

        String json(int code) {
            return "{\"code\":\"error\",\"message\":\"" + HttpStatus.getMessage(code) + "\",\"errors\":[]}";
        }

        /** The decoded path, else the raw one; an address Jetty could not parse at all has neither. */
        private static String path(Request request) {
            HttpURI uri = request.getHttpURI();
            String path = uri.getDecodedPath() != null ? uri.getDecodedPath() : uri.getPath();
            return path == null ? "" : path;
        }
    }
}
