package io.invoiceportal.plugin.api;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Units of measure as the reader of an invoice knows them. An {@link InvoiceView.Line} carries its
 * unit as a UN/ECE Recommendation 20 code ({@code C62}, {@code HUR}, {@code KWH}); exporters that
 * show the unit to people name it with this table, so every format says the same: {@code st.} in
 * Dutch and {@code pcs} in English for {@code C62}, {@code uur}/{@code hour} for {@code HUR}.
 * Dutch for readers whose language is {@code nl}, English for every other language. Formats meant
 * for machines (such as XML) keep the code.
 *
 * <p>Added to the API without changing anything else in it. Thread-safe.
 */
public final class UnitNames {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private UnitNames() {}

    /**
     * The name of the unit with this code for this reader; a code the table does not know is
     * returned as it is, and no code gives the empty string.
     */
    public static String of(String code, Locale reader) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Locale language = "nl".equals(reader.getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
        ResourceBundle names = ResourceBundle.getBundle("io.invoiceportal.plugin.api.units", language,
                UnitNames.class.getClassLoader(), NO_FALLBACK);
        try {
            return names.getString(code.strip().toUpperCase(Locale.ROOT));
        } catch (MissingResourceException unknown) {
            return code;
        }
    }
}
