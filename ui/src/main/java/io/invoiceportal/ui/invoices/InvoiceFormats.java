package io.invoiceportal.ui.invoices;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** Dates and amounts as the reader of the page writes them: "05-01-2026" and "€ 1.234,56" in Dutch. */
final class InvoiceFormats {

    private InvoiceFormats() {}

    /** The date pattern of the page language, shared by the list and the date pickers. */
    static String datePattern(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? "dd-MM-yyyy" : "dd/MM/yyyy";
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern(datePattern(locale), locale).format(date);
    }

    /** The amount in its own currency, with the page language's separators and symbol. */
    static String money(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        try {
            format.setCurrency(Currency.getInstance(currency == null ? "EUR" : currency));
        } catch (IllegalArgumentException unknownCurrency) {
            return amount.toPlainString() + " " + currency;
        }
        return format.format(amount);
    }
}
