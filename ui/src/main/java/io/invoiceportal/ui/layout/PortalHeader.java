package io.invoiceportal.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.access.Visit;

/**
 * The bar at the top of every tenant page in the tenant's colour: logo and name, then the language
 * switch for visitors, or the signed-in login name and "log out" for users.
 */
public class PortalHeader extends HorizontalLayout {

    public PortalHeader(Visit visit) {
        Tenant tenant = visit.tenant();
        addClassName("portal-header");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-l)").set("box-sizing", "border-box")
                .set("background-color", Branding.safeColor(tenant.branding() == null ? null : tenant.branding().primaryColor()))
                .set("color", "white");

        String logoSvg = tenant.branding() == null ? null : tenant.branding().logoSvg();
        if (logoSvg != null && !logoSvg.isBlank()) {
            Image logo = new Image(Branding.svgDataUri(logoSvg), getTranslation("tenant.logo.alt", tenant.name()));
            logo.addClassName("tenant-logo");
            logo.setHeight("48px");
            add(logo);
        }
        Span name = new Span(tenant.name());
        name.addClassName("tenant-name");
        name.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        add(name);

        HorizontalLayout end = new HorizontalLayout();
        end.setAlignItems(FlexComponent.Alignment.CENTER);
        end.getStyle().set("margin-left", "auto");
        visit.user().ifPresentOrElse(user -> end.add(userArea(tenant, user)), () -> end.add(new LanguageSwitch(tenant)));
        add(end);
    }

    private HorizontalLayout userArea(Tenant tenant, SignedIn user) {
        Span who = new Span(user.login());
        who.addClassName("signed-in-as");
        Button logout = new Button(getTranslation("logout.button"), click -> logout(tenant));
        logout.addClassName("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        // dark on white: Lumo's contrast button is dark text on a faint tint, unreadable on the tenant colour (axe color-contrast)
        logout.getStyle().set("background-color", "white").set("--vaadin-button-background", "white")
                .set("color", "#1f2933").set("--vaadin-button-text-color", "#1f2933");
        HorizontalLayout area = new HorizontalLayout(who, logout);
        area.setAlignItems(FlexComponent.Alignment.CENTER);
        return area;
    }

    /**
     * Sends the browser to the login page, then ends the session. The order follows Vaadin's own
     * logout recipe: the redirect still reaches the browser in this response, while the session
     * (and with it this UI) is gone for any later request.
     */
    private static void logout(Tenant tenant) {
        UI.getCurrent().getPage().setLocation("/t/" + tenant.slug() + "/login");
        UiServices.current().sessions().logout();
    }
}
