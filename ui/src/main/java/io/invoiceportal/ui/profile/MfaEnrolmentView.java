package io.invoiceportal.ui.profile;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.layout.PortalPage;

/**
 * Tweestapsverificatie instellen: where the access guard sends a customer of a portal that
 * requires a second factor while they have none; nothing else opens until they enrolled (the
 * header's log out stays). Once on, "continue" leads to the invoices.
 */
@Route("t/:tenant/mfa")
@RouteAlias("t/:tenant/embed/mfa")
@RouteAlias("mfa")
public class MfaEnrolmentView extends PortalPage {

    public MfaEnrolmentView() {
        super("760px");
    }

    @Override
    protected void render(Visit visit, BeforeEnterEvent event) {
        heading(getTranslation("mfa.enrol.title"), visit);
        Paragraph intro = new Paragraph(getTranslation("mfa.enrol.intro"));
        intro.setVisible(UiServices.current().mfa().enrolmentRequired(visit.tenant(), visit.signedIn()));
        Button next = new Button(getTranslation("mfa.enrol.continue"), click -> UI.getCurrent().navigate(visit.path("invoices")));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("mfa-continue");
        next.setVisible(false);
        MfaSection section = new MfaSection(visit, () -> {
            intro.setVisible(false);
            next.setVisible(true);
        });
        addContent(intro, section, next);
    }
}
