package io.invoiceportal.ui.invoices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import io.invoiceportal.core.invoice.InvoicePage;
import java.util.List;

/**
 * Aantal facturen per pagina (10, 25, 50 or 100) and the way through the pages: first, previous,
 * "Pagina 2 van 7", next, last, and the number of invoices found (or "meer dan 10.000 facturen"). Tells the view to load again
 * whenever the page or its size changes.
 */
class Pager extends HorizontalLayout {

    static final List<Integer> SIZES = List.of(10, 25, 50, 100);
    static final int DEFAULT_SIZE = 25;

    private final Select<Integer> size = new Select<>();
    private final Button first = button(VaadinIcon.ANGLE_DOUBLE_LEFT, "invoices.page.first");
    private final Button previous = button(VaadinIcon.ANGLE_LEFT, "invoices.page.previous");
    private final Button next = button(VaadinIcon.ANGLE_RIGHT, "invoices.page.next");
    private final Button last = button(VaadinIcon.ANGLE_DOUBLE_RIGHT, "invoices.page.last");
    private final Span position = new Span();
    private final Span total = new Span();
    private final Runnable onChange;
    private int page;
    private int pages = 1;

    Pager(Runnable onChange) {
        this.onChange = onChange;
        addClassName("pager");
        setWidthFull();
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.CENTER);
        Span sizeLabel = new Span(getTranslation("invoices.page.size"));
        size.setAriaLabel(getTranslation("invoices.page.size"));
        size.addClassName("page-size");
        size.setItems(SIZES);
        size.setValue(DEFAULT_SIZE);
        size.setWidth("6em");
        size.addValueChangeListener(change -> go(0));
        first.addClickListener(click -> go(0));
        previous.addClickListener(click -> go(page - 1));
        next.addClickListener(click -> go(page + 1));
        last.addClickListener(click -> go(pages - 1));
        position.addClassName("page-position");
        position.getElement().setAttribute("aria-live", "polite");
        total.addClassName("invoice-total");
        total.getStyle().set("margin-left", "auto").set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout paging = new HorizontalLayout(first, previous, position, next, last);
        paging.setAlignItems(FlexComponent.Alignment.CENTER);
        paging.setSpacing(false);
        paging.getElement().setAttribute("role", "navigation");
        paging.getElement().setAttribute("aria-label", getTranslation("invoices.page.navigation"));
        HorizontalLayout sizing = new HorizontalLayout(sizeLabel, size);
        sizing.setAlignItems(FlexComponent.Alignment.BASELINE);
        sizing.getStyle().set("gap", "var(--lumo-space-s)");
        sizing.setSpacing(false);
        add(sizing, paging, total);
    }

    /** The page to load, from 0. */
    int page() {
        return page;
    }

    int size() {
        return size.getValue() == null ? DEFAULT_SIZE : size.getValue();
    }

    /** Starts from the first page at the next load (new filters or a new order). */
    void reset() {
        page = 0;
    }

    /**
     * Shows where this page stands in the result. When the total is not exact (a filtered list of
     * more than 10,000) the number of pages is unknown: "Pagina 3" without "van …", "meer dan 10.000
     * facturen", next while more follow, and no jump to the last page.
     */
    void show(InvoicePage result) {
        page = result.page();
        if (result.totalIsExact()) {
            pages = (int) Math.max(1, (result.total() + result.size() - 1) / result.size());
            position.setText(getTranslation("invoices.page.position", page + 1, pages));
            total.setText(getTranslation("invoices.total", result.total()));
        } else {
            pages = page + 2; // at least one more
            position.setText(getTranslation("invoices.page.positionOpen", page + 1));
            total.setText(getTranslation("invoices.totalMore", result.total()));
        }
        first.setEnabled(page > 0);
        previous.setEnabled(page > 0);
        next.setEnabled(result.hasNext());
        last.setEnabled(result.totalIsExact() && page < pages - 1);
    }

    private void go(int target) {
        page = Math.max(0, target);
        onChange.run();
    }

    private Button button(VaadinIcon icon, String labelKey) {
        Button button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addClassName(labelKey.substring(labelKey.lastIndexOf('.') + 1));
        return button;
    }
}
