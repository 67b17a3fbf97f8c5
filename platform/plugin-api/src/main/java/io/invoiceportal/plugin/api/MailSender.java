package io.invoiceportal.plugin.api;

import java.util.List;

/**
 * Sends e-mail through the portal's mail server (or, without one, to files). Thread-safe.
 */
public interface MailSender {

    /**
     * Sends one message.
     *
     * @param mail the message
     * @throws DeliveryException with {@link DeliveryException#retryable()} telling whether a
     *     later attempt may succeed (server down, 4xx) or not (5xx, bad address)
     */
    void send(Mail mail) throws DeliveryException;

    /** One e-mail. Built with {@link #builder()}; later minor versions may add methods (with a default). */
    interface Mail {
        /** Stable Message-ID (use {@link Notification#id()} so retries keep it). */
        String messageId();

        /** Recipient address. */
        String to();

        /** Subject line. */
        String subject();

        /** Plain-text body. */
        String text();

        /** HTML body, or {@code null} for text only. */
        String html();

        /**
         * Files to attach, may be empty. An attachment with a {@link Attachment#contentId()} is an
         * inline image the HTML body shows with {@code <img src="cid:…">}.
         */
        List<Attachment> attachments();

        /**
         * The display name of the sender ({@code "Hollandse Energie" <portal@…>}); {@code null} for the
         * portal's configured one. The address itself is always the portal's.
         *
         * @since 1.2.0
         */
        default String fromName() {
            return null;
        }

        /** A builder without attachments; message id, recipient, subject and text are required. */
        static MailBuilder builder() {
            return new MailBuilder();
        }
    }

    /** A file attached to a mail. */
    interface Attachment {
        /** File name shown to the reader. */
        String fileName();

        /** Media type such as {@code application/pdf}. */
        String mediaType();

        /** The bytes. */
        byte[] content();

        /**
         * The id an HTML body refers to as {@code cid:…} when this is an inline image (sent as
         * {@code multipart/related}); {@code null} for a file to download.
         *
         * @since 1.2.0
         */
        default String contentId() {
            return null;
        }

        /** An attachment; every argument is required. */
        static Attachment of(String fileName, String mediaType, byte[] content) {
            return new Values.MailAttachment(Values.required(fileName, "fileName"),
                    Values.required(mediaType, "mediaType"), Values.required(content, "content"), null);
        }

        /**
         * An inline image (a logo) the HTML body shows with {@code <img src="cid:contentId">};
         * {@code contentId} is letters, digits, dots, dashes and one {@code @}, such as {@code logo@portal}.
         *
         * @since 1.2.0
         */
        static Attachment inline(String contentId, String fileName, String mediaType, byte[] content) {
            return new Values.MailAttachment(Values.required(fileName, "fileName"),
                    Values.required(mediaType, "mediaType"), Values.required(content, "content"),
                    Values.required(contentId, "contentId"));
        }
    }

    /** Builds a {@link Mail}. */
    final class MailBuilder {
        private String messageId;
        private String to;
        private String subject;
        private String text;
        private String html;
        private List<Attachment> attachments = List.of();
        private String fromName;

        private MailBuilder() {}

        /** Sets {@link Mail#messageId()}. */
        public MailBuilder messageId(String value) {
            messageId = value;
            return this;
        }

        /** Sets {@link Mail#to()}. */
        public MailBuilder to(String value) {
            to = value;
            return this;
        }

        /** Sets {@link Mail#subject()}. */
        public MailBuilder subject(String value) {
            subject = value;
            return this;
        }

        /** Sets {@link Mail#text()}. */
        public MailBuilder text(String value) {
            text = value;
            return this;
        }

        /** Sets {@link Mail#html()}. */
        public MailBuilder html(String value) {
            html = value;
            return this;
        }

        /** Sets {@link Mail#attachments()}. */
        public MailBuilder attachments(List<? extends Attachment> value) {
            attachments = List.copyOf(value);
            return this;
        }

        /** Sets {@link Mail#fromName()} ({@code null}: the portal's). */
        public MailBuilder fromName(String value) {
            fromName = value;
            return this;
        }

        /** The mail. */
        public Mail build() {
            return new Values.Message(Values.required(messageId, "messageId"), Values.required(to, "to"),
                    Values.required(subject, "subject"), Values.required(text, "text"), html, attachments, fromName);
        }
    }
}
