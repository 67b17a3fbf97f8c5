package io.invoiceportal.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.access.Languages;
import java.util.List;
import java.util.Locale;

/** NL | EN: sets the page language for the rest of the session and rebuilds the page in it. */
public class LanguageSwitch extends HorizontalLayout {

    public LanguageSwitch(Tenant tenant) {
        addClassName("language-switch");
        setSpacing(false);
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("language.switch"));
        List<String> offered = Languages.offered(tenant);
        if (offered.size() < 2) {
            setVisible(false);
            return;
        }
        String current = getLocale() == null ? "" : getLocale().getLanguage();
        for (int i = 0; i < offered.size(); i++) {
            String language = offered.get(i);
            if (i > 0) {
                add(new Span("|"));
            }
            Button button = new Button(language.toUpperCase(Locale.ROOT), click -> choose(language));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            button.getStyle().set("color", "inherit").set("margin", "0 var(--lumo-space-xs)");
            button.getElement().setAttribute("lang", language);
            // the visible code first, so the accessible name contains the visible text (axe label-content-name-mismatch)
            button.getElement().setAttribute("aria-label", language.toUpperCase(Locale.ROOT) + " – "
                    + getTranslation(Locale.forLanguageTag(language), "language.name"));
            button.getElement().setAttribute("aria-pressed", String.valueOf(language.equals(current)));
            if (language.equals(current)) {
                button.getStyle().set("font-weight", "700").set("text-decoration", "underline");
            }
            add(button);
        }
    }

    private static void choose(String language) {
        UI ui = UI.getCurrent();
        Languages.choose(ui.getSession(), language);
        ui.setLocale(Locale.forLanguageTag(language));
        ui.refreshCurrentRoute(false);
    }
}
