package io.invoiceportal.ui.invoices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.text.NumberFormat;

/**
 * Shown once every row of the page is ticked and the filter matches more: "All 25 invoices on this
 * page are selected. Select all 1,234 invoices that match the filter" (as mail programs do). With
 * all of them chosen, the download makes an export job of the whole filter instead of a ZIP of the
 * page; unticking a row, another page or another filter ends that choice.
 */
class AllMatchingBanner extends HorizontalLayout {
    private final Span text = new Span();
    private final Button toggle = new Button();
    private boolean all;
    private long total;
    private int onPage;
    private boolean exact = true;

    AllMatchingBanner() {
        addClassName("select-all-matching");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        getStyle().set("background", "var(--lumo-primary-color-10pct)").set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        text.getElement().setAttribute("role", "status");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        toggle.addClassName("select-all-matching-toggle");
        toggle.addClickListener(click -> {
            all = !all;
            show();
        });
        add(text, toggle);
        setVisible(false);
    }

    /**
     * The selection changed: {@code ticked} of the page's {@code onPage} rows; {@code total} match
     * the filter ({@code exact} false: more than that, the list did not count further).
     */
    void update(int ticked, int onPage, long total, boolean exact) {
        this.total = total;
        this.exact = exact;
        this.onPage = onPage;
        boolean wholePage = onPage > 0 && ticked == onPage && total > onPage;
        if (!wholePage) {
            all = false;
        }
        setVisible(wholePage);
        if (wholePage) {
            show();
        }
    }

    /** Whether the user chose every invoice that matches the filter. */
    boolean allMatching() {
        return all && isVisible();
    }

    /** How many invoices match the filter. */
    long total() {
        return total;
    }

    private void show() {
        String count = NumberFormat.getIntegerInstance(getLocale()).format(total);
        String more = exact ? "" : "More";
        if (all) {
            text.setText(getTranslation("invoices.allMatchingSelected" + more, count));
            toggle.setText(getTranslation("invoices.clearAllMatching"));
        } else {
            text.setText(getTranslation("invoices.allOnPage", onPage));
            toggle.setText(getTranslation("invoices.selectAllMatching" + more, count));
        }
    }
}
