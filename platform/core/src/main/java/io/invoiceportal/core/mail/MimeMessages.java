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
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Builds the MIME message for a {@link Mail}; shared by the SMTP and the file sender. */
final class MimeMessages {
    private static final String UTF_8 = "UTF-8";
    private static final int MAX_FROM_NAME_CHARS = 100;
    private static final Pattern CONTENT_ID = Pattern.compile("[A-Za-z0-9.-]{1,64}(@[A-Za-z0-9.-]{1,64})?");

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
     * From (the configured address under the mail's own display name when it has one), To, UTF-8
     * subject, text (and HTML as alternative, with its inline images as {@code multipart/related}),
     * attachments, and the mail's own Message-ID. Inline images of a mail without HTML are left out:
     * nothing shows them.
     *
     * @throws AddressException when the recipient is not a valid address
     * @throws MessagingException when an inline image's content id is not a plain {@code local@domain} token
     */
    MimeMessage build(Mail mail) throws MessagingException {
        Objects.requireNonNull(mail.messageId(), "messageId");
        MimeMessage message = new StableIdMessage(session, mail.messageId());
        message.setFrom(sender(mail.fromName()));
        message.setRecipient(MimeMessage.RecipientType.TO, recipient(mail.to()));
        message.setSubject(Objects.requireNonNullElse(mail.subject(), ""), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        List<Attachment> all = Objects.requireNonNullElse(mail.attachments(), List.of());
        List<Attachment> inline = all.stream().filter(a -> a.contentId() != null).toList();
        List<Attachment> files = all.stream().filter(a -> a.contentId() == null).toList();
        if (files.isEmpty()) {
            fillBody(message, mail, inline);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            fillBody(body, mail, inline);
            mixed.addBodyPart(body);
            for (Attachment attachment : files) {
                mixed.addBodyPart(attachmentPart(attachment));
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    /**
     * The configured address, under {@code name} when one is given: control characters (CR, LF)
     * become spaces, so a name can never start a header of its own; non-ASCII is RFC 2047 encoded.
     */
    private InternetAddress sender(String name) throws MessagingException {
        if (name == null || name.isBlank()) {
            return from;
        }
        String clean = name.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
        if (clean.length() > MAX_FROM_NAME_CHARS) {
            clean = clean.substring(0, MAX_FROM_NAME_CHARS).strip();
        }
        try {
            return new InternetAddress(from.getAddress(), clean, UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("Cannot encode the sender name", e);
        }
    }

    private static InternetAddress recipient(String to) throws AddressException {
        if (to == null || to.isBlank()) {
            throw new AddressException("No recipient address");
        }
        InternetAddress address = new InternetAddress(to.strip(), true);
        address.validate();
        return address;
    }

    private static void fillBody(MimePart part, Mail mail, List<Attachment> inline) throws MessagingException {
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
        if (inline.isEmpty()) {
            alternative.addBodyPart(htmlPart);
        } else {
            MimeMultipart related = new MimeMultipart("related");
            related.addBodyPart(htmlPart);
            for (Attachment image : inline) {
                related.addBodyPart(inlinePart(image));
            }
            MimeBodyPart relatedPart = new MimeBodyPart();
            relatedPart.setContent(related);
            alternative.addBodyPart(relatedPart);
        }
        part.setContent(alternative);
    }

    private static MimeBodyPart inlinePart(Attachment image) throws MessagingException {
        if (!CONTENT_ID.matcher(image.contentId()).matches()) {
            throw new MessagingException("Invalid content id of an inline image: letters, digits, dots, dashes and one @");
        }
        MimeBodyPart part = attachmentPart(image);
        part.setDisposition(Part.INLINE);
        part.setContentID("<" + image.contentId() + ">");
        return part;
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
