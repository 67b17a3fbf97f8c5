package io.invoiceportal.plugins.emailpdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.DeliveryResult;
import io.invoiceportal.plugin.api.MailSender;
import io.invoiceportal.plugin.testkit.PluginJar;
import io.invoiceportal.plugin.testkit.RecordingMailSender;
import io.invoiceportal.plugin.testkit.TestViews;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** Checks the plugin jar the package phase wrote to target/plugins, with delivery-email shaded in. */
class PluginJarIT {

    private static final Path JAR = Path.of(System.getProperty("plugin.jar", "target/plugins/missing.jar"));

    /** Rule: the jar's extension index names only this plugin's channel, never delivery-email's EmailChannel. */
    @Test
    void indexListsOnlyTheEmailPdfChannel() throws IOException {
        assertThat(JAR).as("the plugin jar the package phase writes").isRegularFile();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> extensions;
            try (InputStream in = jar.getInputStream(jar.getEntry("META-INF/extensions.idx"))) {
                extensions = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            }
            assertThat(extensions).containsExactly(EmailPdfChannel.class.getName());
            assertThat(jar.getEntry("io/invoiceportal/plugins/email/MailComposer.class")).isNotNull();
            assertThat(jar.getEntry("i18n/mail_nl.properties")).isNotNull();
            assertThat(jar.getManifest().getMainAttributes().getValue("Plugin-Id")).isEqualTo("delivery-email-pdf");
        }
    }

    /** Rule: the portal loads the jar next to nothing else and finds exactly one channel, email-pdf, with its texts. */
    @Test
    void portalFindsOnlyTheEmailPdfChannel() {
        try (PluginJar plugin = PluginJar.load(JAR)) {
            List<DeliveryChannel> channels = plugin.channels();
            assertThat(channels).extracting(DeliveryChannel::id).containsExactly("email-pdf");
            assertThat(channels.getFirst().getClass().getClassLoader()).isSameAs(plugin.classLoader());
            assertThat(channels.getFirst().displayName(Locale.of("nl"))).isEqualTo("E-mail met PDF");

            RecordingMailSender mailer = new RecordingMailSender();
            DeliveryResult result = channels.getFirst().deliver(TestViews.activation("n-1"),
                    TestViews.deliveryContext(mailer).build());
            assertThat(result).isEqualTo(DeliveryResult.sent());
            assertThat(mailer.sent()).singleElement().extracting(MailSender.Mail::subject)
                    .isEqualTo("Welkom bij het Invoice Portal van Acme");
        }
    }
}
