package io.invoiceportal.plugins.email;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The mail texts and formats in one reader's language: Dutch for {@code nl}, English for every
 * other language. Immutable; the bundles themselves are cached by {@link ResourceBundle}.
 */
final class MailTexts {

    private static final String BUNDLE = "i18n.mail";
    // Without this, a missing language falls back to the JVM's default locale before the base bundle.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private MailTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, MailTexts.class.getClassLoader(), NO_FALLBACK);
    }

    /** Texts for {@code locale}; a language other than Dutch or English (or none) gets English. */
    static MailTexts of(Locale locale) {
        boolean supported = locale != null && ("nl".equals(locale.getLanguage()) || "en".equals(locale.getLanguage()));
        return new MailTexts(supported ? locale : Locale.ENGLISH);
    }

    /** The language the texts are in, as an HTML {@code lang} value. */
    String language() {
        return locale.getLanguage();
    }

    /** The text under {@code key} with {@code args} filled in; pass strings, so nothing is reformatted. */
    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }

    /** An amount in the invoice currency, as the reader writes it: nl {@code € 1.234,56}, en {@code €1,234.56}. */
    String money(BigDecimal amount, String currencyCode) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException | NullPointerException e) {
            NumberFormat number = NumberFormat.getNumberInstance(locale);
            number.setMinimumFractionDigits(2);
            number.setMaximumFractionDigits(2);
            return (currencyCode == null ? "" : currencyCode + " ") + number.format(amount);
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(amount);
    }

    /** A date with the month written out ({@code 14 maart 2025}, {@code 14 March 2025}): never ambiguous. */
    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(bundle.getString("format.date"), locale).format(date);
    }

    /** A size in megabytes with one decimal ({@code 12,5} or {@code 12.5}). */
    String megabytes(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        return number.format(bytes / (1024.0 * 1024.0));
    }
}
