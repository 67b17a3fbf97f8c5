package io.invoiceportal.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.DeliveryException;
import io.invoiceportal.plugin.api.DeliveryResult;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.MailSender;
import io.invoiceportal.plugin.api.Notification;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** The contracts fail the plugins they are meant to catch, and pass a well-behaved one. */
class ContractsCatchBrokenPluginsTest {

    @Test
    void aWellBehavedExporterPasses() {
        assertThat(failures(GoodExporterContract.class)).isEmpty();
    }

    @Test
    void anExporterThatClosesTheStreamOrKeepsTheLastTenantFails() {
        assertThat(failures(SloppyExporterContract.class)).containsExactlyInAnyOrder(
                "writesTheInvoiceAndLeavesTheStreamOpen()", "keepsNothingOfOneTenantForTheNext()",
                "idIsLowerCaseLettersDigitsAndHyphens()", "passesOnAnIoExceptionOfTheStream()");
    }

    @Test
    void aWellBehavedChannelPasses() {
        assertThat(failures(GoodChannelContract.class)).isEmpty();
    }

    @Test
    void aChannelThatThrowsOnUnknownKindsAndRetriesEverythingFails() {
        assertThat(failures(SloppyChannelContract.class)).containsExactlyInAnyOrder(
                "failsAKindOfNotificationItDoesNotKnowInsteadOfThrowing()", "lastingTroubleIsAFailure()");
    }

    private static List<String> failures(Class<?> contract) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute()
                .testEvents().failed().stream().map(Event::getTestDescriptor)
                .map(descriptor -> descriptor.getDisplayName()).toList();
    }

    static class GoodExporter implements InvoiceExporter {
        @Override
        public String id() {
            return "plain-text";
        }

        @Override
        public String displayName(Locale locale) {
            return "Text";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws IOException {
            out.write((context.tenant().name() + " " + invoice.invoiceNumber()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Closes the stream, swallows its errors, has an upper-case id, and writes the first tenant it saw. */
    static class SloppyExporter extends GoodExporter {
        private String firstTenant;

        @Override
        public String id() {
            return "Text";
        }

        @Override
        public void export(InvoiceView invoice, ExportContext context, OutputStream out) {
            if (firstTenant == null) {
                firstTenant = context.tenant().name();
            }
            try (out) {
                out.write((firstTenant + " " + invoice.invoiceNumber()).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static class GoodExporterContract extends ExporterContract {
        @Override
        protected InvoiceExporter exporter() {
            return new GoodExporter();
        }
    }

    static class SloppyExporterContract extends ExporterContract {
        private final SloppyExporter exporter = new SloppyExporter();

        @Override
        protected InvoiceExporter exporter() {
            return exporter;
        }
    }

    /** Sends one line per notification; unknown kinds fail, mail errors are mapped. */
    static class GoodChannel implements DeliveryChannel {
        @Override
        public String id() {
            return "line";
        }

        @Override
        public String displayName(Locale locale) {
            return "Line";
        }

        @Override
        public DeliveryResult deliver(Notification notification, DeliveryContext context) {
            String link = switch (notification) {
                case Notification.NewInvoice invoice -> invoice.invoiceUrl();
                case Notification.Activation activation -> activation.activationUrl();
                case Notification.PasswordReset reset -> reset.resetUrl();
                default -> null;
            };
            if (link == null) {
                return DeliveryResult.fail("unknown notification");
            }
            try {
                context.mailer().send(MailSender.Mail.builder().messageId(notification.id())
                        .to(notification.customer().email()).subject(context.tenant().name()).text(link).build());
                return DeliveryResult.sent();
            } catch (DeliveryException e) {
                return DeliveryResult.from(e);
            }
        }
    }

    /** Assumes the three kinds are all there are, and retries every failure. */
    static class SloppyChannel extends GoodChannel {
        @Override
        public DeliveryResult deliver(Notification notification, DeliveryContext context) {
            if (!(notification instanceof Notification.NewInvoice || notification instanceof Notification.Activation
                    || notification instanceof Notification.PasswordReset)) {
                throw new IllegalArgumentException("unknown notification");
            }
            DeliveryResult result = super.deliver(notification, context);
            return result.outcome() == DeliveryResult.Outcome.FAILED ? DeliveryResult.retry(result.reason()) : result;
        }
    }

    static class GoodChannelContract extends ChannelContract {
        @Override
        protected DeliveryChannel channel() {
            return new GoodChannel();
        }
    }

    static class SloppyChannelContract extends ChannelContract {
        @Override
        protected DeliveryChannel channel() {
            return new SloppyChannel();
        }
    }
}
