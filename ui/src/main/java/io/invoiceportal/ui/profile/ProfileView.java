package io.invoiceportal.ui.profile;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.invoices.InvoicesView;
import io.invoiceportal.ui.layout.PortalPage;

/** Profiel. For now only the section "Inlog gegevens" with the password change. */
@Route("t/:tenant/profile")
public class ProfileView extends PortalPage {

    public ProfileView() {
        super(FORM_WIDTH);
    }

    @Override
    protected void render(Visit visit, BeforeEnterEvent event) {
        heading(getTranslation("profile.title"), visit);
        H2 loginDetails = new H2(getTranslation("profile.loginDetails"));
        loginDetails.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        RouterLink back = new RouterLink(getTranslation("profile.toInvoices"), InvoicesView.class,
                new RouteParameters("tenant", visit.tenant().slug()));
        addContent(loginDetails, new ChangePasswordForm(visit), back);
    }
}
