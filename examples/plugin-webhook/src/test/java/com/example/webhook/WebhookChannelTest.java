package com.example.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.invoiceportal.plugin.api.DeliveryResult;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The channel against a real HTTP server on this machine (the JDK's HttpServer). */
class WebhookChannelTest {
    static final String SECRET = "whsec_test_0123456789";

    record Received(String signature, String eventId, String contentType, String body) {}

    final WebhookChannel channel = new WebhookChannel();
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger status = new AtomicInteger(204);
    volatile long delayMillis;
    HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst(Signature.HEADER),
                    exchange.getRequestHeaders().getFirst("Invoice-Portal-Event-Id"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    DeliveryResult deliver(io.invoiceportal.plugin.api.Notification notification, Map<String, String> settings) {
        return channel.deliver(notification, Notifications.context(channel, settings));
    }

    @Test
    void postsASignedEventTheReceiverCanVerify() {
        assertThat(deliver(Notifications.newInvoice("n-1"), Map.of("url", url(), "secret", SECRET)))
                .isEqualTo(DeliveryResult.sent());

        Received event = received.getFirst();
        assertThat(event.contentType()).startsWith("application/json");
        assertThat(event.signature()).matches("t=" + Notifications.NOW.getEpochSecond() + ",v1=[0-9a-f]{64}");
        assertThat(Signature.verify(SECRET, event.signature(), event.body())).isTrue();
        assertThat(Signature.verify("another secret", event.signature(), event.body())).isFalse();
        assertThat(Signature.verify(SECRET, event.signature(), event.body().replace("1210.00", "1.00"))).isFalse();
        assertThat(event.body()).isEqualTo("{\"id\":\"n-1\",\"type\":\"invoice.created\",\"tenant\":\"acme\","
                + "\"customer\":{\"number\":\"C-1\",\"email\":\"inkoop@korenschoof.example\",\"language\":\"nl\"},"
                + "\"invoice\":{\"number\":\"2026-0001\",\"issueDate\":\"2026-11-01\",\"currency\":\"EUR\","
                + "\"payableAmount\":\"1210.00\",\"url\":\"https://portal.example/t/acme/invoices/2026-0001\"}}");
    }

    /** The event id is the notification's: the same on every attempt, so a receiver can drop duplicates. */
    @Test
    void theEventIdIsStableAcrossAttempts() {
        status.set(503);
        assertThat(Notifications.kind(deliver(Notifications.reset("n-7"), Map.of("url", url(), "secret", SECRET)))).isEqualTo("retry");
        status.set(200);
        assertThat(deliver(Notifications.reset("n-7"), Map.of("url", url(), "secret", SECRET)))
                .isEqualTo(DeliveryResult.sent());

        assertThat(received).extracting(Received::eventId).containsExactly("n-7", "n-7");
        assertThat(received).allSatisfy(r -> assertThat(r.body()).startsWith("{\"id\":\"n-7\",\"type\":\"account.password_reset\""));
    }

    /** 5xx, 408 and 429 are passing trouble: the portal's outbox tries again later; other 4xx fail for good. */
    @Test
    void serverErrorsRetryClientErrorsFail() {
        Map<Integer, String> expected = Map.of(500, "retry", 502, "retry", 503, "retry", 408, "retry", 429, "retry",
                400, "fail", 401, "fail", 404, "fail", 410, "fail");
        expected.forEach((code, kind) -> {
            status.set(code);
            assertThat(Notifications.kind(deliver(Notifications.newInvoice("n-" + code), Map.of("url", url(), "secret", SECRET))))
                    .as(String.valueOf(code)).isEqualTo(kind);
        });
        assertThat(received).hasSize(expected.size());
    }

    /** A receiver slower than timeoutSeconds, or one that cannot be reached, is tried again later. */
    @Test
    void timeoutsAndUnreachableReceiversRetry() {
        delayMillis = 2500;
        assertThat(Notifications.kind(deliver(Notifications.newInvoice("n-slow"),
                Map.of("url", url(), "secret", SECRET, "timeoutSeconds", "1")))).isEqualTo("retry");
        server.stop(0);
        assertThat(Notifications.kind(deliver(Notifications.newInvoice("n-gone"), Map.of("url", url(), "secret", SECRET))))
                .isEqualTo("retry");
    }

    /** Until the tenant has set its URL and secret, events wait (retry) instead of being lost. */
    @Test
    void withoutUrlOrSecretTheEventWaits() {
        assertThat(Notifications.kind(deliver(Notifications.newInvoice("n-1"), Map.of("secret", SECRET)))).isEqualTo("retry");
        assertThat(Notifications.kind(deliver(Notifications.newInvoice("n-1"), Map.of("url", url())))).isEqualTo("retry");
        assertThat(received).isEmpty();
    }

    /** A kind of notification newer than this plugin fails at once instead of sending an event it cannot describe. */
    @Test
    void anUnknownKindOfNotificationFails() {
        io.invoiceportal.plugin.api.Notification future = new io.invoiceportal.plugin.api.Notification() {
            @Override
            public String id() {
                return "n-future";
            }

            @Override
            public io.invoiceportal.plugin.api.CustomerView customer() {
                return Notifications.CUSTOMER;
            }
        };
        assertThat(Notifications.kind(deliver(future, Map.of("url", url(), "secret", SECRET)))).isEqualTo("fail");
        assertThat(received).isEmpty();
    }

    /** The declaration: url (URL), secret (secret), timeoutSeconds (whole number, default 10). */
    @Test
    void declaresTypedSettingsWithASecret() {
        assertThat(channel.settings()).extracting(d -> d.name() + ":" + d.type() + ":" + d.secret() + ":"
                + d.defaultValue().orElse("-")).containsExactly("url:URL:false:-", "secret:STRING:true:-",
                "timeoutSeconds:INTEGER:false:10");
    }
}
