package io.invoiceportal.core.mail;

import io.invoiceportal.plugin.api.MailSender;

/** Picks the mail sender the settings ask for. */
public final class MailSenders {
    private MailSenders() {}

    /** SMTP when a host is set, otherwise {@code .eml} files in the mail directory. */
    public static MailSender create(MailSettings settings) {
        return settings.smtpEnabled() ? new SmtpMailSender(settings) : new FileMailSender(settings);
    }
}
