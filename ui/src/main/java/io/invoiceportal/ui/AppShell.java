package io.invoiceportal.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: the Lumo theme, title, viewport and icon. */
@StyleSheet(Lumo.STYLESHEET)
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Invoice Portal");
        settings.setViewport("width=device-width, initial-scale=1");
        // the portal's default icon; relative, so it resolves against the page's base (the context root)
        settings.addFavIcon("icon", "favicon.ico", "32x32");
    }
}
