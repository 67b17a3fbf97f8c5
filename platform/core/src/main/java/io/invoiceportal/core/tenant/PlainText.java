package io.invoiceportal.core.tenant;

import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.MessageKey;

/**
 * Checks of the plain texts of branding: no markup, no control characters or invisible format
 * characters (such as bidirectional overrides; zero-width joiners are fine), a largest length. Names
 * that travel in mail headers (display name, mail sender name) and link labels are stricter: one
 * line and no {@code "}.
 */
final class PlainText {
    private PlainText() {}

    /**
     * {@code value} stripped (line ends as {@code \n}) when it is plain text of at most {@code max}
     * characters; else an error on {@code field} and null. {@code ""} stays {@code ""}.
     */
    static String text(Checks checks, String field, String value, int max) {
        String text = value.replace("\r\n", "\n").strip();
        if (text.length() > max) {
            checks.add(field, MessageKey.FIELD_TOO_LONG, String.valueOf(max));
            return null;
        }
        if (!validUnicode(text, true)) {
            checks.add(field, MessageKey.TEXT_INVALID);
            return null;
        }
        if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
            checks.add(field, MessageKey.TEXT_MARKUP);
            return null;
        }
        return text;
    }

    /** Like {@link #text}, for a one-line name: no line ends or format characters, no {@code <>"}. */
    static String name(Checks checks, String field, String value, int max) {
        String name = value.strip();
        if (name.length() > max) {
            checks.add(field, MessageKey.FIELD_TOO_LONG, String.valueOf(max));
            return null;
        }
        if (!validUnicode(name, false)) {
            checks.add(field, MessageKey.TEXT_INVALID);
            return null;
        }
        if (name.indexOf('<') >= 0 || name.indexOf('>') >= 0 || name.indexOf('"') >= 0) {
            checks.add(field, MessageKey.NAME_CHARACTERS);
            return null;
        }
        return name;
    }

    private static boolean validUnicode(String text, boolean lineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
                continue;
            }
            int type = Character.getType(c);
            boolean lineEnd = c == '\n';
            if ((Character.isISOControl(c) && !(lineBreaks && lineEnd)) || c == '\u2028' || c == '\u2029'
                    || (type == Character.FORMAT && c != '\u200c' && c != '\u200d') || c == '\ufffe' || c == '\uffff') {
                return false;
            }
        }
        return true;
    }
}
