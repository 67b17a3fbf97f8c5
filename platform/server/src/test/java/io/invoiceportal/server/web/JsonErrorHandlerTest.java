package io.invoiceportal.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invoiceportal.server.testing.RawHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors Jetty writes itself go through the server's error handler: a real Jetty whose handler
 * answers 503 the way Jetty's GracefulHandler does while the server shuts down.
 */
class JsonErrorHandlerTest {
    Server server;
    String base;
    RawHttp raw;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(0);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                Response.writeError(request, response, callback, 503);
                return true;
            }
        });
        server.setErrorHandler(new JsonErrorHandler(new ErrorHandler(), () -> true));
        RequestTargets.install(server, new MetricRegistry());
        server.start();
        base = "http://127.0.0.1:" + connector.getLocalPort();
        raw = new RawHttp(connector.getLocalPort());
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void apiPathsGetTheJsonErrorWithRetryAfter() throws Exception {
        HttpResponse<String> r = get("/api/v1/tenants/acme/settings", "text/html");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
        JsonNode error = new ObjectMapper().readTree(r.body());
        assertThat(error.path("code").asText()).isEqualTo("unavailable");
        assertThat(error.path("message").asText()).isNotBlank();
        assertThat(error.path("errors").isArray()).isTrue();
    }

    @Test
    void otherPathsKeepTheHtmlPage() throws Exception {
        HttpResponse<String> r = get("/t/acme/", "text/html");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    }

    /** An address Jetty cannot read at all: JSON under /api, whatever the client accepts. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/tenants/acme/%", "/api/v1/%zz", "/api/x%2"})
    void unreadableApiAddressesGetTheJsonError(String target) throws Exception {
        for (String accept : new String[] {"text/html,application/xhtml+xml", "*/*"}) {
            RawHttp.Answer r = raw.send("GET " + target + " HTTP/1.1", Map.of("Accept", accept), new byte[0]);
            assertThat(r.status()).as(target).isEqualTo(400);
            assertThat(r.header("Content-Type")).as(target + " " + accept).isEqualTo("application/json");
            assertThat(new ObjectMapper().readTree(r.body()).path("code").asText()).isNotBlank();
        }
    }

    /** An address Jetty cannot read at all outside /api: the HTML page, whatever the client accepts. */
    @ParameterizedTest
    @ValueSource(strings = {"/t/x/%", "/t/x/%zz", "/%", "/apix/%"})
    void unreadablePortalAddressesGetTheHtmlPage(String target) throws Exception {
        for (String accept : new String[] {"text/html,application/xhtml+xml", "*/*"}) {
            RawHttp.Answer r = raw.send("GET " + target + " HTTP/1.1", Map.of("Accept", accept), new byte[0]);
            assertThat(r.status()).as(target).isEqualTo(400);
            assertThat(r.header("Content-Type")).as(target + " " + accept).startsWith("text/html");
        }
    }
}
