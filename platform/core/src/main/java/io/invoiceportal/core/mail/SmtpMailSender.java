package io.invoiceportal.core.mail;

import io.invoiceportal.plugin.api.DeliveryException;
import io.invoiceportal.plugin.api.MailSender;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends mail over SMTP (STARTTLS when the server offers it, authentication when a user is set).
 * Opens one connection per mail; thread-safe.
 */
public final class SmtpMailSender implements MailSender {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailSender.class);
    private static final int IO_TIMEOUT_MILLIS = 10_000;

    private final MailSettings settings;
    private final Session session;
    private final MimeMessages messages;

    public SmtpMailSender(MailSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public SmtpMailSender(MailSettings settings, Clock clock) {
        if (!settings.smtpEnabled()) {
            throw new IllegalArgumentException("No SMTP host in " + settings);
        }
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
        this.messages = new MimeMessages(session, settings.from(), clock);
    }

    private static Properties properties(MailSettings settings) {
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", "smtp");
        props.setProperty("mail.smtp.host", settings.host());
        props.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        props.setProperty("mail.smtp.auth", Boolean.toString(settings.authenticated()));
        props.setProperty("mail.smtp.starttls.enable", "true");
        props.setProperty("mail.smtp.connectiontimeout", Integer.toString(settings.connectTimeoutMillis()));
        props.setProperty("mail.smtp.timeout", Integer.toString(IO_TIMEOUT_MILLIS));
        props.setProperty("mail.smtp.writetimeout", Integer.toString(IO_TIMEOUT_MILLIS));
        return props;
    }

    @Override
    public void send(Mail mail) throws DeliveryException {
        MimeMessage message;
        try {
            message = messages.build(mail);
        } catch (MessagingException e) {
            // A bad address or content: every attempt would build the same broken message.
            throw new DeliveryException("Cannot build mail to " + mail.to() + ": " + e.getMessage(), false, e);
        }
        Transport transport = null;
        try {
            transport = session.getTransport("smtp");
            transport.connect(settings.host(), settings.port(),
                    settings.authenticated() ? settings.user() : null,
                    settings.authenticated() ? settings.password() : null);
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            boolean retryable = retryable(e);
            String reason = "SMTP delivery to " + mail.to() + " via " + settings.host() + ":" + settings.port()
                    + " failed (" + (retryable ? "temporary" : "permanent") + "): " + describe(e);
            throw new DeliveryException(withoutPassword(reason), retryable, e);
        } finally {
            closeQuietly(transport);
        }
        LOG.debug("Mail {} sent to {} via {}:{}", mail.messageId(), mail.to(), settings.host(), settings.port());
    }

    /** A failed QUIT after the server took the mail must not turn into a retry (a second copy). */
    private static void closeQuietly(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("Closing the SMTP connection failed", e);
        }
    }

    /**
     * Whether a later attempt may succeed after the SMTP conversation failed: any 5xx reply
     * (mailbox unknown, message too big, policy) is permanent; 4xx replies, refused connections,
     * timeouts and dropped connections are temporary.
     */
    static boolean retryable(MessagingException failure) {
        for (Throwable t : chain(failure)) {
            int code = returnCode(t);
            if (code >= 500 && code <= 599) {
                return false;
            }
        }
        return true;
    }

    private static int returnCode(Throwable t) {
        return switch (t) {
            case SMTPAddressFailedException e -> e.getReturnCode();
            case SMTPSenderFailedException e -> e.getReturnCode();
            case SMTPSendFailedException e -> e.getReturnCode();
            default -> -1;
        };
    }

    /** The failure, its causes and the exceptions chained with {@code setNextException}, in order. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        collect(failure, chain);
        return chain;
    }

    private static void collect(Throwable t, List<Throwable> chain) {
        if (t == null || chain.stream().anyMatch(seen -> seen == t)) {
            return;
        }
        chain.add(t);
        collect(t.getCause(), chain);
        if (t instanceof MessagingException m) {
            collect(m.getNextException(), chain);
        }
    }

    /** Every distinct message in the chain, so the server's own reply text is kept. */
    private static String describe(MessagingException failure) {
        return chain(failure).stream()
                .map(Throwable::getMessage)
                .filter(Objects::nonNull)
                .map(String::strip)
                .distinct()
                .collect(Collectors.joining("; "));
    }

    private String withoutPassword(String text) {
        String password = settings.password();
        return password == null || password.isEmpty() ? text : text.replace(password, "***");
    }
}
