package io.invoiceportal.core.mail;

import java.nio.file.Path;

/**
 * Where outgoing mail goes: an SMTP server when {@code host} is set, otherwise {@code .eml} files
 * in {@code mailDirectory}.
 *
 * @param host SMTP host; blank means no SMTP server (mail is written to files)
 * @param port SMTP port
 * @param user SMTP user; blank means no authentication
 * @param password SMTP password (never logged, never in exception messages)
 * @param from sender address, e.g. {@code Invoice Portal <no-reply@localhost>}
 * @param mailDirectory folder for {@code .eml} files when there is no SMTP server
 * @param connectTimeoutMillis how long to wait for the SMTP server to accept a connection
 */
public record MailSettings(String host, int port, String user, String password, String from, Path mailDirectory,
        int connectTimeoutMillis) {

    public static final String DEFAULT_FROM = "Invoice Portal <no-reply@localhost>";

    /** No SMTP server: mail goes to {@code ./mail} as files. */
    public static MailSettings defaults() {
        return new MailSettings("", 25, "", "", DEFAULT_FROM, Path.of("mail"), 10_000);
    }

    public boolean smtpEnabled() {
        return host != null && !host.isBlank();
    }

    public boolean authenticated() {
        return user != null && !user.isBlank();
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", user=" + user + ", password=***, from=" + from
                + ", mailDirectory=" + mailDirectory + ", connectTimeoutMillis=" + connectTimeoutMillis + "]";
    }
}
