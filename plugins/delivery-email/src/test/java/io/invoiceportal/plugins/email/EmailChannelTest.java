package io.invoiceportal.plugins.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.DeliveryException;
import io.invoiceportal.plugin.api.DeliveryResult;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.MailSender;
import io.invoiceportal.plugin.api.MailSender.Mail;
import io.invoiceportal.plugin.api.Notification;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.TenantView;
import io.invoiceportal.plugin.testkit.RecordingMailSender;
import io.invoiceportal.plugin.testkit.TestViews;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EmailChannelTest {

    private static final Locale DUTCH = TestViews.DUTCH;
    private static final String PORTAL = "https://portal.example/t/acme";
    private static final String ACTIVATION_URL = PORTAL + "/activate?token=abc&x=1";
    private static final String RESET_URL = PORTAL + "/reset?token=def";
    private static final String INVOICE_URL = PORTAL + "/invoices/2025-0042.pdf";

    private final EmailChannel channel = new EmailChannel();
    private final RecordingMailSender mailer = new RecordingMailSender();

    /** Rule: the activation mail welcomes the customer and carries the activation link, login and portal link, in Dutch. */
    @Test
    void activationInDutch() {
        Mail mail = deliver(activation(), DUTCH);

        assertThat(mail.subject()).isEqualTo("Welkom bij het Invoice Portal van Acme Diensten");
        assertThat(mail.to()).isEqualTo("inkoop@ruiz.example");
        assertThat(mail.messageId()).isEqualTo("<n-1@portal.example>");
        assertThat(mail.attachments()).isEmpty();
        assertThat(mail.text()).contains("Beste M. Ruiz,", "Duurzaamheid", "digitale facturatie", ACTIVATION_URL,
                "Uw inlognaam: ruiz", PORTAL, "14 dagen geldig");
        assertThat(mail.html()).contains("<html lang=\"nl\">", "href=\"" + PORTAL + "/activate?token=abc&amp;x=1\"",
                ">ruiz<", "href=\"" + PORTAL + "\"", "14 dagen geldig", "Account activeren");
    }

    /** Rule: an English-speaking customer gets the same mail in English. */
    @Test
    void activationInEnglish() {
        Mail mail = deliver(activation(), Locale.ENGLISH);

        assertThat(mail.subject()).isEqualTo("Welcome to the Acme Diensten Invoice Portal");
        assertThat(mail.text()).contains("Dear M. Ruiz,", "sustainability", "digital invoicing", ACTIVATION_URL,
                "Your login name: ruiz", PORTAL, "valid for 14 days");
        assertThat(mail.html()).contains("<html lang=\"en\">", "Activate account", ">ruiz<", "href=\"" + PORTAL + "\"");
    }

    /** Rule: the reset mail carries the reset link, says it lasts one hour and may be ignored. */
    @Test
    void passwordResetInBothLanguages() {
        Mail dutch = deliver(Notification.PasswordReset.of("<n-2@portal.example>", customer(), RESET_URL), DUTCH);
        Mail english = deliver(Notification.PasswordReset.of("<n-2@portal.example>", customer(), RESET_URL), Locale.ENGLISH);

        assertThat(dutch.subject()).isEqualTo("Wachtwoord opnieuw instellen");
        assertThat(dutch.messageId()).isEqualTo("<n-2@portal.example>");
        assertThat(dutch.text()).contains(RESET_URL, "1 uur geldig", "Heeft u hier niet om gevraagd", "ruiz");
        assertThat(dutch.html()).contains("href=\"" + RESET_URL + "\"", "1 uur geldig", "deze e-mail negeren");
        assertThat(english.subject()).isEqualTo("Reset your password");
        assertThat(english.to()).isEqualTo("inkoop@ruiz.example");
        assertThat(english.text()).contains(RESET_URL, "valid for 1 hour", "If you did not ask for this, ignore this e-mail");
        assertThat(english.html()).contains("href=\"" + RESET_URL + "\"", "valid for 1 hour");
    }

    /** Rule: the invoice mail names number, dates and the amount as the Dutch reader writes it, with both links. */
    @Test
    void newInvoiceInDutch() {
        Mail mail = deliver(newInvoice(), DUTCH);

        assertThat(mail.subject()).isEqualTo("Nieuwe factuur 2025-0042 van Acme Diensten");
        assertThat(mail.messageId()).isEqualTo("<n-3@portal.example>");
        assertThat(mail.to()).isEqualTo("inkoop@ruiz.example");
        assertThat(mail.text()).contains("Factuurnummer: 2025-0042", "Factuurdatum: 14 maart 2025",
                "Bedrag incl. btw: €\u00a01.234,56", "Vervaldatum: 13 april 2025", INVOICE_URL, PORTAL);
        assertThat(mail.html()).contains("href=\"" + INVOICE_URL + "\"", "href=\"" + PORTAL + "\"", "€\u00a01.234,56",
                "14 maart 2025", "Factuur bekijken (PDF)");
    }

    /** Rule: in English the amount has the euro sign in front without a space and a decimal point. */
    @Test
    void newInvoiceInEnglish() {
        Mail mail = deliver(newInvoice(), Locale.ENGLISH);

        assertThat(mail.subject()).isEqualTo("New invoice 2025-0042 from Acme Diensten");
        assertThat(mail.text()).contains("Invoice number: 2025-0042", "Invoice date: 14 March 2025",
                "Amount incl. VAT: €1,234.56", "Due date: 13 April 2025", INVOICE_URL, PORTAL);
        assertThat(mail.html()).contains("€1,234.56", "href=\"" + INVOICE_URL + "\"", "View invoice (PDF)");
    }

    /** Rule: a language other than Dutch or English gets English, whatever the JVM's default locale. */
    @Test
    void otherLanguagesGetEnglish() {
        Locale before = Locale.getDefault();
        Locale.setDefault(DUTCH);
        try {
            assertThat(deliver(newInvoice(), Locale.GERMAN).subject()).isEqualTo("New invoice 2025-0042 from Acme Diensten");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** Rule: a tenant name ending in a period ("B.V.") never ends a sentence, so no mail shows "B.V..". */
    @Test
    void tenantNameNeverEndsASentence() {
        for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
            DeliveryContext context = context(locale, tenant("Acme Diensten B.V.", "#0b5394"));
            for (Notification notification : List.of(activation(), newInvoice(),
                    Notification.PasswordReset.of("n-2", customer(), RESET_URL))) {
                assertThat(deliver(notification, context).text()).doesNotContain("B.V..");
            }
        }
    }

    /** Rule: names from tenant settings and customer data are escaped in HTML and left as they are in text. */
    @Test
    void escapesValuesInHtml() {
        CustomerView customer = CustomerView.builder()
                .customerNumber("00123")
                .party(party("Bakkerij <b>& Ruiz"))
                .email("inkoop@ruiz.example")
                .contactName("<script>alert(1)</script>")
                .locale(DUTCH)
                .login("ruiz&<1>")
                .build();
        Mail mail = deliver(Notification.Activation.of("<n-1@portal.example>", customer, ACTIVATION_URL),
                context(DUTCH, tenant("Jansen <b>& Zn", "#0b5394")));

        assertThat(mail.subject()).isEqualTo("Welkom bij het Invoice Portal van Jansen <b>& Zn");
        assertThat(mail.text()).contains("Jansen <b>& Zn", "Beste <script>alert(1)</script>,", "ruiz&<1>");
        assertThat(mail.html()).contains("Jansen &lt;b&gt;&amp; Zn", "&lt;script&gt;alert(1)&lt;/script&gt;", "ruiz&amp;&lt;1&gt;")
                .doesNotContain("<b>", "<script>", "<1>");
    }

    /** Rule: the header bar has the tenant's primary colour; a colour that is not plain hex is not put into CSS. */
    @Test
    void brandsTheHeaderWithThePrimaryColour() {
        assertThat(deliver(activation(), context(DUTCH, tenant("Acme", "#1B7340"))).html())
                .contains("background:#1b7340;color:#ffffff;");
        assertThat(deliver(activation(), context(DUTCH, tenant("Acme", "#8cc63f"))).html())
                .contains("background:#8cc63f;color:#000000;");
        assertThat(deliver(activation(), context(DUTCH, tenant("Acme", "red;background:url(x)"))).html())
                .contains("background:#333333;").doesNotContain("url(x)");
    }

    /** Rule: another channel can send the same invoice mail with a note and the PDF attached. */
    @Test
    void composerAddsNoteAndAttachmentsForNewInvoice() {
        MailComposer composer = new MailComposer();
        MailSender.Attachment pdf = MailSender.Attachment.of("2025-0042.pdf", "application/pdf", new byte[] {1, 2, 3});

        Mail attached = composer.compose(newInvoice(), context(DUTCH, tenant("Acme Diensten", "#0b5394")),
                composer.pdfAttachedNote(DUTCH), List.of(pdf));
        String tooLarge = composer.pdfTooLargeNote(Locale.ENGLISH, 13_107_200);

        assertThat(attached.attachments()).containsExactly(pdf);
        assertThat(attached.text()).contains("De factuur zit als PDF-bijlage bij deze e-mail.", INVOICE_URL);
        assertThat(attached.html()).contains("De factuur zit als PDF-bijlage bij deze e-mail.");
        assertThat(tooLarge).isEqualTo("The PDF (12.5 MB) is too large to attach to this e-mail; use the link below to open it.");
        assertThat(composer.pdfTooLargeNote(DUTCH, 13_107_200)).contains("(12,5 MB)");
    }

    /** Rule: a mail server that may accept later (4xx, down) means retry; one that refuses for good means failed. */
    @Test
    void mapsMailErrorsToRetryOrFailed() {
        mailer.failNext(new DeliveryException("451 try again later", true, null));
        assertThat(channel.deliver(newInvoice(), context(DUTCH))).isEqualTo(DeliveryResult.retry("451 try again later"));

        mailer.failNext(new DeliveryException("550 no such user", false, null));
        assertThat(channel.deliver(newInvoice(), context(DUTCH))).isEqualTo(DeliveryResult.fail("550 no such user"));
    }

    /** Rule: an unexpected exception counts as retryable. */
    @Test
    void unexpectedExceptionMeansRetry() {
        mailer.failNext(new IllegalStateException("connection pool closed"));

        assertThat(channel.deliver(activation(), context(DUTCH))).isEqualTo(DeliveryResult.retry("connection pool closed"));
    }

    /** Rule: a customer without an e-mail address fails at once, without a send. */
    @Test
    void customerWithoutAddressFails() {
        CustomerView customer = TestViews.customer().email(" ").build();

        DeliveryResult result = channel.deliver(Notification.Activation.of("n-9", customer, ACTIVATION_URL), context(DUTCH));

        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.FAILED);
        assertThat(mailer.sent()).isEmpty();
    }

    /** Rule: the channel is "email" and called "E-mail" in both languages. */
    @Test
    void describesItself() {
        assertThat(channel.id()).isEqualTo("email");
        assertThat(channel.displayName(DUTCH)).isEqualTo("E-mail");
        assertThat(channel.displayName(Locale.ENGLISH)).isEqualTo("E-mail");
    }

    private Mail deliver(Notification notification, Locale locale) {
        return deliver(notification, context(locale));
    }

    private Mail deliver(Notification notification, DeliveryContext context) {
        assertThat(channel.deliver(notification, context)).isEqualTo(DeliveryResult.sent());
        assertThat(mailer.sent()).isNotEmpty();
        return mailer.sent().getLast();
    }

    private DeliveryContext context(Locale locale) {
        return context(locale, tenant("Acme Diensten", "#0b5394"));
    }

    private DeliveryContext context(Locale locale, TenantView tenant) {
        return TestViews.deliveryContext(mailer).locale(locale).tenant(tenant).build();
    }

    /** The test kit's tenant with this name and colour, and a logo. */
    private static TenantView tenant(String name, String primaryColor) {
        return TestViews.tenant()
                .name(name)
                .branding(TenantView.Branding.of(primaryColor, "#f1c232", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))
                .build();
    }

    private static PartyView party(String name) {
        return PartyView.builder().legalName(name).build();
    }

    private static CustomerView customer() {
        return TestViews.customer().build();
    }

    private static Notification.Activation activation() {
        return Notification.Activation.of("<n-1@portal.example>", customer(), ACTIVATION_URL);
    }

    private static Notification.NewInvoice newInvoice() {
        InvoiceView invoice = TestViews.invoiceOfOneLine("Onderhoud", new BigDecimal("1020.30")).build();
        return Notification.NewInvoice.of("<n-3@portal.example>", customer(), invoice, INVOICE_URL, () -> { throw new AssertionError("the e-mail channel sends a link and never renders the PDF"); });
    }
}
