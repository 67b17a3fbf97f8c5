package io.invoiceportal.server.faults;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fault suite's mail check can fail: a lost mail, a doubled one, a doubled one with another Message-ID. */
class MailLedgerTest {
    static final Map<String, String> STORED = Map.of("F-1", "<1@invoice-portal>", "F-2", "<2@invoice-portal>",
            "F-3", "<3@invoice-portal>");

    static MimeMessage mail(String subject, String messageId) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setSubject(subject);
        m.setHeader("Message-ID", messageId);
        m.setText("-");
        return m;
    }

    @Test
    void oneMailEachWithItsMessageIdPasses() throws Exception {
        List<MailLedger.Mail> mails = MailLedger.newInvoiceMails(new MimeMessage[] {
                mail("Nieuwe factuur F-1 van Acme B.V.", "<1@invoice-portal>"),
                mail("New invoice F-2 from Acme B.V.", "<2@invoice-portal>"),
                mail("Nieuwe factuur F-3 van Acme B.V.", "<3@invoice-portal>"),
                mail("Activeer uw account bij Acme B.V.", "<4@invoice-portal>")});
        assertThat(mails).hasSize(3);
        assertThat(MailLedger.problems(STORED, Set.of(), mails)).isEmpty();
    }

    @Test
    void aLostAndADoubledMailAreNamed() throws Exception {
        List<MailLedger.Mail> mails = MailLedger.newInvoiceMails(new MimeMessage[] {
                mail("Nieuwe factuur F-1 van Acme B.V.", "<1@invoice-portal>"),
                mail("Nieuwe factuur F-1 van Acme B.V.", "<1@invoice-portal>"),
                mail("Nieuwe factuur F-3 van Acme B.V.", "<3@invoice-portal>")});
        assertThat(MailLedger.problems(STORED, Set.of(), mails)).containsExactly(
                "DOUBLED OUTSIDE A CRASH WINDOW: invoice F-1 has 2 mails (Message-ID <1@invoice-portal>) but was not in flight at a crash",
                "LOST: invoice F-2 has no mail (its Message-ID is <2@invoice-portal>)");
    }

    /** In flight at a crash: copies of the same mail are allowed, another Message-ID never is. */
    @Test
    void theCrashWindowAllowsOnlyCopiesOfTheSameMail() throws Exception {
        List<MailLedger.Mail> copies = List.of(new MailLedger.Mail("F-1", "<1@invoice-portal>"),
                new MailLedger.Mail("F-1", "<1@invoice-portal>"), new MailLedger.Mail("F-2", "<2@invoice-portal>"),
                new MailLedger.Mail("F-3", "<3@invoice-portal>"));
        assertThat(MailLedger.problems(STORED, Set.of("F-1"), copies)).isEmpty();

        List<MailLedger.Mail> other = List.of(new MailLedger.Mail("F-1", "<1@invoice-portal>"),
                new MailLedger.Mail("F-1", "<9@invoice-portal>"), new MailLedger.Mail("F-2", "<2@invoice-portal>"),
                new MailLedger.Mail("F-3", "<3@invoice-portal>"), new MailLedger.Mail("F-4", "<5@invoice-portal>"));
        assertThat(MailLedger.problems(STORED, Set.of("F-1"), other)).containsExactly(
                "DOUBLED WITH ANOTHER MESSAGE-ID: invoice F-1 has 2 mails [<1@invoice-portal>, <9@invoice-portal>],"
                        + " its outbox row's Message-ID is <1@invoice-portal>",
                "UNEXPECTED: 1 mails [<5@invoice-portal>] for invoice F-4, which the database does not hold");
    }
}
