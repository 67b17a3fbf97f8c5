package io.invoiceportal.plugin.api;

import java.util.List;

/**
 * Sends e-mail through the portal's mail server (or, without one, to files). Thread-safe.
 */
public interface MailSender {

    /**
     * Sends one message.
     *
     * @throws DeliveryException with {@link DeliveryException#retryable()} telling whether a
     *     later attempt may succeed (server down, 4xx) or not (5xx, bad address)
     */
    void send(Mail mail) throws DeliveryException;

    /**
     * One e-mail.
     *
     * @param messageId stable Message-ID (use {@link Notification#id()} so retries keep it)
     * @param to recipient address
     * @param subject subject line
     * @param text plain-text body
     * @param html HTML body, or {@code null} for text only
     * @param attachments files to attach, may be empty
     */
    record Mail(String messageId, String to, String subject, String text, String html, List<Attachment> attachments) {}

    /** A file attached to a mail. */
    record Attachment(String fileName, String mediaType, byte[] content) {}
}
