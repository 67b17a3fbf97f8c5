package io.invoiceportal.server.api;

/**
 * The one rule for text the API accepts, in bodies and parameters alike: no NUL or other control
 * characters (tab, line feed and carriage return excepted), no unpaired UTF-16 surrogates, no
 * noncharacters U+FFFE/U+FFFF and no U+FFFD (what a decoder puts where the bytes were not UTF-8).
 * PostgreSQL refuses NUL, and the others only ever arrive by mistake or on purpose.
 */
public final class CleanText {
    public static final String MESSAGE = "contains a control character or invalid Unicode";

    private CleanText() {}

    public static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || isControl(c) || c >= '\ufffd') {
                return false;
            }
        }
        return true;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }
}
