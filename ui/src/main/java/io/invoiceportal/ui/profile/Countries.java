package io.invoiceportal.ui.profile;

import com.vaadin.flow.component.combobox.ComboBox;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The country field of the profile: every ISO 3166 country by its name in the page language,
 * searchable by name or by code. The value stays the two-letter code the customer record keeps.
 */
final class Countries {

    private Countries() {}

    /** Fills {@code field} with the countries; a stored code that is not an ISO country stays choosable. */
    static void configure(ComboBox<String> field, String storedCode, Locale language) {
        Collator collator = Collator.getInstance(language);
        collator.setStrength(Collator.PRIMARY);
        List<String> codes = Stream.concat(Stream.of(Locale.getISOCountries()),
                        storedCode == null || storedCode.isBlank() ? Stream.empty() : Stream.of(storedCode))
                .distinct().sorted(Comparator.comparing((String code) -> name(code, language), collator)).toList();
        field.setLabel(field.getTranslation("profile.country"));
        field.setItems((code, filter) -> matches(code, filter, language), codes);
        field.setItemLabelGenerator(code -> name(code, language));
        field.setClearButtonVisible(true);
    }

    static String name(String code, Locale language) {
        String name = Locale.of("", code).getDisplayCountry(language);
        return name.isBlank() || name.equals(code) ? code : name;
    }

    private static boolean matches(String code, String filter, Locale language) {
        String typed = filter.strip().toLowerCase(language);
        return name(code, language).toLowerCase(language).contains(typed) || code.equalsIgnoreCase(typed);
    }
}
