package io.invoiceportal.core.mail;

import io.invoiceportal.plugin.api.DeliveryException;
import io.invoiceportal.plugin.api.MailSender;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each mail as an RFC 822 {@code .eml} file instead of sending it, for machines without a
 * mail server, and logs its links so that a developer can follow an activation link. Thread-safe.
 */
public final class FileMailSender implements MailSender {
    private static final Logger LOG = LoggerFactory.getLogger(FileMailSender.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");
    private static final int MAX_SUBJECT_CHARS = 40;

    private final Path directory;
    private final Clock clock;
    private final MimeMessages messages;
    private final Object naming = new Object();

    public FileMailSender(MailSettings settings) {
        this(settings, Clock.systemDefaultZone());
    }

    /** The clock's zone names the files. */
    public FileMailSender(MailSettings settings, Clock clock) {
        this.directory = Objects.requireNonNull(settings.mailDirectory(), "mailDirectory");
        this.clock = clock;
        this.messages = new MimeMessages(Session.getInstance(new Properties()), settings.from(), clock);
    }

    @Override
    public void send(Mail mail) throws DeliveryException {
        MimeMessage message;
        try {
            message = messages.build(mail);
        } catch (MessagingException e) {
            throw new DeliveryException("Cannot build mail to " + mail.to() + ": " + e.getMessage(), false, e);
        }
        Path file;
        try {
            file = write(message, baseName(mail));
        } catch (IOException | MessagingException e) {
            throw new DeliveryException("Cannot write mail to " + mail.to() + " into " + directory + ": "
                    + e.getMessage(), true, e);
        }
        List<String> links = links(mail.text());
        LOG.info("Mail to {} \"{}\" written to {}; links: {}", oneLine(mail.to()), oneLine(mail.subject()),
                file.toAbsolutePath(), links.isEmpty() ? "(none)" : String.join(" ", links));
    }

    /** Writes to a temporary file first, so a reader never sees half a mail. */
    private Path write(MimeMessage message, String baseName) throws IOException, MessagingException {
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, ".mail-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                message.writeTo(out);
            }
            synchronized (naming) {
                for (int n = 1; ; n++) {
                    Path target = directory.resolve(n == 1 ? baseName + ".eml" : baseName + "-" + n + ".eml");
                    if (Files.exists(target)) {
                        continue;
                    }
                    try {
                        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                        return target;
                    } catch (FileAlreadyExistsException e) {
                        // written by another process in the meantime: take the next number
                    }
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private String baseName(Mail mail) {
        String time = FILE_TIME.format(clock.instant().atZone(clock.getZone()));
        String subject = sanitise(mail.subject());
        if (subject.length() > MAX_SUBJECT_CHARS) {
            subject = subject.substring(0, MAX_SUBJECT_CHARS);
        }
        return time + "-" + orElse(sanitise(mail.to()), "unknown") + "-" + orElse(subject, "no-subject");
    }

    /** ASCII letters, digits, {@code . _ @ -} only; accents dropped, anything else becomes {@code _}. */
    static String sanitise(String value) {
        if (value == null) {
            return "";
        }
        String ascii = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^A-Za-z0-9._@-]+", "_").replaceAll("^[_.]+|[_.]+$", "");
    }

    private static String orElse(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    /** The http(s) links in a text, without trailing punctuation. */
    static List<String> links(String text) {
        if (text == null) {
            return List.of();
        }
        return LINK.matcher(text).results()
                .map(m -> m.group().replaceAll("[.,;:!?)\\]]+$", ""))
                .distinct()
                .toList();
    }

    private static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("\\p{Cntrl}", " ");
    }
}
