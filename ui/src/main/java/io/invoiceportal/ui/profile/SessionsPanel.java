package io.invoiceportal.ui.profile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.session.Device;
import io.invoiceportal.core.session.UserSession;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.layout.StatusText;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Uw sessies: every session the customer is signed in with (this browser, others, embedded ones,
 * REST clients) — device (browser and system from the user agent), place (IP address), signed in
 * at, last seen, "this device" on the current one — with a button to end one and one to end all
 * others. An ended session's open screens go to the login page within seconds.
 */
class SessionsPanel extends VerticalLayout {

    private final Tenant tenant;
    private final SignedIn user;
    private final VerticalLayout rows = new VerticalLayout();
    private final Button endOthers = new Button();
    private final StatusText status = new StatusText();

    SessionsPanel(Visit visit) {
        this.tenant = visit.tenant();
        this.user = visit.signedIn();
        addClassName("sessions-panel");
        setPadding(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        endOthers.setText(getTranslation("sessions.endOthers"));
        endOthers.addClassName("sessions-end-others");
        endOthers.addClickListener(click -> {
            int ended = UiServices.current().sessions().endOthers(tenant, user);
            refresh();
            status.show(getTranslation("sessions.endedOthers", ended));
        });
        HorizontalLayout actions = new HorizontalLayout(endOthers, status);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(rows, actions);
        refresh();
    }

    void refresh() {
        List<UserSession> sessions = UiServices.current().sessions().list(tenant, user);
        rows.removeAll();
        sessions.forEach(s -> rows.add(row(s)));
        endOthers.setVisible(sessions.stream().anyMatch(s -> !s.current()));
    }

    private Div row(UserSession s) {
        Div row = new Div();
        row.addClassName("user-session");
        row.getElement().setAttribute("data-session", Long.toString(s.id()));
        row.getStyle().set("padding", "var(--lumo-space-s) 0").set("width", "100%")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        Span device = new Span(device(s.device()) + (s.embed() ? " (" + getTranslation("sessions.embedded") + ")" : ""));
        device.addClassName("session-device");
        device.getStyle().set("font-weight", "600");
        row.add(device);
        if (s.current()) {
            Span here = new Span(getTranslation("sessions.thisDevice"));
            here.addClassName("session-this-device");
            here.getElement().getThemeList().add("badge success");
            here.getStyle().set("margin-left", "var(--lumo-space-s)");
            row.add(here);
        }
        Div details = new Div(
                line("sessions.column.place", s.ip() == null ? "-" : s.ip().replaceAll("^\\[|\\]$", "")),
                line("sessions.column.signedIn", time(s.signedInAt())),
                line("sessions.column.lastSeen", time(s.lastSeenAt())));
        details.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        row.add(details);
        if (!s.current()) {
            Button end = new Button(getTranslation("sessions.end"), click -> {
                boolean ended = UiServices.current().sessions().end(tenant, user, s.id());
                refresh();
                if (ended) {
                    status.show(getTranslation("sessions.ended"));
                }
            });
            end.addClassName("session-end");
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            end.getElement().setAttribute("aria-label", getTranslation("sessions.end") + ": " + device.getText());
            row.add(end);
        }
        return row;
    }

    private Div line(String labelKey, String value) {
        return new Div(new Span(getTranslation(labelKey) + ": "), new Span(value));
    }

    private String device(Device d) {
        String browser = d.browser() != null ? d.browser() : getTranslation("sessions.unknownBrowser");
        String os = d.os() != null ? d.os() : getTranslation("sessions.unknownOs");
        return getTranslation("sessions.device", browser, os);
    }

    private String time(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(at.atZone(tenant.timeZone()));
    }
}
