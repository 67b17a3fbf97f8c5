package io.invoiceportal.plugins.emailpdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.DeliveryResult;
import io.invoiceportal.plugin.api.MailSender;
import io.invoiceportal.plugin.api.Notification;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.TenantView;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;

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

    /** Rule: PF4J loads the jar next to nothing else and finds exactly one channel, email-pdf, with its texts. */
    @Test
    void pf4jFindsOnlyTheEmailPdfChannel(@TempDir Path plugins) throws IOException {
        assertThat(JAR).as("the plugin jar the package phase writes").isRegularFile();
        Files.copy(JAR, plugins.resolve(JAR.getFileName()));
        PluginManager manager = new JarPluginManager(plugins);
        try {
            manager.loadPlugins();
            manager.startPlugins();

            assertThat(manager.getPlugin("delivery-email-pdf").getPluginState()).isEqualTo(PluginState.STARTED);
            List<DeliveryChannel> channels = manager.getExtensions(DeliveryChannel.class, "delivery-email-pdf");
            assertThat(channels).extracting(DeliveryChannel::id).containsExactly("email-pdf");
            assertThat(channels.getFirst().getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
            assertThat(channels.getFirst().displayName(Locale.of("nl"))).isEqualTo("E-mail met PDF");
            assertThat(activationSubject(channels.getFirst())).isEqualTo("Welkom bij het Invoice Portal van Acme");
        } finally {
            // unloadPlugins stops each plugin first; PF4J 3.15's stopPlugins() throws ConcurrentModificationException
            manager.unloadPlugins();
        }
    }

    /** Sends an activation through the loaded channel: delivery-email's composer and bundle inside the jar. */
    private static String activationSubject(DeliveryChannel channel) {
        List<MailSender.Mail> sent = new ArrayList<>();
        PartyView party = PartyView.builder()
                .legalName("Acme")
                .address(PartyView.AddressView.of("Keizersgracht 1", "1015 AA", "Amsterdam", "NL"))
                .build();
        TenantView tenant = TenantView.builder()
                .slug("acme")
                .name("Acme")
                .defaultLocale(Locale.of("nl"))
                .seller(party)
                .branding(TenantView.Branding.of("#0b5394", "#f1c232", null))
                .portalUrl("https://portal.example/t/acme")
                .build();
        CustomerView customer = CustomerView.builder()
                .customerNumber("00123")
                .party(party)
                .email("inkoop@ruiz.example")
                .locale(Locale.of("nl"))
                .login("ruiz")
                .build();
        DeliveryResult result = channel.deliver(Notification.Activation.of("n-1", customer, "https://portal.example/a"),
                DeliveryContext.builder()
                        .tenant(tenant)
                        .locale(Locale.of("nl"))
                        .mailer(sent::add)
                        .clock(Clock.systemUTC())
                        .build());
        assertThat(result).isEqualTo(DeliveryResult.sent());
        return sent.getFirst().subject();
    }
}
