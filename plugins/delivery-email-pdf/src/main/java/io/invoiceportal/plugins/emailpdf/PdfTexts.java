package io.invoiceportal.plugins.emailpdf;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * This channel's own texts (its name, the "could not be attached" note): Dutch for {@code nl},
 * English for every other language. The mail itself comes from delivery-email's bundle.
 */
final class PdfTexts {

    // Not "i18n.mail": that name belongs to delivery-email, whose bundle is shaded into this jar.
    private static final String BUNDLE = "i18n.email-pdf";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private PdfTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, PdfTexts.class.getClassLoader(), NO_FALLBACK);
    }

    static PdfTexts of(Locale locale) {
        boolean dutch = locale != null && "nl".equals(locale.getLanguage());
        return new PdfTexts(dutch ? locale : Locale.ENGLISH);
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
