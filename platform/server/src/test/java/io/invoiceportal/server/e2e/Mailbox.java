package io.invoiceportal.server.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.invoiceportal.server.testing.PortalProcess;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) on a free loopback port that the portal sends all its mail to. */
final class Mailbox implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private final GreenMail greenMail;
    final int port;

    private Mailbox(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    static Mailbox start() {
        int port = PortalProcess.freePort();
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new Mailbox(greenMail, port);
    }

    /** A received mail to {@code address}. */
    record Mail(String subject, String text) {
        /** The first link in the mail matching {@code path} (e.g. "/activate"), with its token. */
        String link(String path) {
            Matcher m = Pattern.compile("https?://[^\\s\"<>]+" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+").matcher(text);
            if (!m.find()) {
                throw new AssertionError("No " + path + "?token= link in the mail '" + subject + "':\n" + text);
            }
            return m.group();
        }
    }

    /** Waits for the {@code number}th mail (from 1) to {@code address} whose subject matches. */
    Mail await(String address, Pattern subject, int number) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        List<Mail> found = List.of();
        while (Instant.now().isBefore(deadline)) {
            found = mailsTo(address).stream().filter(m -> subject.matcher(m.subject()).find()).toList();
            if (found.size() >= number) {
                return found.get(number - 1);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail " + number + " matching /" + subject + "/ to " + address + " within " + WAIT
                + "; mails to that address: " + mailsTo(address).stream().map(Mail::subject).toList());
    }

    private List<Mail> mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> addressedTo(m, address)).map(Mailbox::read).toList();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(message.getSubject(), text(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** All text parts, decoded (quoted-printable soft breaks and =3D gone). */
    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                all.append(text(body)).append('\n');
            }
            return all.toString();
        }
        return "";
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
