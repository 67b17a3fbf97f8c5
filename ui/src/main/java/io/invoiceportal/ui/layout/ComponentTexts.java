package io.invoiceportal.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;

/**
 * The texts Vaadin's components bring of their own (English in the browser: "Show password",
 * "Select All", "Sort by …", "Online") in the page language, so a screen reader never announces an
 * English name on a Dutch page. Call after the page language is set.
 */
public final class ComponentTexts {

    /**
     * Vaadin's grid names its header checkbox, its row checkboxes and its sorters itself and has no
     * API for it; this script renames them and watches the grid, as it makes new rows and sorters.
     */
    private static final String GRID_SCRIPT = """
            const grid = this, selectAll = $0, selectRow = $1, sortBy = $2;
            const rename = () => {
              grid.querySelectorAll('vaadin-grid-sorter').forEach(sorter => {
                const name = sortBy.replace('{0}', sorter.textContent.trim());
                if (sorter.getAttribute('aria-label') !== name) sorter.setAttribute('aria-label', name);
              });
              grid.querySelectorAll('vaadin-checkbox').forEach(box => {
                const name = box.classList.contains('vaadin-grid-select-all-checkbox') ? selectAll : selectRow;
                if (box.accessibleName !== name) box.accessibleName = name;
              });
            };
            if (grid.__portalTexts) grid.__portalTexts.disconnect();
            grid.__portalTexts = new MutationObserver(rename);
            grid.__portalTexts.observe(grid, {childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label']});
            rename();
            """;

    private ComponentTexts() {}

    /** The label of the button that shows the password. */
    public static void password(PasswordField field) {
        field.getElement().setPropertyMap("i18n", Map.of("reveal", field.getTranslation("component.password.reveal")));
    }

    /** The names of the selection checkboxes and of the sort buttons in the column headers. */
    public static void grid(Grid<?> grid) {
        grid.addAttachListener(attach -> grid.getElement().executeJs(GRID_SCRIPT,
                grid.getTranslation("component.grid.selectAll"), grid.getTranslation("component.grid.selectRow"),
                grid.getTranslation("component.grid.sortBy", "{0}")));
    }

    /** What a screen reader says when items are chosen or removed. */
    public static void multiSelect(MultiSelectComboBox<?> box) {
        box.setI18n(new MultiSelectComboBoxI18n().setCleared(box.getTranslation("component.multiSelect.cleared"))
                .setFocused(box.getTranslation("component.multiSelect.focused"))
                .setSelected(box.getTranslation("component.multiSelect.selected"))
                .setDeselected(box.getTranslation("component.multiSelect.deselected"))
                .setTotal(box.getTranslation("component.multiSelect.total", "{count}")));
    }

    /** The name of the button that holds the items that do not fit. */
    public static void menuBar(MenuBar menu) {
        menu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(menu.getTranslation("component.menu.moreOptions")));
    }

    /** The texts of the connection indicator, a live region of every page. */
    public static void page(UI ui, Component translator) {
        ui.getPage().executeJs("""
                const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                if (indicator) { indicator.onlineText = $0; indicator.offlineText = $1; indicator.reconnectingText = $2; }
                """, translator.getTranslation("component.connection.online"),
                translator.getTranslation("component.connection.offline"),
                translator.getTranslation("component.connection.reconnecting"));
    }
}
