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

    private final String host;

    /** A client that keeps cookies, like one browser. */
    public Http(String base) {
        this(base, (String) null);
    }

    /**
     * A client that keeps cookies and sends every request with {@code Host: host}, as a browser
     * would that reached the server under that name (needs {@code jdk.httpclient.allowRestrictedHeaders=host},
     * which the build sets for the integration tests).
     */
    public Http(String base, String host) {
        this.base = base;
        this.host = host;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies).build();
    }

    /** As {@link #Http(String)}, over https trusting {@code tls} (see {@link Https#sslContext()}). */
    public Http(String base, javax.net.ssl.SSLContext tls) {
        this.base = base;
        this.host = null;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies)
                .sslContext(tls).build();
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

    /**
     * Sends one request. Large bodies ask for {@code 100-continue}, so a server that refuses them
     * before reading answers instead of closing the connection under the client's write. A reused
     * connection the server has just closed fails before any answer: then the request is sent once
     * more on a new one, as HTTP clients commonly do.
     */
    public Answer send(String method, String path, String bearer, Object body, String contentType,
            Map<String, String> headers) {
        try {
            return attempt(method, path, bearer, body, contentType, headers);
        } catch (UncheckedIOException e) {
            if (e.getCause().getMessage() == null || !e.getCause().getMessage().contains("received no bytes")) {
                throw e;
            }
            return attempt(method, path, bearer, body, contentType, headers);
        }
    }

    private Answer attempt(String method, String path, String bearer, Object body, String contentType,
            Map<String, String> headers) {
        try {
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.BodyPublisher publisher = text == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(text);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).method(method, publisher)
                    .expectContinue(text != null && text.length() > 64 * 1024);
            if (bearer != null) {
                b.header("Authorization", "Bearer " + bearer);
            }
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            Map<String, String> all = new LinkedHashMap<>(headers);
            if (host != null) {
                all.putIfAbsent("Host", host);
            }
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
