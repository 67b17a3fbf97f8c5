package io.invoiceportal.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.DeliveryResult;
import io.invoiceportal.plugin.api.Notification;
import io.invoiceportal.plugin.api.PluginSettings;
import io.invoiceportal.plugin.api.TenantView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link DeliveryChannel} must pass. A plugin's test extends it and returns its
 * channel. The defaults suit a channel that sends e-mail through {@link DeliveryContext#mailer()}
 * (a {@link RecordingMailSender}); a channel with another medium overrides {@link #context},
 * {@link #delivered}, {@link #failNextTemporarily} and {@link #failNextPermanently}.
 *
 * <p>It checks the id and names, that every kind of notification is delivered and an unknown kind
 * fails instead of throwing, that passing trouble is a retry and lasting trouble a failure, that
 * concurrent deliveries all arrive, and that nothing of one tenant shows up in the next tenant's
 * delivery.
 */
public abstract class ChannelContract {

    /** Records the mails of the default context. */
    protected final RecordingMailSender mailer = new RecordingMailSender();

    /** For subclasses. */
    protected ChannelContract() {}

    /** The channel under test. */
    protected abstract DeliveryChannel channel();

    /**
     * The context for {@code tenant}; by default {@link TestViews#deliveryContext} with {@link #mailer}
     * and the defaults of the settings the channel declares.
     */
    protected DeliveryContext context(TenantView tenant) {
        return TestViews.deliveryContext(mailer).tenant(tenant)
                .settings(PluginSettings.of(channel().settings(), Map.of())).build();
    }

    /** Everything delivered so far, one text per delivery (by default: recipient, subject and bodies of each mail). */
    protected List<String> delivered() {
        return mailer.sent().stream()
                .map(mail -> String.join("\n", mail.to(), mail.subject(), mail.text(), String.valueOf(mail.html())))
                .toList();
    }

    /** Makes the next delivery meet passing trouble (by default: the mail server answers 451). */
    protected void failNextTemporarily() {
        mailer.failNextTemporarily();
    }

    /** Makes the next delivery meet lasting trouble (by default: the recipient is refused with 550). */
    protected void failNextPermanently() {
        mailer.failNextPermanently();
    }

    private DeliveryResult deliver(Notification notification) {
        return channel().deliver(notification, context(TestViews.tenant().build()));
    }

    @Test
    void idIsLowerCaseLettersDigitsAndHyphens() {
        assertThat(channel().id()).matches("[a-z0-9-]+");
        assertThat(channel().id()).as("the id is stable").isEqualTo(channel().id());
    }

    @Test
    void describesItselfInDutchAndEnglish() {
        assertThat(channel().displayName(Locale.ENGLISH)).isNotBlank();
        assertThat(channel().displayName(TestViews.DUTCH)).isNotBlank();
    }

    @Test
    void deliversEveryKindOfNotification() {
        assertThat(deliver(TestViews.newInvoice("n-1"))).isEqualTo(DeliveryResult.sent());
        assertThat(deliver(TestViews.activation("n-2"))).isEqualTo(DeliveryResult.sent());
        assertThat(deliver(TestViews.passwordReset("n-3"))).isEqualTo(DeliveryResult.sent());
        assertThat(delivered()).hasSize(3);
    }

    @Test
    void failsAKindOfNotificationItDoesNotKnowInsteadOfThrowing() {
        CustomerView customer = TestViews.customer().build();
        Notification unknown = new Notification() {
            @Override
            public String id() {
                return "n-unknown";
            }

            @Override
            public CustomerView customer() {
                return customer;
            }
        };
        DeliveryResult result = deliver(unknown);
        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.FAILED);
        assertThat(result.reason()).isNotBlank();
        assertThat(delivered()).isEmpty();
    }

    @Test
    void passingTroubleIsARetry() {
        failNextTemporarily();
        DeliveryResult result = deliver(TestViews.activation("n-4"));
        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
        assertThat(result.reason()).isNotBlank();
        assertThat(deliver(TestViews.activation("n-4"))).as("the retry").isEqualTo(DeliveryResult.sent());
    }

    @Test
    void lastingTroubleIsAFailure() {
        failNextPermanently();
        DeliveryResult result = deliver(TestViews.activation("n-5"));
        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.FAILED);
        assertThat(result.reason()).isNotBlank();
    }

    @Test
    void concurrentDeliveriesAllArrive() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<DeliveryResult>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String id = "n-c" + i;
                boolean invoice = i % 2 == 0;
                results.add(pool.submit(() -> deliver(invoice ? TestViews.newInvoice(id) : TestViews.activation(id))));
            }
            for (Future<DeliveryResult> result : results) {
                assertThat(result.get()).isEqualTo(DeliveryResult.sent());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(delivered()).hasSize(32);
    }

    @Test
    void keepsNothingOfOneTenantForTheNext() {
        TenantView zeta = TestViews.tenant().slug("zeta").name("Zeta")
                .seller(TestViews.seller().legalName("Zeta Handel B.V.").build())
                .portalUrl("https://portal.example/t/zeta").build();
        deliver(TestViews.activation("n-6"));
        DeliveryResult result = channel().deliver(
                Notification.Activation.of("n-7", TestViews.customer().build(), "https://portal.example/t/zeta/activate?token=z"),
                context(zeta));

        assertThat(result).isEqualTo(DeliveryResult.sent());
        assertThat(delivered()).hasSize(2);
        assertThat(delivered().get(1)).doesNotContain("Acme").doesNotContain("/t/acme");
    }
}
