package io.invoiceportal.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.invoiceportal.server.api.ApiError;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself (bad URIs, too long request lines, shutting down) in the API's JSON
 * format for {@code /api} paths; other paths go to the error handler this one wraps. For an address
 * Jetty could not even read, the decision is made on the address as sent ({@link RequestTargets});
 * without one (the request line itself is unreadable), JSON unless the request asks for HTML. While the application is not
 * running (it is being stopped), every such error is a 503 with Retry-After.
 */
public class JsonErrorHandler implements Request.Handler {
    /** The path Jetty gives a request whose request line it could not parse. */
    private static final String UNREADABLE = "/badMessage";
    /** The scheme and authority of an absolute-form request target ({@code http://host/api/...}). */
    private static final Pattern ABSOLUTE_FORM = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Request.Handler fallback;
    private final BooleanSupplier running;

    public JsonErrorHandler(Request.Handler fallback, BooleanSupplier running) {
        this.fallback = fallback == null ? new ErrorHandler() : fallback;
        this.running = running;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!answersJson(request)) {
            return fallback.handle(request, response, callback);
        }
        int status = !running.getAsBoolean() ? 503 : response.getStatus() >= 400 ? response.getStatus() : 500;
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (status == 503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, String.valueOf(ApiError.RETRY_AFTER_SECONDS));
        }
        byte[] body = JSON.writeValueAsBytes(new ApiError(ApiError.codeFor(status), message(status), List.of()));
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    static boolean answersJson(Request request) {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        if (path == null || UNREADABLE.equals(path)) {
            Optional<String> target = RequestTargets.of(request).map(t -> ABSOLUTE_FORM.matcher(t).replaceFirst(""));
            if (target.isPresent()) {
                return isApi(target.get());
            }
            String accept = request.getHeaders().get(HttpHeader.ACCEPT);
            return accept == null || !accept.contains("text/html");
        }
        return isApi(path);
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/api?");
    }

    private static String message(int status) {
        return switch (status) {
            case 400 -> "The request is malformed (for example an encoded '/', '.', NUL or line break in the path)";
            case 414 -> "The address is too long";
            case 431 -> "The request headers are too large";
            case 503 -> "The portal is not available right now; try again shortly";
            default -> status >= 500 ? "Something went wrong on our side" : HttpStatus.getMessage(status);
        };
    }
}
