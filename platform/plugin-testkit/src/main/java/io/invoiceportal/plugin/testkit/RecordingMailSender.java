package io.invoiceportal.plugin.testkit;

import io.invoiceportal.plugin.api.DeliveryException;
import io.invoiceportal.plugin.api.MailSender;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A {@link MailSender} that keeps what it is given instead of sending it, and fails when told to.
 * Thread-safe, like the portal's.
 */
public final class RecordingMailSender implements MailSender {

    private final List<Mail> sent = new ArrayList<>();
    private final Deque<Exception> failures = new ArrayDeque<>();

    /** A sender that has sent nothing and fails nothing. */
    public RecordingMailSender() {}

    @Override
    public synchronized void send(Mail mail) throws DeliveryException {
        Exception failure = failures.poll();
        if (failure instanceof DeliveryException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        sent.add(mail);
    }

    /** The next call of {@link #send} throws this instead of recording (calls after it record again). */
    public synchronized RecordingMailSender failNext(DeliveryException failure) {
        failures.add(failure);
        return this;
    }

    /** The next call of {@link #send} throws this unexpected exception (a bug, a closed pool). */
    public synchronized RecordingMailSender failNext(RuntimeException failure) {
        failures.add(failure);
        return this;
    }

    /** The next call fails as a mail server that is down would: retryable. */
    public RecordingMailSender failNextTemporarily() {
        return failNext(new DeliveryException("451 try again later", true, null));
    }

    /** The next call fails as a refused recipient would: not retryable. */
    public RecordingMailSender failNextPermanently() {
        return failNext(new DeliveryException("550 no such user", false, null));
    }

    /** The mails sent so far, in order. */
    public synchronized List<Mail> sent() {
        return List.copyOf(sent);
    }

    /** Forgets the mails sent and the failures not yet used. */
    public synchronized void clear() {
        sent.clear();
        failures.clear();
    }
}
