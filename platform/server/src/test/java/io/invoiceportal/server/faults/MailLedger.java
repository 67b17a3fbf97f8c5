package io.invoiceportal.server.faults;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault suite's verdict on the new-invoice mails a mail server received: each invoice the
 * portal stored must have exactly one mail, carrying the Message-ID of its outbox row. An invoice
 * whose notification was in flight when a node died (or the database went away between the send
 * and its record) may have more than one, but only copies of that same mail (same Message-ID).
 */
final class MailLedger {
    /** "Nieuwe factuur {number} van {issuer}" / "New invoice {number} from {issuer}" (delivery-email's texts). */
    private static final Pattern SUBJECT = Pattern.compile("^(?:Nieuwe factuur|New invoice) (\\S+) (?:van|from) ");

    private MailLedger() {}

    /** One received new-invoice mail: the invoice number its subject names and its Message-ID. */
    record Mail(String invoiceNumber, String messageId) {}

    /** The new-invoice mails among {@code received} (other mails, such as activations, are left out). */
    static List<Mail> newInvoiceMails(MimeMessage[] received) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage m : received) {
            try {
                Matcher subject = SUBJECT.matcher(m.getSubject() == null ? "" : m.getSubject());
                if (subject.find()) {
                    mails.add(new Mail(subject.group(1), m.getMessageID()));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    /**
     * What is wrong, one line each (empty: nothing): {@code expected} maps each stored invoice to its
     * outbox row's Message-ID; {@code inFlight} are the invoices whose mail was being sent at a crash.
     */
    static List<String> problems(Map<String, String> expected, Collection<String> inFlight, List<Mail> mails) {
        Map<String, List<String>> received = new TreeMap<>();
        for (Mail m : mails) {
            received.computeIfAbsent(m.invoiceNumber(), n -> new ArrayList<>()).add(m.messageId());
        }
        Set<String> crashWindow = Set.copyOf(inFlight);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(expected).entrySet()) {
            String invoice = e.getKey();
            List<String> ids = received.getOrDefault(invoice, List.of());
            List<String> foreign = ids.stream().filter(id -> !id.equals(e.getValue())).toList();
            if (ids.isEmpty()) {
                problems.add("LOST: invoice " + invoice + " has no mail (its Message-ID is " + e.getValue() + ")");
            } else if (!foreign.isEmpty()) {
                problems.add("DOUBLED WITH ANOTHER MESSAGE-ID: invoice " + invoice + " has " + ids.size() + " mails " + ids
                        + ", its outbox row's Message-ID is " + e.getValue());
            } else if (ids.size() > 1 && !crashWindow.contains(invoice)) {
                problems.add("DOUBLED OUTSIDE A CRASH WINDOW: invoice " + invoice + " has " + ids.size()
                        + " mails (Message-ID " + e.getValue() + ") but was not in flight at a crash");
            }
        }
        Map<String, List<String>> unexpected = new LinkedHashMap<>(received);
        unexpected.keySet().removeAll(expected.keySet());
        unexpected.forEach((invoice, ids) -> problems.add("UNEXPECTED: " + ids.size() + " mails " + ids
                + " for invoice " + invoice + ", which the database does not hold"));
        return problems;
    }
}
