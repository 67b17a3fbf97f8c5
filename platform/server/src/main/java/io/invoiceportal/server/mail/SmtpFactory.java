package io.invoiceportal.server.mail;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.setup.Environment;
import io.invoiceportal.core.mail.MailSenders;
import io.invoiceportal.core.mail.MailSettings;
import io.invoiceportal.core.outbox.OutboxRelay;
import io.invoiceportal.plugin.api.MailSender;
import io.invoiceportal.server.db.DatabaseOutage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;

/** {@code smtp} in config.yml: the mail server; with no host, mails are written as .eml files. */
public class SmtpFactory {
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(10);

    /** Empty: no mail server. */
    private String host = "";
    @Min(1)
    @Max(65535)
    private int port = 25;
    /** Empty: no authentication. */
    private String user = "";
    private String password = "";
    @NotNull
    @Pattern(regexp = ".*\\S@\\S.*", message = "must be an e-mail address such as Invoice Portal <no-reply@example.com>")
    private String from = MailSettings.DEFAULT_FROM;

    /** SMTP when a host is set, otherwise {@code .eml} files in {@code mailDirectory}. */
    public MailSender build(Path mailDirectory) {
        return MailSenders.create(new MailSettings(host, port, user, password, from, mailDirectory,
                CONNECT_TIMEOUT_MILLIS));
    }

    /**
     * With a mail server: the {@code smtp} health check, and a watch that sends mail waiting for a
     * retry as soon as the server answers again.
     */
    public void watch(Environment environment, OutboxRelay relay, DatabaseOutage outage) {
        if (host == null || host.isBlank()) {
            return;
        }
        SmtpHealthCheck check = new SmtpHealthCheck(host, port);
        environment.healthChecks().register("smtp", check);
        environment.lifecycle().manage(new MailServerWatch(check, relay, WATCH_INTERVAL, outage));
    }

    @JsonProperty
    public String getHost() {
        return host;
    }

    @JsonProperty
    public void setHost(String host) {
        this.host = host;
    }

    @JsonProperty
    public int getPort() {
        return port;
    }

    @JsonProperty
    public void setPort(int port) {
        this.port = port;
    }

    @JsonProperty
    public String getUser() {
        return user;
    }

    @JsonProperty
    public void setUser(String user) {
        this.user = user;
    }

    @JsonProperty
    public String getPassword() {
        return password;
    }

    @JsonProperty
    public void setPassword(String password) {
        this.password = password;
    }

    @JsonProperty
    public String getFrom() {
        return from;
    }

    @JsonProperty
    public void setFrom(String from) {
        this.from = from;
    }
}
