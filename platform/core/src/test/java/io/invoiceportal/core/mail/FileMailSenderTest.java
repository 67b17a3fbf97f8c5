package io.invoiceportal.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.invoiceportal.plugin.api.MailSender.Attachment;
import io.invoiceportal.plugin.api.MailSender.Mail;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class FileMailSenderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);
    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    /** The .eml file parses back into the same message: subject, Message-ID, both alternatives and the attachment. */
    @Test
    void writesAParseableEml() throws Exception {
        sender(dir).send(Mail.builder()
                .messageId("<n-1@invoice-portal>")
                .to("anna@example.com")
                .subject("Factuur € 2025-001")
                .text("Zie https://portal.example/invoices/1")
                .html("<p>Zie factuur</p>")
                .attachments(List.of(Attachment.of("factuur.pdf", "application/pdf", PDF)))
                .build());

        MimeMessage parsed = parse(onlyFile(dir));
        assertThat(parsed.getSubject()).isEqualTo("Factuur € 2025-001");
        assertThat(parsed.getMessageID()).isEqualTo("<n-1@invoice-portal>");
        assertThat(parsed.getAllRecipients()[0].toString()).isEqualTo("anna@example.com");
        MimeMultipart mixed = (MimeMultipart) parsed.getContent();
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("Zie https://portal.example/invoices/1");
        assertThat(alternative.getBodyPart(1).getContent()).isEqualTo("<p>Zie factuur</p>");
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("factuur.pdf");
        assertThat(mixed.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(PDF);
    }

    /** A mail without HTML is a single text/plain part, not a multipart. */
    @Test
    void textOnlyMailIsPlainText() throws Exception {
        sender(dir).send(textMail("Welkom", "Hallo"));

        MimeMessage parsed = parse(onlyFile(dir));
        assertThat(parsed.isMimeType("text/plain")).isTrue();
        assertThat(parsed.getContent()).isEqualTo("Hallo");
    }

    /** The file is named time-recipient-subject, sanitised, with the subject cut to 40 characters. */
    @Test
    void namesTheFileByTimeRecipientAndSubject() throws Exception {
        sender(dir).send(textMail("Activeer uw account bij Bakkerij De Gouden Korenaar: één klik", "x"));

        String name = onlyFile(dir).getFileName().toString();
        assertThat(name).isEqualTo("20250304-050607-anna@example.com-Activeer_uw_account_bij_Bakkerij_De_Goud.eml");
        assertThat(name).matches("\\d{8}-\\d{6}-[A-Za-z0-9._@-]+-[A-Za-z0-9._-]{1,40}\\.eml");
    }

    /** Two mails with the same name in the same second are both kept, and no temporary file is left behind. */
    @Test
    void doesNotOverwriteAMailWithTheSameName() throws Exception {
        FileMailSender sender = sender(dir);
        sender.send(textMail("Welkom", "first"));
        sender.send(textMail("Welkom", "second"));

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
                    "20250304-050607-anna@example.com-Welkom-2.eml", "20250304-050607-anna@example.com-Welkom.eml");
        }
    }

    /** A missing mail directory is created. */
    @Test
    void createsTheMailDirectory() throws Exception {
        Path nested = dir.resolve("a/b");

        sender(nested).send(textMail("Welkom", "x"));

        assertThat(onlyFile(nested)).exists();
    }

    /** One INFO line per mail names recipient, subject, file and every http(s) link of the text body. */
    @Test
    void logsTheLinksOfTheTextBody() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(FileMailSender.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            sender(dir).send(textMail("Welkom", "Activeer via https://portal.example/activate?token=abc123.\n"
                    + "Vragen? Zie http://help.example/faq, of mail ons."));
        } finally {
            logger.detachAppender(appender);
        }

        assertThat(appender.list).hasSize(1);
        String line = appender.list.getFirst().getFormattedMessage();
        assertThat(line).contains("anna@example.com", "Welkom", onlyFile(dir).toAbsolutePath().toString(),
                "https://portal.example/activate?token=abc123 ", "http://help.example/faq");
        assertThat(line).doesNotContain("\n").doesNotContain("faq,");
    }

    /** The .eml file carries the tenant's sender name and the inline logo (Content-ID, inline) next to the HTML. */
    @Test
    void writesTheSenderNameAndTheInlineLogo() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        sender(dir).send(Mail.builder()
                .messageId("<n-3@invoice-portal>")
                .to("anna@example.com")
                .subject("Welkom")
                .text("Welkom")
                .html("<img src=\"cid:logo@portal\" alt=\"\">")
                .fromName("Hollandse Energie")
                .attachments(List.of(Attachment.inline("logo@portal", "logo.png", "image/png", png)))
                .build());

        MimeMessage parsed = parse(onlyFile(dir));
        assertThat(parsed.getFrom()[0].toString()).isEqualTo("Hollandse Energie <no-reply@localhost>");
        MimeMultipart alternative = (MimeMultipart) parsed.getContent();
        MimeMultipart related = (MimeMultipart) alternative.getBodyPart(1).getContent();
        assertThat(related.getContentType()).startsWith("multipart/related");
        assertThat(related.getBodyPart(1).getHeader("Content-ID")).containsExactly("<logo@portal>");
        assertThat(related.getBodyPart(1).getDisposition()).isEqualTo("inline");
        assertThat(related.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(png);
    }

    private static Mail textMail(String subject, String text) {
        return Mail.builder()
                .messageId("<n-2@invoice-portal>")
                .to("anna@example.com")
                .subject(subject)
                .text(text)
                .build();
    }

    private static FileMailSender sender(Path directory) {
        MailSettings settings = new MailSettings("", 25, "", "", MailSettings.DEFAULT_FROM, directory, 1_000);
        return new FileMailSender(settings, CLOCK);
    }

    private static Path onlyFile(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.getFirst();
        }
    }

    private static MimeMessage parse(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
