package io.invoiceportal.ui.tenant;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;

/** A tenant's landing page: its header bar, logo and name, in the tenant's default language. */
@Route("t/:tenant")
public class TenantHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private String title = "Invoice Portal";

    public TenantHomeView() {
        setPadding(false);
        setSpacing(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("tenant").orElse("");
        Tenant tenant = UiServices.current().tenants().findBySlug(slug).orElse(null);
        if (tenant == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        event.getUI().setLocale(tenant.defaultLocale());
        title = tenant.name();
        render(tenant);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render(Tenant tenant) {
        removeAll();
        Tenant.Branding branding = tenant.branding();

        Div header = new Div();
        header.addClassName("tenant-header");
        header.setWidthFull();
        header.getStyle().set("padding", "var(--lumo-space-m) var(--lumo-space-l)").set("box-sizing", "border-box");
        header.getStyle().set("background-color", Branding.safeColor(branding == null ? null : branding.primaryColor()));

        String logoSvg = branding == null ? null : branding.logoSvg();
        if (logoSvg != null && !logoSvg.isBlank()) {
            Image logo = new Image(Branding.svgDataUri(logoSvg), getTranslation("tenant.logo.alt", tenant.name()));
            logo.addClassName("tenant-logo");
            logo.setHeight("64px");
            header.add(logo);
        }

        H1 name = new H1(tenant.name());
        name.addClassName("tenant-name");
        VerticalLayout body = new VerticalLayout(name, new Paragraph(getTranslation("tenant.welcome", tenant.name())));
        add(header, body);
    }
}
