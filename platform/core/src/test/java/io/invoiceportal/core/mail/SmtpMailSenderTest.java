package io.invoiceportal.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.invoiceportal.plugin.api.DeliveryException;
import io.invoiceportal.plugin.api.MailSender.Attachment;
import io.invoiceportal.plugin.api.MailSender.Mail;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpMailSenderTest {
    private static final String PASSWORD = "s3cret-Pa55";
    private static final byte[] PDF = "%PDF-1.7\n% test invoice\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("portal@localhost", "portal", PASSWORD));

    /** A mail with text, HTML and a PDF arrives with UTF-8 subject, both alternatives, the attachment and the given Message-ID. */
    @Test
    void deliversTextHtmlAndAttachmentWithTheGivenMessageId() throws Exception {
        Mail mail = Mail.builder()
                .messageId("<n-42@invoice-portal>")
                .to("anna@example.com")
                .subject("Factuur € 2025-001")
                .text("Uw factuur: https://portal.example/invoices/1")
                .html("<p>Uw <b>factuur</b></p>")
                .attachments(List.of(Attachment.of("factuur-2025-001.pdf", "application/pdf", PDF)))
                .build();

        sender("", "").send(mail);

        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Factuur € 2025-001");
        assertThat(received.getMessageID()).isEqualTo("<n-42@invoice-portal>");
        assertThat(received.getFrom()[0].toString()).isEqualTo(MailSettings.DEFAULT_FROM);
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("anna@example.com");

        MimeMultipart mixed = (MimeMultipart) received.getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("Uw factuur: https://portal.example/invoices/1");
        assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(alternative.getBodyPart(1).getContent()).isEqualTo("<p>Uw <b>factuur</b></p>");

        BodyPart attachment = mixed.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("factuur-2025-001.pdf");
        assertThat(attachment.isMimeType("application/pdf")).isTrue();
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(PDF);
    }

    /** With a user set, the sender authenticates and the server accepts the mail. */
    @Test
    void authenticatesWhenAUserIsSet() throws Exception {
        sender("portal", PASSWORD).send(textMail("anna@example.com"));

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    /** A rejected login fails the delivery without the password appearing in the message. */
    @Test
    void rejectedLoginDoesNotRevealThePassword() {
        String wrong = "wrong-" + PASSWORD;

        DeliveryException e = catchThrowableOfType(DeliveryException.class,
                () -> sender("portal", wrong).send(textMail("anna@example.com")));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContain(wrong).doesNotContain(PASSWORD);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    /** A server that is down (connection refused) is a temporary failure. */
    @Test
    void serverDownIsRetryable() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }

        DeliveryException e = catchThrowableOfType(DeliveryException.class,
                () -> sender(closedPort).send(textMail("anna@example.com")));

        assertThat(e.retryable()).isTrue();
    }

    /** A 5xx reply to RCPT TO (no such user) is a permanent failure. */
    @Test
    void mailboxUnavailableIsPermanent() throws IOException {
        try (var server = new ScriptedSmtpServer("550 5.1.1 no such user")) {
            DeliveryException e = catchThrowableOfType(DeliveryException.class,
                    () -> sender(server.port()).send(textMail("nobody@example.com")));

            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("550 5.1.1 no such user");
        }
    }

    /** A 4xx reply to RCPT TO (try later) is a temporary failure. */
    @Test
    void tryLaterIsRetryable() throws IOException {
        try (var server = new ScriptedSmtpServer("451 4.3.0 try later")) {
            DeliveryException e = catchThrowableOfType(DeliveryException.class,
                    () -> sender(server.port()).send(textMail("anna@example.com")));

            assertThat(e.retryable()).isTrue();
            assertThat(e.getMessage()).contains("451 4.3.0 try later");
        }
    }

    /** A recipient that is not a valid address is a permanent failure, found before connecting. */
    @Test
    void malformedRecipientIsPermanent() {
        DeliveryException e = catchThrowableOfType(DeliveryException.class,
                () -> sender("", "").send(textMail("anna at example dot com")));

        assertThat(e.retryable()).isFalse();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    private static Mail textMail(String to) {
        return Mail.builder()
                .messageId("<n-7@invoice-portal>")
                .to(to)
                .subject("Welkom")
                .text("Activeer: https://portal.example/activate/abc")
                .build();
    }

    private static SmtpMailSender sender(String user, String password) {
        return new SmtpMailSender(settings(greenMail.getSmtp().getPort(), user, password));
    }

    private static SmtpMailSender sender(int port) {
        return new SmtpMailSender(settings(port, "", ""));
    }

    private static MailSettings settings(int port, String user, String password) {
        return new MailSettings("127.0.0.1", port, user, password, MailSettings.DEFAULT_FROM, Path.of("unused"), 2_000);
    }
}
