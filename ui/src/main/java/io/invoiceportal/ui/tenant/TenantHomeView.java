package io.invoiceportal.ui.tenant;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.access.PublicView;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.layout.PortalPage;
import io.invoiceportal.ui.login.LoginView;

/** A tenant's landing page: its header bar, logo and name, and the way to log in. */
@PublicView
@Route("t/:tenant")
@RouteAlias("")
public class TenantHomeView extends PortalPage {

    public TenantHomeView() {
        super("800px");
    }

    @Override
    protected void render(Visit visit, BeforeEnterEvent event) {
        Tenant tenant = visit.tenant();
        H1 name = heading(tenant.displayName(), visit);
        name.addClassName("tenant-title");
        RouterLink login = visit.link(getTranslation("login.title"), LoginView.class, "login");
        addContent(new Paragraph(getTranslation("tenant.welcome", tenant.displayName())), login);
    }
}
