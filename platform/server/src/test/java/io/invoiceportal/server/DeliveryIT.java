package io.invoiceportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PortalApp;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** New-invoice notifications through the e-mail channel plugins, with a real SMTP server (GreenMail). */
@ExtendWith(DropwizardExtensionsSupport.class)
class DeliveryIT {
    static final int SMTP_PORT = AccountJourneyIT.freePort();

    @RegisterExtension
    @Order(1)
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("delivery",
            ConfigOverride.config("smtp.host", "127.0.0.1"),
            ConfigOverride.config("smtp.port", String.valueOf(SMTP_PORT)),
            ConfigOverride.config("delivery.pollMillis", "200"));
    static Http issuer;
    static String key;

    @BeforeAll
    static void tenant() {
        issuer = new Http("http://localhost:" + APP.getLocalPort() + "/api");
        key = issuer.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme Energie B.V."))
                .json().path("apiKey").asText();
        assertThat(issuer.put("/v1/tenants/acme/settings", key,
                Map.of("plugins", Map.of("email-pdf", Map.of("maxAttachmentBytes", 50_000)))).status()).isEqualTo(200);
    }

    static void customer(String number, String email, String channel) {
        assertThat(issuer.put("/v1/tenants/acme/customers/" + number, key, Map.of("companyName", "Klant " + number,
                "email", email, "deliveryChannel", channel, "language", "nl")).status()).isEqualTo(201);
    }

    static void publish(String number, String customer, Integer pdfBytes) {
        Map<String, Object> body = new HashMap<>(Map.of("invoiceNumber", number, "customerNumber", customer,
                "issueDate", "2026-11-01", "dueDate", "2026-12-31", "currency", "EUR", "lines", List.of(Map.of("name", "Huur", "quantity", "1",
                        "unitPrice", "1000.00", "vatCategory", "S", "vatRate", "21"))));
        if (pdfBytes != null) {
            byte[] pdf = new byte[pdfBytes];
            Arrays.fill(pdf, (byte) ' ');
            byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(head, 0, pdf, 0, head.length);
            body.put("pdf", Base64.getEncoder().encodeToString(pdf));
        }
        assertThat(issuer.post("/v1/tenants/acme/invoices", key, body).status()).isEqualTo(201);
    }

    static MimeMessage invoiceMail(String to) throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> find(to) != null);
        return find(to);
    }

    static MimeMessage find(String to) throws Exception {
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(to) && m.getSubject().contains("factuur")) {
                return m;
            }
        }
        return null;
    }

    static List<String> attachments(MimeMessage m) throws Exception {
        List<String> names = new ArrayList<>();
        collect(m, names);
        return names;
    }

    static void collect(Part part, List<String> names) throws Exception {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            names.add(part.getFileName());
        }
        if (part.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                collect(mp.getBodyPart(i), names);
            }
        }
    }

    /**
     * Acme's attachment limit (50 kB, its own setting) never reaches another tenant's deliveries:
     * Beta, with no setting, gets the same 80 kB PDF attached under the declared 5 MB default.
     */
    @Test
    void aTenantsChannelSettingStaysWithThatTenant() throws Exception {
        String betaKey = issuer.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "beta", "name", "Beta B.V."))
                .json().path("apiKey").asText();
        assertThat(issuer.get("/v1/tenants/beta/settings", betaKey).json().path("plugins").path("email-pdf")
                .path("maxAttachmentBytes").isNull()).isTrue();
        assertThat(issuer.put("/v1/tenants/beta/customers/B-1", betaKey, Map.of("companyName", "Klant B-1",
                "email", "beta@example.test", "deliveryChannel", "email-pdf", "language", "nl")).status()).isEqualTo(201);
        customer("C-8", "acme-big@example.test", "email-pdf");
        publish("2026-0008", "C-8", 80_000);
        Map<String, Object> invoice = new HashMap<>(Map.of("invoiceNumber", "B-0001", "customerNumber", "B-1",
                "issueDate", "2026-11-01", "dueDate", "2026-12-31", "currency", "EUR", "lines", List.of(Map.of("name", "Huur", "quantity", "1",
                        "unitPrice", "1000.00", "vatCategory", "S", "vatRate", "21"))));
        byte[] pdf = new byte[80_000];
        Arrays.fill(pdf, (byte) ' ');
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        invoice.put("pdf", Base64.getEncoder().encodeToString(pdf));
        assertThat(issuer.post("/v1/tenants/beta/invoices", betaKey, invoice).status()).isEqualTo(201);

        assertThat(attachments(invoiceMail("beta@example.test"))).containsExactly("B-0001.pdf");
        assertThat(attachments(invoiceMail("acme-big@example.test"))).isEmpty();
    }

    /** When the issuer changes a customer's e-mail address, the old and the new address both get a notice. */
    @Test
    void emailChangeNoticeToBothAddresses() throws Exception {
        customer("C-9", "old@example.test", "email");
        assertThat(issuer.put("/v1/tenants/acme/customers/C-9", key, Map.of("email", "new@example.test")).status())
                .isEqualTo(200);
        for (String to : List.of("old@example.test", "new@example.test")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(SMTP.getReceivedMessages()).anyMatch(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(to) && m.getSubject().contains("gewijzigd");
                } catch (jakarta.mail.MessagingException e) {
                    return false;
                }
            }));
        }
        assertThat(issuer.get("/v1/tenants/acme/customers/C-9", key).json().path("email").asText()).isEqualTo("new@example.test");
    }

    /** E-mail gets a link, e-mail-with-PDF an attachment, and a too large PDF falls back to the link; the issuer sees "sent". */
    @Test
    void bothChannelsAndTheSizeFallback() throws Exception {
        customer("C-1", "link@example.test", "email");
        customer("C-2", "pdf@example.test", "email-pdf");
        customer("C-3", "big@example.test", "email-pdf");
        publish("2026-0001", "C-1", null);
        publish("2026-0002", "C-2", 2_000);
        publish("2026-0003", "C-3", 80_000);

        MimeMessage link = invoiceMail("link@example.test");
        assertThat(attachments(link)).isEmpty();
        assertThat(GreenMailUtil.getBody(link)).contains("/t/acme/invoices/2026-0001");

        MimeMessage attached = invoiceMail("pdf@example.test");
        assertThat(attachments(attached)).containsExactly("2026-0002.pdf");

        MimeMessage big = invoiceMail("big@example.test");
        assertThat(attachments(big)).isEmpty();
        assertThat(GreenMailUtil.getBody(big)).contains("/t/acme/invoices/2026-0003");

        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(
                issuer.get("/v1/tenants/acme/invoices/2026-0002", key).json().path("deliveries").get(0).path("state").asText()));
        var delivery = issuer.get("/v1/tenants/acme/invoices/2026-0002", key).json().path("deliveries").get(0);
        assertThat(delivery.path("channel").asText()).isEqualTo("email-pdf");
        assertThat(delivery.path("sentAt").asText()).isNotBlank();
    }
}
