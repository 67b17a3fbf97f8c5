package com.example.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.DeliveryResult;
import io.invoiceportal.plugin.api.DeliveryResult.Outcome;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.Notification;
import io.invoiceportal.plugin.api.PluginSettings;
import io.invoiceportal.plugin.testkit.RecordingMailSender;
import io.invoiceportal.plugin.testkit.TestViews;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The webhook's own rules, against a real HTTP receiver on this machine. */
class WebhookChannelTest {
    static final String SECRET = "whsec_test_0123456789";

    final WebhookChannel channel = new WebhookChannel();
    final Receiver receiver;

    WebhookChannelTest() throws IOException {
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    DeliveryResult deliver(Notification notification, Map<String, String> settings) {
        DeliveryContext context = TestViews.deliveryContext(new RecordingMailSender())
                .settings(PluginSettings.of(channel.settings(), settings)).build();
        return channel.deliver(notification, context);
    }

    Map<String, String> configured() {
        return Map.of("url", receiver.url(), "secret", SECRET);
    }

    @Test
    void postsASignedEventTheReceiverCanVerify() {
        Notification.NewInvoice notification = TestViews.newInvoice("n-1");
        assertThat(deliver(notification, configured())).isEqualTo(DeliveryResult.sent());

        Receiver.Request event = receiver.received.getFirst();
        assertThat(event.contentType()).startsWith("application/json");
        assertThat(event.eventId()).isEqualTo("n-1");
        assertThat(event.signature()).matches("t=" + TestViews.CLOCK.instant().getEpochSecond() + ",v1=[0-9a-f]{64}");
        assertThat(Signature.verify(SECRET, event.signature(), event.body())).isTrue();
        assertThat(Signature.verify("another secret", event.signature(), event.body())).isFalse();
        assertThat(Signature.verify(SECRET, event.signature(), event.body().replace("66.29", "1.00"))).isFalse();
        InvoiceView invoice = notification.invoice();
        assertThat(event.body()).isEqualTo("{\"id\":\"n-1\",\"type\":\"invoice.created\",\"tenant\":\"acme\","
                + "\"customer\":{\"number\":\"00123\",\"email\":\"inkoop@ruiz.example\",\"language\":\"nl\"},"
                + "\"invoice\":{\"number\":\"" + invoice.invoiceNumber() + "\",\"issueDate\":\"2025-03-14\",\"currency\":\"EUR\","
                + "\"payableAmount\":\"66.29\",\"url\":\"" + notification.invoiceUrl() + "\"}}");
    }

    @Test
    void activationAndResetCarryTheirLinks() {
        deliver(TestViews.activation("n-a"), configured());
        deliver(TestViews.passwordReset("n-r"), configured());
        assertThat(receiver.accepted().get(0)).contains("\"type\":\"account.activation\"", "\"activationUrl\":\"https://");
        assertThat(receiver.accepted().get(1)).contains("\"type\":\"account.password_reset\"", "\"resetUrl\":\"https://");
    }

    /** The event id is the notification's: the same on every attempt, so a receiver can drop duplicates. */
    @Test
    void theEventIdIsStableAcrossAttempts() {
        receiver.answerNext(503);
        assertThat(deliver(TestViews.passwordReset("n-7"), configured()).outcome()).isEqualTo(Outcome.RETRY);
        assertThat(deliver(TestViews.passwordReset("n-7"), configured())).isEqualTo(DeliveryResult.sent());

        assertThat(receiver.received).extracting(Receiver.Request::eventId).containsExactly("n-7", "n-7");
        assertThat(receiver.received).allSatisfy(r -> assertThat(r.body()).startsWith("{\"id\":\"n-7\","));
    }

    /** 5xx, 408 and 429 are passing trouble: the portal's outbox tries again later; other 4xx fail for good. */
    @Test
    void serverErrorsRetryClientErrorsFail() {
        Map<Integer, Outcome> expected = Map.of(500, Outcome.RETRY, 502, Outcome.RETRY, 503, Outcome.RETRY,
                408, Outcome.RETRY, 429, Outcome.RETRY, 400, Outcome.FAILED, 401, Outcome.FAILED, 404, Outcome.FAILED,
                410, Outcome.FAILED);
        expected.forEach((status, outcome) -> {
            receiver.answerNext(status);
            DeliveryResult result = deliver(TestViews.newInvoice("n-" + status), configured());
            assertThat(result.outcome()).as(String.valueOf(status)).isEqualTo(outcome);
            assertThat(result.reason()).contains(String.valueOf(status));
        });
        assertThat(receiver.received).hasSize(expected.size());
    }

    /** A receiver slower than timeoutSeconds, or one that cannot be reached, is tried again later. */
    @Test
    void timeoutsAndUnreachableReceiversRetry() {
        receiver.delayMillis = 2500;
        assertThat(deliver(TestViews.newInvoice("n-slow"), Map.of("url", receiver.url(), "secret", SECRET,
                "timeoutSeconds", "1")).outcome()).isEqualTo(Outcome.RETRY);
        receiver.close();
        assertThat(deliver(TestViews.newInvoice("n-gone"), configured()).outcome()).isEqualTo(Outcome.RETRY);
    }

    /** Until the tenant has set its URL and secret, events wait (retry) instead of being lost. */
    @Test
    void withoutUrlOrSecretTheEventWaits() {
        assertThat(deliver(TestViews.newInvoice("n-1"), Map.of("secret", SECRET)).outcome()).isEqualTo(Outcome.RETRY);
        assertThat(deliver(TestViews.newInvoice("n-1"), Map.of("url", receiver.url())).outcome()).isEqualTo(Outcome.RETRY);
        assertThat(receiver.received).isEmpty();
    }

    /** The declaration: url (URL), secret (secret), timeoutSeconds (whole number, default 10). */
    @Test
    void declaresTypedSettingsWithASecret() {
        assertThat(channel.settings()).extracting(d -> d.name() + ":" + d.type() + ":" + d.secret() + ":"
                + d.defaultValue().orElse("-")).containsExactly("url:URL:false:-", "secret:STRING:true:-",
                "timeoutSeconds:INTEGER:false:10");
    }
}
