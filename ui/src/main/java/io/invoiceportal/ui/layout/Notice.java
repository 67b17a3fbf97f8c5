package io.invoiceportal.ui.layout;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/**
 * A message shown once on the next page, such as "your account is activated" on the login page.
 * Kept on the UI, so it cannot be put in a link.
 */
public final class Notice {

    private Notice() {}

    public static void set(UI ui, String translationKey) {
        ComponentUtil.setData(ui, Notice.class.getName(), translationKey);
    }

    public static Optional<String> take(UI ui) {
        String key = (String) ComponentUtil.getData(ui, Notice.class.getName());
        ComponentUtil.setData(ui, Notice.class.getName(), null);
        return Optional.ofNullable(key);
    }

    /** A highlighted paragraph, announced by screen readers. */
    public static Paragraph success(String text) {
        return box(text, "success", "var(--lumo-success-text-color)", "var(--lumo-success-color-10pct)");
    }

    /** A highlighted paragraph for a problem, announced by screen readers. */
    public static Paragraph error(String text) {
        return box(text, "error", "var(--lumo-error-text-color)", "var(--lumo-error-color-10pct)");
    }

    private static Paragraph box(String text, String kind, String color, String background) {
        Paragraph p = new Paragraph(text);
        p.addClassName("notice-" + kind);
        p.getElement().setAttribute("role", "error".equals(kind) ? "alert" : "status");
        p.getStyle().set("color", color).set("background", background).set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("margin", "0").set("width", "100%")
                .set("box-sizing", "border-box");
        return p;
    }
}
