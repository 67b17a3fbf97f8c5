package io.invoiceportal.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.invoiceportal.plugin.api.DeliveryException;
import io.invoiceportal.plugin.api.MailSender.Attachment;
import io.invoiceportal.plugin.api.MailSender.Mail;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sender name and inline images of a tenant's mail, delivered over real SMTP (GreenMail). */
class SmtpMailSenderBrandingTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** The display name is the tenant's (RFC 2047 encoded when not ASCII) while the address stays the portal's. */
    @Test
    void sendsUnderTheTenantsNameFromThePortalsAddress() throws Exception {
        sender().send(mail("Hollandse Énergie \"Klantenservice\"", List.of()));

        InternetAddress from = (InternetAddress) received().getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("no-reply@localhost");
        assertThat(from.getPersonal()).isEqualTo("Hollandse Énergie \"Klantenservice\"");
        assertThat(received().getHeader("From")[0]).startsWith("=?UTF-8?").doesNotContain("É");
    }

    /** A sender name with CR/LF never becomes a header of its own: no Bcc, one From, one recipient. */
    @Test
    void aNameWithLineBreaksCannotInjectHeaders() throws Exception {
        sender().send(mail("Evil\r\nBcc: victim@example.com\r\nX-Injected: yes", List.of()));

        MimeMessage message = received();
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getHeader("X-Injected")).isNull();
        assertThat(message.getHeader("From")).hasSize(1);
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("no-reply@localhost");
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(greenMail.getReceivedMessagesForDomain("example.com")).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactly("anna@example.com");
    }

    /** Without a name the portal's configured From is used unchanged. */
    @Test
    void noNameKeepsTheConfiguredFrom() throws Exception {
        sender().send(mail(null, List.of()));

        assertThat(received().getFrom()[0].toString()).isEqualTo(MailSettings.DEFAULT_FROM);
    }

    /**
     * An inline logo travels as multipart/related next to the HTML (Content-ID, disposition inline)
     * inside multipart/alternative, and a PDF stays a normal attachment of multipart/mixed.
     */
    @Test
    void inlineImageIsRelatedToTheHtmlAndFilesStayAttachments() throws Exception {
        sender().send(mail("Northwind", List.of(Attachment.inline("logo@northwind", "logo.png", "image/png", PNG),
                Attachment.of("factuur.pdf", "application/pdf", PDF))));

        MimeMultipart mixed = (MimeMultipart) received().getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        assertThat(mixed.getCount()).isEqualTo(2);
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
        MimeMultipart related = (MimeMultipart) alternative.getBodyPart(1).getContent();
        assertThat(related.getContentType()).startsWith("multipart/related");
        assertThat(related.getBodyPart(0).isMimeType("text/html")).isTrue();
        BodyPart logo = related.getBodyPart(1);
        assertThat(logo.getHeader("Content-ID")).containsExactly("<logo@northwind>");
        assertThat(logo.getDisposition()).isEqualTo(Part.INLINE);
        assertThat(logo.isMimeType("image/png")).isTrue();
        assertThat(logo.getInputStream().readAllBytes()).isEqualTo(PNG);
        BodyPart pdf = mixed.getBodyPart(1);
        assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(pdf.getInputStream().readAllBytes()).isEqualTo(PDF);
    }

    /** A content id that could break out of its header is refused, permanently, and nothing is sent. */
    @Test
    void aContentIdWithSpecialCharactersIsRefused() {
        for (String bad : List.of("logo>\r\nBcc: x@example.com", "a b", "<logo@x>", "")) {
            DeliveryException e = catchThrowableOfType(DeliveryException.class, () -> sender().send(
                    mail("T", List.of(Attachment.inline(bad, "logo.png", "image/png", PNG)))));
            assertThat(e).as(bad).isNotNull();
            assertThat(e.retryable()).isFalse();
        }
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    /** The raw message keeps every header on one line (no CR/LF from the name reaches the wire unfolded). */
    @Test
    void rawFromHeaderIsOneLogicalLine() throws Exception {
        sender().send(mail("A\nB\rC", List.of()));

        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        received().writeTo(raw);
        String headers = raw.toString(StandardCharsets.US_ASCII).split("\r\n\r\n", 2)[0];
        assertThat(Collections.list(received().getAllHeaderLines()).stream().filter(l -> l.startsWith("From:")))
                .containsExactly("From: A B C <no-reply@localhost>");
        assertThat(headers.split("\r\n")).allMatch(line -> line.matches("[A-Za-z-]+: .*|\t.*"));
    }

    private static MimeMessage received() {
        return greenMail.getReceivedMessages()[0];
    }

    private static Mail mail(String fromName, List<Attachment> attachments) {
        return Mail.builder()
                .messageId("<n-9@invoice-portal>")
                .to("anna@example.com")
                .subject("Factuur")
                .text("Uw factuur")
                .html("<p><img src=\"cid:logo@northwind\" alt=\"Northwind\"> Uw factuur</p>")
                .fromName(fromName)
                .attachments(attachments)
                .build();
    }

    private static SmtpMailSender sender() {
        return new SmtpMailSender(new MailSettings("127.0.0.1", greenMail.getSmtp().getPort(), "", "",
                MailSettings.DEFAULT_FROM, Path.of("unused"), 2_000));
    }
}
