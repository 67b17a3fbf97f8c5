package io.invoiceportal.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.session.SessionWatch;

/**
 * The bar at the top of every tenant page in the tenant's accent colour ({@link BrandStyle}): logo and
 * display name, then the language switch for visitors, or for users the user menu under their login
 * name (profile, log out).
 */
public class PortalHeader extends HorizontalLayout {

    public PortalHeader(Visit visit) {
        Tenant tenant = visit.tenant();
        addClassName("portal-header");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-l)").set("box-sizing", "border-box")
                .set("background-color", "var(--portal-header-color)").set("color", "var(--portal-header-text-color)");

        Branding.logoUri(tenant).ifPresent(uri -> {
            Image logo = new Image(uri, getTranslation("tenant.logo.alt", tenant.displayName()));
            logo.addClassName("tenant-logo");
            logo.setHeight("48px");
            logo.getStyle().set("background", "var(--portal-logo-background)").set("padding", "2px 6px")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("box-sizing", "border-box");
            add(logo);
        });
        Span name = new Span(tenant.displayName());
        name.addClassName("tenant-name");
        name.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        add(name);

        HorizontalLayout end = new HorizontalLayout();
        end.setAlignItems(FlexComponent.Alignment.CENTER);
        end.getStyle().set("margin-left", "auto");
        visit.user().ifPresentOrElse(user -> end.add(userMenu(visit, user)), () -> end.add(new LanguageSwitch(tenant)));
        add(end);
    }

    /**
     * The user menu: the login name opens "Profiel" and "Uitloggen". A menu bar, so it works with the
     * keyboard (Enter, Space or arrow down opens it; arrows move; Escape closes).
     */
    private MenuBar userMenu(Visit visit, SignedIn user) {
        MenuBar menu = new MenuBar();
        menu.addClassName("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", getTranslation("menu.user"));
        ComponentTexts.menuBar(menu);
        Span who = new Span(user.login());
        who.addClassName("signed-in-as");
        Icon caret = VaadinIcon.CHEVRON_DOWN_SMALL.create();
        caret.getElement().setAttribute("aria-hidden", "true");
        HorizontalLayout label = new HorizontalLayout(VaadinIcon.USER.create(), who, caret);
        label.setSpacing(false);
        label.setAlignItems(FlexComponent.Alignment.CENTER);
        label.getStyle().set("gap", "var(--lumo-space-xs)").set("color", "var(--portal-header-text-color)");
        MenuItem root = menu.addItem(label);
        root.getSubMenu().addItem(getTranslation("menu.profile"), click -> UI.getCurrent().navigate(visit.path("profile")))
                .addClassName("menu-profile");
        root.getSubMenu().addItem(getTranslation("menu.activity"), click -> UI.getCurrent().navigate(visit.path("activity")))
                .addClassName("menu-activity");
        root.getSubMenu().addItem(getTranslation("logout.button"), click -> logout(visit))
                .addClassName("logout");
        return menu;
    }

    /** Ends the session and sends the browser to the login page. */
    private static void logout(Visit visit) {
        UI ui = UI.getCurrent();
        SessionWatch.signOut(ui);
        ui.getPage().setLocation("/" + visit.path("login"));
    }
}
