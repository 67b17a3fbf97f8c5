package io.invoiceportal.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.session.SessionWatch;

/**
 * The slim bar of an embedded page, in place of the {@link PortalHeader}: the partner's site is the
 * frame, so no logo or tenant name; links to the invoices, the profile and the activity, and "log out", which ends
 * the session and shows that it has (the partner signs its customer in again).
 */
public class EmbedBar extends HorizontalLayout {

    public EmbedBar(Visit visit) {
        addClassName("embed-bar");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        getElement().setAttribute("role", "navigation");
        getElement().setAttribute("aria-label", getTranslation("embed.bar.label"));
        getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-l)").set("box-sizing", "border-box")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        visit.user().ifPresent(user -> {
            Anchor invoices = new Anchor(visit.path("invoices"), getTranslation("invoices.title"));
            invoices.addClassName("embed-invoices");
            Anchor profile = new Anchor(visit.path("profile"), getTranslation("menu.profile"));
            profile.addClassName("embed-profile");
            Anchor activity = new Anchor(visit.path("activity"), getTranslation("menu.activity"));
            activity.addClassName("embed-activity");
            Button logout = new Button(getTranslation("logout.button"), click -> logout(visit));
            logout.addClassName("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.getStyle().set("margin-left", "auto");
            add(invoices, profile, activity, logout);
        });
    }

    /** As the header's logout, to the page that tells the host page {@code signed-out}. */
    private static void logout(Visit visit) {
        UI ui = UI.getCurrent();
        SessionWatch.signOut(ui);
        ui.getPage().setLocation("/" + visit.path("ended") + "?reason=signed-out&lang=" + ui.getLocale().getLanguage());
    }
}
