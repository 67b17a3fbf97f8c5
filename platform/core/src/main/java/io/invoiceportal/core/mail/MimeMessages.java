package io.invoiceportal.core.mail;

import io.invoiceportal.plugin.api.MailSender.Attachment;
import io.invoiceportal.plugin.api.MailSender.Mail;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;

/** Builds the MIME message for a {@link Mail}; shared by the SMTP and the file sender. */
final class MimeMessages {
    private static final String UTF_8 = "UTF-8";

    private final Session session;
    private final InternetAddress from;
    private final Clock clock;

    MimeMessages(Session session, String from, Clock clock) {
        this.session = session;
        this.clock = clock;
        try {
            this.from = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("Invalid sender address in mail settings: " + from, e);
        }
    }

    /**
     * From, To, UTF-8 subject, text (and HTML as alternative), attachments, and the mail's own
     * Message-ID.
     *
     * @throws AddressException when the recipient is not a valid address
     */
    MimeMessage build(Mail mail) throws MessagingException {
        Objects.requireNonNull(mail.messageId(), "messageId");
        MimeMessage message = new StableIdMessage(session, mail.messageId());
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, recipient(mail.to()));
        message.setSubject(Objects.requireNonNullElse(mail.subject(), ""), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        if (mail.attachments() == null || mail.attachments().isEmpty()) {
            fillBody(message, mail);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            fillBody(body, mail);
            mixed.addBodyPart(body);
            for (Attachment attachment : mail.attachments()) {
                mixed.addBodyPart(attachmentPart(attachment));
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static InternetAddress recipient(String to) throws AddressException {
        if (to == null || to.isBlank()) {
            throw new AddressException("No recipient address");
        }
        InternetAddress address = new InternetAddress(to.strip(), true);
        address.validate();
        return address;
    }

    private static void fillBody(MimePart part, Mail mail) throws MessagingException {
        String text = Objects.requireNonNullElse(mail.text(), "");
        if (mail.html() == null) {
            part.setText(text, UTF_8, "plain");
            return;
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, UTF_8, "plain");
        alternative.addBodyPart(textPart);
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(mail.html(), UTF_8, "html");
        alternative.addBodyPart(htmlPart);
        part.setContent(alternative);
    }

    private static MimeBodyPart attachmentPart(Attachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
        part.setFileName(attachment.fileName());
        part.setDisposition(Part.ATTACHMENT);
        // Base64 always: with 7bit, an attachment that happens to be ASCII gets its line ends rewritten.
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /** Keeps the caller's Message-ID so that a retried mail is recognisably the same mail. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
