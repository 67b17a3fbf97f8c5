package io.invoiceportal.ui.session;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.shared.Registration;
import io.invoiceportal.core.session.UserSession;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.exports.Polling;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * Keeps an open screen of a signed-in user in step with its session, which may end elsewhere (on
 * another device or node, by a timeout, a password change). The screen polls every
 * {@value #POLL_MILLIS} ms; a poll is not a user action, so it never keeps the session alive. The
 * server reads the session's row on every request: once it has ended, the HTTP session is gone, the
 * poll's answer is "session expired" and the browser loads the page again, which the route guard
 * sends to the login page (embedded: the "ended" page) — within seconds and without a click.
 *
 * <p>While the session is good, each poll looks at its times: {@value #IDLE_WARNING_MINUTES} minutes
 * before it would end for being idle a dialog says so, with "Stay signed in" (a click, so a user
 * action, which starts the idle time again); {@value #ABSOLUTE_NOTICE_MINUTES} minutes before its
 * absolute end a notice says the user will have to sign in again.
 */
public final class SessionWatch {
    static final int POLL_MILLIS = 3000;
    static final int IDLE_WARNING_MINUTES = 2;
    static final int ABSOLUTE_NOTICE_MINUTES = 5;
    private static final String POLLING = "session";

    private final UI ui;
    private final Tenant tenant;
    private final Registration polls;
    private Dialog warning;
    private Paragraph warningText;
    private boolean absoluteNoticeShown;

    private SessionWatch(UI ui, Tenant tenant) {
        this.ui = ui;
        this.tenant = tenant;
        this.polls = ui.addPollListener(poll -> check());
        Polling.need(ui, POLLING, POLL_MILLIS, true);
    }

    /**
     * Signs out ({@link Sessions#logout}) with the watch stopped first: its next poll would find the
     * session gone and reload the page, cancelling where the caller sends the browser next.
     */
    public static void signOut(UI ui) {
        SessionWatch watch = ComponentUtil.getData(ui, SessionWatch.class);
        if (watch != null) {
            watch.stop();
        }
        UiServices.current().sessions().logout();
    }

    /** Watches the session of {@code ui} while a user is signed in to {@code tenant}; stops otherwise. */
    public static void follow(UI ui, Tenant tenant, boolean signedIn) {
        SessionWatch watch = ComponentUtil.getData(ui, SessionWatch.class);
        if (watch != null && (!signedIn || watch.tenant.id() != tenant.id())) {
            watch.stop();
            watch = null;
        }
        if (signedIn && watch == null) {
            ComponentUtil.setData(ui, SessionWatch.class, new SessionWatch(ui, tenant));
        }
    }

    private void stop() {
        polls.remove();
        Polling.need(ui, POLLING, false);
        closeWarning();
        ComponentUtil.setData(ui, SessionWatch.class, null);
    }

    private void check() {
        Optional<UserSession> session = UiServices.current().sessions().registered();
        if (session.isEmpty()) {
            stop();
            ui.getPage().reload(); // the guard sends the page to the login page
            return;
        }
        Instant now = Instant.now();
        UserSession s = session.get();
        boolean idleFirst = s.idleExpiresAt().isBefore(s.expiresAt());
        Duration idleLeft = Duration.between(now, s.idleExpiresAt());
        if (idleFirst && idleLeft.compareTo(Duration.ofMinutes(IDLE_WARNING_MINUTES)) <= 0) {
            warn(Math.max(1, (idleLeft.toSeconds() + 59) / 60));
        } else {
            closeWarning();
        }
        if (!absoluteNoticeShown
                && Duration.between(now, s.expiresAt()).compareTo(Duration.ofMinutes(ABSOLUTE_NOTICE_MINUTES)) <= 0) {
            absoluteNoticeShown = true;
            String at = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(ui.getLocale())
                    .format(s.expiresAt().atZone(tenant.timeZone()));
            Notification notice = new Notification();
            notice.setDuration(0);
            notice.setPosition(Notification.Position.TOP_CENTER);
            notice.addClassName("session-absolute-notice");
            Button ok = new Button("OK", click -> notice.close());
            notice.add(new Paragraph(ui.getTranslation("session.warning.absolute", at)), ok);
            notice.open();
        }
    }

    private void warn(long minutes) {
        String text = minutes == 1 ? ui.getTranslation("session.warning.idle.one")
                : ui.getTranslation("session.warning.idle.many", minutes);
        if (warning == null) {
            warning = new Dialog();
            warning.addClassName("session-warning");
            warning.setHeaderTitle(ui.getTranslation("session.warning.title"));
            warningText = new Paragraph();
            warning.add(warningText);
            Button stay = new Button(ui.getTranslation("session.warning.stay"), click -> closeWarning());
            stay.addClassName("session-stay");
            stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            warning.getFooter().add(stay);
            warning.setCloseOnOutsideClick(false);
            ui.add(warning);
            warning.open();
        }
        warningText.setText(text);
    }

    private void closeWarning() {
        if (warning != null) {
            warning.close();
            ui.remove(warning);
            warning = null;
        }
    }
}
