package io.invoiceportal.ui.invoices;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.layout.PortalPage;
import io.invoiceportal.ui.profile.ProfileView;

/** Facturenscherm, the page after login. For now: who is signed in and the way to the profile. */
@Route("t/:tenant/invoices")
public class InvoicesView extends PortalPage {

    public InvoicesView() {
        super("1200px");
    }

    @Override
    protected void render(Visit visit, BeforeEnterEvent event) {
        SignedIn user = visit.signedIn();
        heading(getTranslation("invoices.welcome", user.companyName()), visit);
        Paragraph who = new Paragraph(getTranslation("invoices.signedInAs", user.login(), user.customerNumber()));
        who.addClassName("signed-in-as");
        RouterLink changePassword = new RouterLink(getTranslation("invoices.changePassword"), ProfileView.class,
                new RouteParameters("tenant", visit.tenant().slug()));
        changePassword.addClassName("change-password");
        addContent(who, changePassword);
    }
}
