package io.invoiceportal.plugins.emailpdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.DeliveryException;
import io.invoiceportal.plugin.api.DeliveryResult;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.MailSender;
import io.invoiceportal.plugin.api.MailSender.Mail;
import io.invoiceportal.plugin.api.Notification;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.PluginSettings;
import io.invoiceportal.plugin.api.SettingDefinition;
import io.invoiceportal.plugin.api.SettingType;
import io.invoiceportal.plugin.api.TenantView;
import io.invoiceportal.plugin.testkit.RecordingMailSender;
import io.invoiceportal.plugin.testkit.TestViews;
import io.invoiceportal.plugins.email.MailComposer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EmailPdfChannelTest {

    private static final Locale DUTCH = Locale.of("nl", "NL");
    private static final String PORTAL = "https://portal.example/t/acme";
    private static final String INVOICE_URL = PORTAL + "/invoices/2025-0042.pdf";

    private final EmailPdfChannel channel = new EmailPdfChannel();
    private final RecordingMailSender mailer = new RecordingMailSender();

    /** Rule: a PDF within the limit goes along as {number}.pdf, with the "attached" note and still the link. */
    @Test
    void attachesASmallPdf() {
        byte[] pdf = pdf(10 * 1024);

        Mail mail = deliver(newInvoice(() -> pdf), context(DUTCH, Map.of()));

        assertThat(mailer.sent()).hasSize(1);
        assertThat(mail.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.fileName()).isEqualTo("2025-0042.pdf");
            assertThat(attachment.mediaType()).isEqualTo("application/pdf");
            assertThat(attachment.content()).isEqualTo(pdf);
        });
        assertThat(mail.text()).contains("De factuur zit als PDF-bijlage bij deze e-mail.", INVOICE_URL, PORTAL);
        assertThat(mail.html()).contains("De factuur zit als PDF-bijlage bij deze e-mail.", "href=\"" + INVOICE_URL + "\"");
    }

    /** Rule: the invoice mail is the email channel's mail (same composer), plus the note and the attachment. */
    @Test
    void sendsTheEmailChannelsInvoiceMail() {
        Notification.NewInvoice notification = newInvoice(() -> pdf(2048));
        DeliveryContext context = context(Locale.ENGLISH, Map.of());
        MailComposer composer = new MailComposer();

        Mail mail = deliver(notification, context);
        Mail expected = composer.compose(notification, context, composer.pdfAttachedNote(Locale.ENGLISH), List.of());

        assertThat(mail.messageId()).isEqualTo("<n-3@portal.example>");
        assertThat(mail.to()).isEqualTo(expected.to());
        assertThat(mail.subject()).isEqualTo("New invoice 2025-0042 from Acme Diensten");
        assertThat(mail.text()).isEqualTo(expected.text());
        assertThat(mail.html()).isEqualTo(expected.html());
    }

    /** Rule: a PDF over the configured limit is not attached; the mail has the link and says how large the PDF is. */
    @Test
    void linksAPdfOverTheConfiguredLimit() {
        Mail dutch = deliver(newInvoice(() -> pdf(1_572_864)), context(DUTCH, Map.of("maxAttachmentBytes", "1000000")));
        Mail english = deliver(newInvoice(() -> pdf(5000)), context(Locale.ENGLISH, Map.of("maxAttachmentBytes", "1000")));

        assertThat(dutch.attachments()).isEmpty();
        assertThat(dutch.text()).contains("De PDF (1,5 MB) is te groot om mee te sturen", INVOICE_URL);
        assertThat(dutch.html()).contains("De PDF (1,5 MB) is te groot", "href=\"" + INVOICE_URL + "\"");
        assertThat(english.attachments()).isEmpty();
        assertThat(english.text()).contains("The PDF (0.0 MB) is too large to attach to this e-mail", INVOICE_URL);
    }

    /** Rule: without a tenant value the limit is the declared default, 5 MB, inclusive. */
    @Test
    void defaultLimitIsFiveMegabytes() {
        assertThat(deliver(newInvoice(() -> pdf(5_242_880)), context(DUTCH, Map.of())).attachments()).hasSize(1);
        assertThat(deliver(newInvoice(() -> pdf(5_242_881)), context(DUTCH, Map.of())).attachments()).isEmpty();
    }

    /** Rule: the limit is a declared whole-number setting of at least 1; other values are refused. */
    @Test
    void declaresTheLimitAsATypedSetting() {
        SettingDefinition limit = channel.settings().getFirst();
        assertThat(limit.name()).isEqualTo("maxAttachmentBytes");
        assertThat(limit.type()).isEqualTo(SettingType.INTEGER);
        assertThat(limit.secret()).isFalse();
        assertThat(PluginSettings.problem(limit, "five MB")).contains("must be a whole number");
        assertThat(PluginSettings.problem(limit, "0")).contains("must be at least 1");
        assertThat(PluginSettings.problem(limit, "1")).isEmpty();
    }

    /** Rule: a PDF that cannot be rendered still leaves a sent link-only mail that says the PDF could not be attached. */
    @Test
    void sendsTheLinkWhenThePdfCannotBeRendered() {
        Notification.NewInvoice notification = newInvoice(() -> { throw new ExportException("font missing"); });

        Mail dutch = deliver(notification, context(DUTCH, Map.of()));
        Mail english = deliver(notification, context(Locale.ENGLISH, Map.of()));

        assertThat(dutch.attachments()).isEmpty();
        assertThat(dutch.text()).contains("De PDF kon niet worden meegestuurd", INVOICE_URL);
        assertThat(english.text()).contains("The PDF could not be attached to this e-mail", INVOICE_URL);
        assertThat(english.html()).contains("href=\"" + INVOICE_URL + "\"");
    }

    /** Rule: activation and password reset mails are exactly the email channel's, without attachments. */
    @Test
    void activationAndResetAsTheEmailChannel() {
        DeliveryContext context = context(DUTCH, Map.of());
        MailComposer composer = new MailComposer();
        var activation = Notification.Activation.of("<n-1@portal.example>", customer(), PORTAL + "/activate?token=abc");
        var reset = Notification.PasswordReset.of("<n-2@portal.example>", customer(), PORTAL + "/reset?token=def");

        Mail activationMail = deliver(activation, context);
        Mail resetMail = deliver(reset, context);

        assertThat(activationMail).isEqualTo(composer.compose(activation, context));
        assertThat(activationMail.attachments()).isEmpty();
        assertThat(resetMail).isEqualTo(composer.compose(reset, context));
        assertThat(resetMail.attachments()).isEmpty();
    }

    /** Rule: the channel is "email-pdf", called "E-mail met PDF" in Dutch and "E-mail with PDF" in any other language. */
    @Test
    void describesItself() {
        assertThat(channel.id()).isEqualTo("email-pdf");
        assertThat(channel.displayName(DUTCH)).isEqualTo("E-mail met PDF");
        assertThat(channel.displayName(Locale.ENGLISH)).isEqualTo("E-mail with PDF");
        assertThat(channel.displayName(Locale.GERMAN)).isEqualTo("E-mail with PDF");
    }

    /** Rule: a mail server that may accept later means retry; one that refuses for good means failed. */
    @Test
    void mapsMailErrorsToRetryOrFailed() {
        mailer.failNext(new DeliveryException("451 try again later", true, null));
        assertThat(channel.deliver(newInvoice(() -> pdf(100)), context(DUTCH, Map.of())))
                .isEqualTo(DeliveryResult.retry("451 try again later"));

        mailer.failNext(new DeliveryException("552 message size exceeds limit", false, null));
        assertThat(channel.deliver(newInvoice(() -> pdf(100)), context(DUTCH, Map.of())))
                .isEqualTo(DeliveryResult.fail("552 message size exceeds limit"));
    }

    /** Rule: an unexpected exception, also from rendering, counts as retryable. */
    @Test
    void unexpectedExceptionMeansRetry() {
        Notification.NewInvoice notification = newInvoice(() -> { throw new IllegalStateException("renderer crashed"); });

        assertThat(channel.deliver(notification, context(DUTCH, Map.of()))).isEqualTo(DeliveryResult.retry("renderer crashed"));
        assertThat(mailer.sent()).isEmpty();
    }

    /** Rule: a customer without an e-mail address fails at once, without rendering the PDF or sending. */
    @Test
    void customerWithoutAddressFails() {
        AtomicInteger renders = new AtomicInteger();
        CustomerView customer = TestViews.customer().email(" ").build();
        var notification = Notification.NewInvoice.of("n-9", customer, invoice(), INVOICE_URL, () -> { renders.incrementAndGet(); return pdf(100); });

        assertThat(channel.deliver(notification, context(DUTCH, Map.of())).outcome()).isEqualTo(DeliveryResult.Outcome.FAILED);
        assertThat(renders).hasValue(0);
        assertThat(mailer.sent()).isEmpty();
    }

    /** Rule: a branded tenant's invoice mail carries both the PDF (attachment) and the logo (inline, cid), under its sender name. */
    @Test
    void brandedMailHasThePdfAndTheInlineLogo() {
        byte[] logo = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 2, 88, 0, 0, 0, (byte) 180};
        byte[] pdf = pdf(2048);
        DeliveryContext plain = context(DUTCH, Map.of());
        DeliveryContext branded = DeliveryContext.builder().tenant(TenantView.builder().slug("acme").name("Acme Diensten")
                        .defaultLocale(DUTCH).seller(plain.tenant().seller()).portalUrl(PORTAL)
                        .branding(TenantView.Branding.builder().primaryColor("#7a1f5c").accentColor("#1d5e3a")
                                .logoPng(logo).mailSenderName("Acme Facturen").build()).build())
                .locale(DUTCH).mailer(mailer).settings(plain.settings()).clock(plain.clock()).build();

        Mail mail = deliver(newInvoice(() -> pdf), branded);

        assertThat(mail.fromName()).isEqualTo("Acme Facturen");
        assertThat(mail.attachments()).extracting(MailSender.Attachment::contentId).containsExactly(null, "logo@invoice-portal");
        assertThat(mail.attachments().get(0).content()).isEqualTo(pdf);
        assertThat(mail.attachments().get(1).content()).isEqualTo(logo);
        assertThat(mail.html()).contains("src=\"cid:logo@invoice-portal\"", "background:#7a1f5c");
    }

    private Mail deliver(Notification notification, DeliveryContext context) {
        assertThat(channel.deliver(notification, context)).isEqualTo(DeliveryResult.sent());
        assertThat(mailer.sent()).isNotEmpty();
        return mailer.sent().getLast();
    }

    private DeliveryContext context(Locale locale, Map<String, String> settings) {
        TenantView tenant = TenantView.builder()
                .slug("acme")
                .name("Acme Diensten")
                .defaultLocale(DUTCH)
                .seller(party("Acme Diensten B.V."))
                .branding(TenantView.Branding.of("#0b5394", "#f1c232", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))
                .portalUrl(PORTAL)
                .build();
        return DeliveryContext.builder()
                .tenant(tenant)
                .locale(locale)
                .mailer(mailer)
                .settings(PluginSettings.of(channel.settings(), settings))
                .clock(Clock.fixed(Instant.parse("2025-03-14T10:00:00Z"), ZoneId.of("Europe/Amsterdam")))
                .build();
    }

    /** Bytes that start like a PDF, {@code size} in all. */
    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, Math.min(header.length, size));
        return bytes;
    }

    private static PartyView party(String name) {
        return PartyView.builder()
                .legalName(name)
                .address(PartyView.AddressView.of("Keizersgracht 1", "1015 AA", "Amsterdam", "NL"))
                .vatId("NL999999999B01")
                .build();
    }

    private static CustomerView customer() {
        return CustomerView.builder()
                .customerNumber("00123")
                .party(party("Bakkerij Ruiz B.V."))
                .email("inkoop@ruiz.example")
                .contactName("M. Ruiz")
                .locale(DUTCH)
                .login("ruiz")
                .build();
    }

    private static Notification.NewInvoice newInvoice(Notification.PdfSource pdf) {
        return Notification.NewInvoice.of("<n-3@portal.example>", customer(), invoice(), INVOICE_URL, pdf);
    }

    private static InvoiceView invoice() {
        return TestViews.invoiceOfOneLine("Onderhoud", new BigDecimal("1020.30"))
                .seller(party("Acme Diensten B.V."))
                .buyer(customer())
                .build();
    }
}
