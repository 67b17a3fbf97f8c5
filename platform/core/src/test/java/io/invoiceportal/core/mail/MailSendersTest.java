package io.invoiceportal.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MailSendersTest {

    /** A configured SMTP host selects the SMTP sender; a blank host selects the file sender. */
    @Test
    void choosesSmtpOnlyWhenAHostIsSet() {
        MailSettings files = MailSettings.defaults();
        MailSettings smtp = new MailSettings("smtp.example", 587, "", "", MailSettings.DEFAULT_FROM, Path.of("mail"),
                5_000);

        assertThat(MailSenders.create(files)).isInstanceOf(FileMailSender.class);
        assertThat(MailSenders.create(smtp)).isInstanceOf(SmtpMailSender.class);
    }

    /** The settings' text form never shows the SMTP password. */
    @Test
    void toStringHidesThePassword() {
        MailSettings settings = new MailSettings("smtp.example", 587, "portal", "hunter2", MailSettings.DEFAULT_FROM,
                Path.of("mail"), 5_000);

        assertThat(settings.toString()).doesNotContain("hunter2").contains("portal");
    }
}
