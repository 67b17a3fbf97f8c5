package io.invoiceportal.ui.invoices;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.ui.layout.ComponentTexts;
import io.invoiceportal.ui.layout.FieldErrors;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Selectiemogelijkheden: read status, invoice number, invoice date range and category prefix.
 * "Zoeken" (or Enter in a field) hands the criteria on; a date range that ends before it starts
 * is an error at the "from" field and searches nothing.
 */
class InvoiceFilters extends HorizontalLayout {

    enum ReadStatus { UNREAD, READ }

    /** What the user asked for; {@code read} null means both read and unread. */
    record Criteria(Boolean read, String number, LocalDate from, LocalDate to, String category) {
        static final Criteria ALL = new Criteria(null, null, null, null, null);
    }

    private final MultiSelectComboBox<ReadStatus> status = new MultiSelectComboBox<>();
    private final TextField number = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField category = new TextField();
    private final FieldErrors errors = new FieldErrors(this).bind("dateFrom", from);
    private final Consumer<Criteria> onSearch;

    InvoiceFilters(Consumer<Criteria> onSearch) {
        this.onSearch = onSearch;
        addClassName("invoice-filters");
        setWidthFull();
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);

        status.setLabel(getTranslation("invoices.filter.status"));
        status.setItems(ReadStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s == ReadStatus.READ ? "invoices.read" : "invoices.unread"));
        number.setLabel(getTranslation("invoices.column.number"));
        from.setLabel(getTranslation("invoices.filter.dateFrom"));
        to.setLabel(getTranslation("invoices.filter.dateTo"));
        category.setLabel(getTranslation("invoices.column.category"));
        number.setMaxLength(50);
        category.setMaxLength(100);
        for (DatePicker picker : List.of(from, to)) {
            picker.setLocale(getLocale());
            picker.setI18n(datePickerI18n(getLocale()));
            picker.setClearButtonVisible(true);
            picker.setWidth("10em");
        }
        // the field grows with its chips, so "Ongelezen" never shows as "Ongel…" or both as a bare "2"
        status.setAutoExpand(MultiSelectComboBox.AutoExpandMode.HORIZONTAL);
        status.setMinWidth("11em");
        ComponentTexts.multiSelect(status);
        number.setWidth("9em");
        category.setWidth("11em");
        number.setClearButtonVisible(true);
        category.setClearButtonVisible(true);

        Button search = new Button(getTranslation("invoices.filter.search"), VaadinIcon.SEARCH.create(), click -> search());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClassName("search");
        search.addClickShortcut(Key.ENTER).listenOn(this);
        Button clear = new Button(getTranslation("invoices.filter.clear"), click -> clear());
        clear.addClassName("clear");
        HorizontalLayout buttons = new HorizontalLayout(search, clear);
        buttons.setSpacing(false);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        add(status, number, from, to, category, buttons);
    }

    /** Checks the form and, when it is valid, searches with its criteria. */
    void search() {
        errors.clear();
        if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
            errors.mark("dateFrom", "invoices.filter.fromAfterTo");
            return;
        }
        Set<ReadStatus> chosen = status.getValue();
        Boolean read = chosen.size() == 1 ? chosen.contains(ReadStatus.READ) : null;
        onSearch.accept(new Criteria(read, number.getValue(), from.getValue(), to.getValue(), category.getValue()));
    }

    /** Empties every field and shows all invoices again. */
    void clear() {
        status.clear();
        number.clear();
        from.clear();
        to.clear();
        category.clear();
        errors.clear();
        onSearch.accept(Criteria.ALL);
    }

    /** Shows the service's objections at the fields; those without a field are returned. */
    List<FieldError> show(ValidationException e) {
        return errors.show(e);
    }

    /** Month and day names and the date format of the page language ("dd-MM-yyyy" in Dutch). */
    private DatePicker.DatePickerI18n datePickerI18n(Locale locale) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList());
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(getTranslation("invoices.filter.today"));
        i18n.setCancel(getTranslation("invoices.filter.cancel"));
        i18n.setDateFormat(InvoiceFormats.datePattern(locale));
        return i18n;
    }
}
