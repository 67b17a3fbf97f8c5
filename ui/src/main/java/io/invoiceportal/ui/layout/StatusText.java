package io.invoiceportal.ui.layout;

import com.vaadin.flow.component.html.Span;

/**
 * The confirmation next to a form's button, such as "Uw profiel is opgeslagen": where the eye is
 * after the click, and a live region that exists before its text, so screen readers announce it.
 */
public class StatusText extends Span {

    public StatusText() {
        addClassName("status-text");
        getElement().setAttribute("role", "status");
        getStyle().set("color", "var(--lumo-success-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "500");
    }

    public void show(String text) {
        setText(text);
    }

    public void clear() {
        setText("");
    }
}
