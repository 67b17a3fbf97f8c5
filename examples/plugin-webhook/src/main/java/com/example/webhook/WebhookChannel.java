package com.example.webhook;

import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.DeliveryResult;
import io.invoiceportal.plugin.api.Notification;
import io.invoiceportal.plugin.api.PluginSettings;
import io.invoiceportal.plugin.api.SettingDefinition;
import io.invoiceportal.plugin.api.SettingType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * The delivery channel {@code webhook}: POSTs each notification as a JSON event ({@link WebhookEvent})
 * to the tenant's {@code url}, signed with the tenant's {@code secret} ({@link Signature}).
 *
 * <p>A 2xx answer is delivered; a 5xx, 408, 429, a timeout or a network error is
 * {@link DeliveryResult#retry(String) retried} by the portal's outbox with backoff; any other 4xx
 * fails for good (the receiver refused the event, retrying cannot help), and so does a kind of
 * notification newer than this plugin. A tenant that has not
 * set its URL or secret yet gets retries, so the event goes out once the settings are there.
 * Receivers should use the event {@code id} (the same on every attempt) to ignore duplicates.
 *
 * <p>Stateless apart from the thread-safe {@link HttpClient}: safe for concurrent deliveries of
 * any tenant.
 */
@Extension
public class WebhookChannel implements DeliveryChannel {
    static final String URL = "url";
    static final String SECRET = "secret";
    static final String TIMEOUT = "timeoutSeconds";

    private static final List<SettingDefinition> SETTINGS = List.of(
            SettingDefinition.builder(URL, SettingType.URL)
                    .description("Where events are POSTed, such as https://erp.example.com/hooks/invoice-portal").build(),
            SettingDefinition.builder(SECRET, SettingType.STRING).secret()
                    .description("Shared secret the Invoice-Portal-Signature header is computed with").build(),
            SettingDefinition.builder(TIMEOUT, SettingType.INTEGER).defaultValue("10").minimum(1)
                    .description("Seconds to wait for the receiver's answer before trying again later").build());

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public String id() {
        return "webhook";
    }

    @Override
    public String displayName(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? "Webhook (koppeling met uw systeem)" : "Webhook (link to your system)";
    }

    @Override
    public List<SettingDefinition> settings() {
        return SETTINGS;
    }

    @Override
    public DeliveryResult deliver(Notification notification, DeliveryContext context) {
        PluginSettings settings = context.settings();
        Optional<URI> url = settings.url(URL);
        Optional<String> secret = settings.string(SECRET);
        if (url.isEmpty() || secret.isEmpty()) {
            return DeliveryResult.retry("the webhook url and secret are not set in the tenant's settings");
        }
        Optional<String> body = WebhookEvent.json(notification, context);
        if (body.isEmpty()) {
            return DeliveryResult.fail("this version of the webhook plugin does not know this kind of notification");
        }
        long timestamp = context.clock().instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url.get())
                .timeout(Duration.ofSeconds(settings.integer(TIMEOUT).orElseThrow()))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Invoice-Portal-Event-Id", notification.id())
                .header(Signature.HEADER, Signature.header(secret.get(), timestamp, body.get()))
                .POST(HttpRequest.BodyPublishers.ofString(body.get(), StandardCharsets.UTF_8))
                .build();
        try {
            return outcome(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            return DeliveryResult.retry("webhook " + url.get().getHost() + " not reached: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.retry("interrupted");
        }
    }

    static DeliveryResult outcome(int status) {
        if (status >= 200 && status < 300) {
            return DeliveryResult.sent();
        }
        if (status >= 500 || status == 408 || status == 429) {
            return DeliveryResult.retry("webhook answered " + status);
        }
        return DeliveryResult.fail("webhook refused the event with " + status);
    }
}
