package io.invoiceportal.server.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * REST calls of the fault suite, each bounded (5 s to connect, {@link #TIMEOUT} for the answer), that
 * record what happened instead of throwing: the answer, or the error, and how long it took.
 */
final class Cluster {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private Cluster() {}

    /** One request's outcome (answered {@code at}): {@code status} 0 and {@code error} set when no answer came. */
    record Call(String node, String what, int status, String body, String contentType, String retryAfter, long millis,
            Throwable error, java.time.Instant at) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** The JSON 503 the portal promises while the database is away or it is stopping. */
        boolean isUnavailable() {
            return status == 503 && contentType != null && contentType.startsWith("application/json")
                    && body.contains("\"code\":\"unavailable\"") && retryAfter != null && retryAfter.matches("\\d+");
        }

        @Override
        public String toString() {
            return node + " " + what + " → " + (error != null ? error : status + " " + body) + " (" + millis + " ms)";
        }
    }

    /** A JSON request to {@code base + /api + path}, sent at once; the future never fails. */
    static CompletableFuture<Call> send(HttpClient client, String node, String base, String method, String path,
            String bearer, Object body, Map<String, String> headers) {
        String text;
        try {
            text = body == null ? null : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api" + path)).timeout(TIMEOUT)
                .method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text))
                .header("Authorization", "Bearer " + bearer);
        if (text != null) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        long start = System.nanoTime();
        String what = method + " " + path + (headers.isEmpty() ? "" : " " + headers);
        return client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString())
                .handle((r, e) -> {
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    if (e != null) {
                        return new Call(node, what, 0, "", null, null, millis, e instanceof java.util.concurrent.CompletionException
                                && e.getCause() != null ? e.getCause() : e, java.time.Instant.now());
                    }
                    return new Call(node, what, r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(null),
                            r.headers().firstValue("Retry-After").orElse(null), millis, null, java.time.Instant.now());
                });
    }

    static Call call(String node, String base, String method, String path, String bearer, Object body,
            Map<String, String> headers) {
        return send(HTTP, node, base, method, path, bearer, body, headers).join();
    }

    static CompletableFuture<Call> callAsync(String node, String base, String method, String path, String bearer,
            Object body, Map<String, String> headers) {
        return send(HTTP, node, base, method, path, bearer, body, headers);
    }

    /** A new invoice for customer {@code customer} with {@code lines} lines. */
    static Map<String, Object> invoice(String number, String customer, int lines) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            rows.add(Map.of("name", "Regel " + i, "quantity", "1", "unitPrice", "10.00", "vatCategory", "S", "vatRate", "21"));
        }
        return Map.of("invoiceNumber", number, "customerNumber", customer, "issueDate", "2026-11-01",
                "dueDate", "2026-12-31", "currency", "EUR", "lines", rows);
    }
}
