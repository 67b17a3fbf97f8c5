package io.invoiceportal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.access.HostTenant;
import io.invoiceportal.ui.access.Languages;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.layout.BrandStyle;
import io.invoiceportal.ui.layout.PortalFooter;
import io.invoiceportal.ui.layout.PortalHeader;
import java.util.List;
import java.util.Optional;

/**
 * The frame of the pages Vaadin shows in place of a route: under {@code t/{tenant}/} the tenant's
 * look, header (with the user menu for a signed-in user) and footer, the page language and a link to
 * the login page, as every other page of that tenant.
 */
abstract class ErrorScreen extends VerticalLayout implements HasDynamicTitle {

    private String title = "";

    ErrorScreen() {
        setPadding(false);
        setSpacing(false);
        setSizeFull();
    }

    /**
     * The tenant of the page: on a tenant's own host name that tenant (never the one another address
     * names), else the tenant the address names, if it exists.
     */
    static Optional<Tenant> tenantOf(Location location) {
        Optional<Tenant> ofHost = HostTenant.current();
        if (ofHost.isPresent()) {
            return ofHost;
        }
        List<String> segments = location.getSegments();
        if (segments.size() < 2 || !segments.get(0).equals("t")) {
            return Optional.empty();
        }
        return UiServices.current().tenants().findBySlug(segments.get(1));
    }

    /** Shows the tenant's page with the texts {@code error.<kind>.title} and {@code .text}. */
    void showForTenant(BeforeEnterEvent event, Tenant tenant, String kind) {
        UI ui = event.getUI();
        Optional<SignedIn> user = UiServices.current().sessions().current(tenant);
        ui.setLocale(Languages.localeFor(tenant, user, ui.getSession()));
        String title = getTranslation("error." + kind + ".title");
        Visit visit = new Visit(tenant, user, false, HostTenant.current().isPresent());
        VerticalLayout content = new VerticalLayout(new H1(title), new Paragraph(getTranslation("error." + kind + ".text")),
                new Anchor(visit.path("login"), getTranslation("token.toLogin")));
        content.addClassName("error-page");
        content.setMaxWidth("560px");
        content.getStyle().set("margin", "0 auto");
        removeAll();
        add(new PortalHeader(visit), content);
        PortalFooter.of(tenant, ui.getLocale()).ifPresent(this::add);
        BrandStyle.apply(ui, tenant);
        this.title = title + " – " + tenant.displayName();
    }

    /** The browser tab's title. */
    void title(String title) {
        this.title = title;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
