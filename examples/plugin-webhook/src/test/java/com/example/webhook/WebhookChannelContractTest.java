package com.example.webhook;

import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.PluginSettings;
import io.invoiceportal.plugin.api.TenantView;
import io.invoiceportal.plugin.testkit.ChannelContract;
import io.invoiceportal.plugin.testkit.TestViews;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * The test kit's contract for every delivery channel, with a real receiver: "delivered" is what
 * reached it, passing trouble is a 503 answer and lasting trouble a 400.
 */
class WebhookChannelContractTest extends ChannelContract {
    private final WebhookChannel channel = new WebhookChannel();
    private final Receiver receiver;

    WebhookChannelContractTest() throws IOException {
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Override
    protected DeliveryChannel channel() {
        return channel;
    }

    @Override
    protected DeliveryContext context(TenantView tenant) {
        return TestViews.deliveryContext(mailer).tenant(tenant)
                .settings(PluginSettings.of(channel.settings(), Map.of("url", receiver.url(), "secret", "s3cret")))
                .build();
    }

    @Override
    protected List<String> delivered() {
        return receiver.accepted();
    }

    @Override
    protected void failNextTemporarily() {
        receiver.answerNext(503);
    }

    @Override
    protected void failNextPermanently() {
        receiver.answerNext(400);
    }
}
