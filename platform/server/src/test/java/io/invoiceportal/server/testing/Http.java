package io.invoiceportal.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small JSON-over-HTTP client for whole-application tests. */
public final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client;
    private final String base;
    private final java.net.CookieManager cookies = new java.net.CookieManager();

    /** A client that keeps cookies, like one browser. */
    public Http(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies).build();
    }

    /** The value of a cookie this client holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** A response with its body as text and, when it is JSON, parsed. */
    public record Answer(int status, String body, HttpResponse<byte[]> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Answer get(String path, String bearer) {
        return send("GET", path, bearer, null, null, Map.of());
    }

    public Answer post(String path, String bearer, Object body) {
        return send("POST", path, bearer, body, "application/json", Map.of());
    }

    public Answer put(String path, String bearer, Object body) {
        return send("PUT", path, bearer, body, "application/json", Map.of());
    }

    public Answer send(String method, String path, String bearer, Object body, String contentType,
            Map<String, String> headers) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).method(method, publisher);
            if (bearer != null) {
                b.header("Authorization", "Bearer " + bearer);
            }
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.forEach(b::header);
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
