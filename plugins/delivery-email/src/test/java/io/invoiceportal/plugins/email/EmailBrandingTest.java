package io.invoiceportal.plugins.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.DeliveryResult;
import io.invoiceportal.plugin.api.MailSender.Attachment;
import io.invoiceportal.plugin.api.MailSender.Mail;
import io.invoiceportal.plugin.api.Notification;
import io.invoiceportal.plugin.api.TenantView;
import io.invoiceportal.plugin.api.TenantView.Branding;
import io.invoiceportal.plugin.testkit.RecordingMailSender;
import io.invoiceportal.plugin.testkit.TestViews;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The tenant's branding in every mail of the email channel. */
class EmailBrandingTest {
    static final byte[] LOGO = png(600, 180);
    private static final String FONT = "Charter, \"Bitstream Charter\", Cambria, serif";

    private final RecordingMailSender mailer = new RecordingMailSender();

    /** A branded new-invoice mail has the inline logo, the colours, the font, the footer, the own text and sender name. */
    @Test
    void newInvoiceCarriesTheWholeBrand() {
        Mail mail = deliver(TestViews.newInvoice("<n-1@portal.example>"), branded(), TestViews.DUTCH);

        assertThat(mail.fromName()).isEqualTo("Acme Klantenservice");
        Attachment logo = mail.attachments().getFirst();
        assertThat(logo.contentId()).isEqualTo(MailLogo.CONTENT_ID);
        assertThat(logo.mediaType()).isEqualTo("image/png");
        assertThat(logo.content()).isEqualTo(LOGO);
        assertThat(mail.html()).contains("src=\"cid:logo@invoice-portal\"", "width=\"213\" height=\"64\"", "alt=\"Acme\"")
                .contains("background:#7a1f5c;color:#ffffff;padding:12px 24px;border-radius:4px")
                .contains("background:#1d5e3a;color:#ffffff;padding:12px 24px;font-size:18px")
                .contains("font-family:Charter, &quot;Bitstream Charter&quot;, Cambria, serif;")
                .contains("<p style=\"margin:0 0 8px;\">Acme Diensten B.V. · KvK 12345678</p>")
                .contains("<a href=\"https://acme.example/privacy\" style=\"color:#7a1f5c;\">Privacy</a>")
                .contains("Hallo M. Ruiz, factuur " + invoiceNumber() + " van Acme staat klaar.")
                .doesNotContain("Er staat een nieuwe factuur");
        assertThat(mail.text()).contains("Hallo M. Ruiz, factuur " + invoiceNumber() + " van Acme staat klaar.",
                "Acme Diensten B.V. · KvK 12345678", "Privacy: https://acme.example/privacy");
    }

    /** The English reader gets the English footer and the tenant's English welcome text in the activation mail. */
    @Test
    void activationUsesTheOwnWelcomeInTheReadersLanguage() {
        Mail mail = deliver(TestViews.activation("<n-2@portal.example>"), branded(), Locale.ENGLISH);

        assertThat(mail.text()).contains("Welcome M. Ruiz, Acme now sends its invoices here.", "Acme Services Ltd",
                "Privacy: https://acme.example/en/privacy")
                .doesNotContain("sustainability");
        assertThat(mail.html()).contains("Welcome M. Ruiz, Acme now sends its invoices here.", "src=\"cid:logo@invoice-portal\"");
        assertThat(mail.attachments()).extracting(Attachment::contentId).containsExactly(MailLogo.CONTENT_ID);
    }

    /** The password-reset mail is branded too (logo, band, footer, sender name). */
    @Test
    void passwordResetIsBranded() {
        Mail mail = deliver(TestViews.passwordReset("<n-3@portal.example>"), branded(), TestViews.DUTCH);

        assertThat(mail.fromName()).isEqualTo("Acme Klantenservice");
        assertThat(mail.html()).contains("src=\"cid:logo@invoice-portal\"", "background:#1d5e3a", "KvK 12345678");
    }

    /** Without branding beyond the colours: the name instead of a logo, the default texts, sent under the tenant's name. */
    @Test
    void unbrandedTenantGetsTheDefaults() {
        Mail mail = deliver(TestViews.newInvoice("<n-4@portal.example>"), TestViews.tenant().build(), TestViews.DUTCH);

        assertThat(mail.fromName()).isEqualTo("Acme");
        assertThat(mail.attachments()).isEmpty();
        assertThat(mail.html()).doesNotContain("cid:").contains(">Acme</span>", "font-family:Arial, Helvetica, sans-serif;");
        assertThat(mail.text()).contains("Er staat een nieuwe factuur van Acme");
    }

    /** Every tenant value is escaped in HTML; a font stack or link that could break out of its place is dropped. */
    @Test
    void tenantValuesCannotInjectMarkup() {
        Branding hostile = Branding.builder().primaryColor("#7a1f5c;background:url(https://x.example)").accentColor("#1d5e3a")
                .fontFamily("Arial;background:url(https://evil.example/x)")
                .footers(Map.of("nl", Branding.Footer.of("<b>vet</b> & \"zo\"", List.of(
                        Branding.Link.of("<script>alert(1)</script>", "https://acme.example/?a=1&b=\"2\""),
                        Branding.Link.of("klik", "javascript:alert(1)")))))
                .texts(Map.of("nl", Map.of(Branding.NEW_INVOICE, "<img src=x onerror=alert(1)> {customerName}")))
                .mailSenderName("Evil\r\nBcc: x@example.com")
                .build();
        TenantView tenant = TestViews.tenant().name("<i>Acme</i>").branding(hostile).build();

        Mail mail = deliver(TestViews.newInvoice("<n-5@portal.example>"), tenant, TestViews.DUTCH);

        assertThat(mail.html()).doesNotContain("<script>", "<b>vet", "<img src=x", "<i>Acme", "javascript:", "evil.example",
                "x.example")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;vet&lt;/b&gt; &amp; &quot;zo&quot;",
                        "&lt;img src=x onerror=alert(1)&gt; M. Ruiz", "&lt;i&gt;Acme&lt;/i&gt;",
                        "href=\"https://acme.example/?a=1&amp;b=&quot;2&quot;\"", "font-family:Arial, Helvetica, sans-serif;",
                        "background:#333333");
        assertThat(mail.text()).contains("<img src=x onerror=alert(1)> M. Ruiz").doesNotContain("javascript:");
    }

    private Mail deliver(Notification notification, TenantView tenant, Locale locale) {
        DeliveryResult result = new EmailChannel().deliver(notification,
                TestViews.deliveryContext(mailer).tenant(tenant).locale(locale).build());
        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.SENT);
        return mailer.sent().getLast();
    }

    private static String invoiceNumber() {
        return TestViews.invoice().build().invoiceNumber();
    }

    static TenantView branded() {
        return TestViews.tenant().branding(Branding.builder()
                .primaryColor("#7a1f5c").accentColor("#1d5e3a").fontFamily(FONT).logoPng(LOGO)
                .defaultLocale(TestViews.DUTCH)
                .footers(Map.of(
                        "nl", Branding.Footer.of("Acme Diensten B.V. · KvK 12345678",
                                List.of(Branding.Link.of("Privacy", "https://acme.example/privacy"))),
                        "en", Branding.Footer.of("Acme Services Ltd",
                                List.of(Branding.Link.of("Privacy", "https://acme.example/en/privacy")))))
                .mailSenderName("Acme Klantenservice")
                .texts(Map.of(
                        "nl", Map.of(Branding.NEW_INVOICE, "Hallo {customerName}, factuur {invoiceNumber} van {portalName} staat klaar."),
                        "en", Map.of(Branding.WELCOME, "Welcome {customerName}, {portalName} now sends its invoices here.")))
                .build()).build();
    }

    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x7a1f5c));
        g.fillOval(0, 0, height, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
