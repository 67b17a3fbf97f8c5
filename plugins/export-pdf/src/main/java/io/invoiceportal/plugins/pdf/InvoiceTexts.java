package io.invoiceportal.plugins.pdf;

import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.UnitNames;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Labels from {@code i18n/pdf*.properties} and numbers, amounts and dates formatted for the
 * reader: Dutch for {@code nl}, English for every other language. One instance per document
 * ({@link NumberFormat} is not thread-safe).
 */
final class InvoiceTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final NumberFormat money;
    private final NumberFormat price;
    private final NumberFormat number;
    private final DateTimeFormatter date;
    private final String currencyCode;
    private final boolean knownCurrency;

    InvoiceTexts(Locale reader, String currencyCode) {
        this.locale = isDutch(reader) || "en".equals(reader.getLanguage()) ? reader : Locale.ENGLISH;
        // no fallback to the JVM's default locale: English is the base bundle
        this.bundle = ResourceBundle.getBundle("i18n.pdf", locale, InvoiceTexts.class.getClassLoader(), NO_FALLBACK);
        this.currencyCode = currencyCode;
        this.knownCurrency = isCurrency(currencyCode);
        this.money = currencyFormat(locale, currencyCode);
        this.price = currencyFormat(locale, currencyCode);
        this.price.setMaximumFractionDigits(Math.max(6, money.getMaximumFractionDigits()));
        this.number = NumberFormat.getNumberInstance(locale);
        this.number.setMaximumFractionDigits(6);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    static boolean isDutch(Locale locale) {
        return "nl".equals(locale.getLanguage());
    }

    Locale locale() {
        return locale;
    }

    String label(String key) {
        return bundle.getString(key);
    }

    /** The label of {@code key} for this kind of document: {@code key.creditNote} on a credit note. */
    String label(String key, InvoiceView.DocumentType type) {
        return label(key(key, type));
    }

    /** {@code key}, or {@code key.creditNote} for a credit note's own wording. */
    static String key(String key, InvoiceView.DocumentType type) {
        return type == InvoiceView.DocumentType.CREDIT_NOTE ? key + ".creditNote" : key;
    }

    String message(String key, String... arguments) {
        return new MessageFormat(label(key), locale).format(arguments);
    }

    /** An amount in the invoice currency: {@code € 1.234,56} (nl) or {@code €1,234.56} (en). */
    String money(BigDecimal amount) {
        return amount == null ? "" : withCode(money.format(amount));
    }

    /** A unit price: like {@link #money} but keeping extra decimals a price may have (€ 0,2345). */
    String price(BigDecimal amount) {
        return amount == null ? "" : withCode(price.format(amount));
    }

    /** A quantity without trailing zeros: {@code 1,5}, {@code 1.200}. */
    String quantity(BigDecimal value) {
        return value == null ? "" : number.format(value);
    }

    /** A VAT percentage: {@code 21%}, {@code 9%}, {@code 5,5%}. */
    String percent(BigDecimal rate) {
        return rate == null ? "" : number.format(rate) + "%";
    }

    /**
     * The VAT column of a line: the rate where the category has one (S, Z), else the category code
     * that the VAT breakdown explains.
     */
    String vatShort(String category, BigDecimal rate) {
        return hasRate(category, rate) ? percent(rate == null ? BigDecimal.ZERO : rate) : nullToEmpty(category);
    }

    /** A VAT breakdown row: {@code 21%}, or the category spelt out ({@code Btw verlegd (AE)}). */
    String vatLong(String category, BigDecimal rate) {
        if (hasRate(category, rate)) {
            return percent(rate == null ? BigDecimal.ZERO : rate);
        }
        try {
            return label("vatCategory." + category) + " (" + category + ")";
        } catch (MissingResourceException e) {
            return nullToEmpty(category);
        }
    }

    String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    /** A UN/ECE rec. 20 unit as a reader knows it ({@code C62} → {@code st.}), the same as in the CSV. */
    String unit(String code) {
        return UnitNames.of(code, locale);
    }

    /** An IBAN in groups of four, as it is printed on paper. */
    static String iban(String iban) {
        if (iban == null) {
            return "";
        }
        String compact = iban.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return compact.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** Street, postal code and city, and the country when {@code showCountry}. */
    List<String> address(PartyView.AddressView address, boolean showCountry) {
        List<String> lines = new ArrayList<>();
        if (address == null) {
            return lines;
        }
        addIfPresent(lines, address.street());
        addIfPresent(lines, (nullToEmpty(address.postalCode()) + "  " + nullToEmpty(address.city())).strip());
        if (showCountry && address.countryCode() != null && !address.countryCode().isBlank()) {
            lines.add(Locale.of("", address.countryCode()).getDisplayCountry(locale));
        }
        return lines;
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static void addIfPresent(List<String> lines, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(value);
        }
    }

    private static boolean hasRate(String category, BigDecimal rate) {
        return category == null || "S".equals(category) || "Z".equals(category)
                || (rate != null && rate.signum() != 0);
    }

    /** A currency code Java does not know is printed after the plain number ({@code 12,50 XBT}). */
    private String withCode(String formatted) {
        return knownCurrency ? formatted : formatted + " " + nullToEmpty(currencyCode);
    }

    private static boolean isCurrency(String code) {
        try {
            return code != null && Currency.getInstance(code) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static NumberFormat currencyFormat(Locale locale, String currencyCode) {
        if (!isCurrency(currencyCode)) {
            NumberFormat plain = NumberFormat.getNumberInstance(locale);
            plain.setMinimumFractionDigits(2);
            plain.setMaximumFractionDigits(2);
            return plain;
        }
        Currency currency = Currency.getInstance(currencyCode);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format;
    }
}
