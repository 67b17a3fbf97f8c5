package io.invoiceportal.plugin.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks and reads setting values, which are kept as text. */
final class SettingValues {
    static final int MAX_LENGTH = 2000;

    private SettingValues() {}

    /** Why {@code value} is not valid for {@code definition}, or {@code null} when it is. */
    static String problem(SettingDefinition definition, String value) {
        if (value.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        if (!clean(value)) {
            return "must not contain control characters or invalid Unicode";
        }
        return switch (definition.type()) {
            case STRING -> null;
            case BOOLEAN -> value.equals("true") || value.equals("false") ? null : "must be true or false";
            case INTEGER -> integerProblem(definition, value);
            case URL -> url(value) == null ? "must be an absolute https or http URL" : null;
        };
    }

    private static String integerProblem(SettingDefinition definition, String value) {
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return "must be a whole number";
        }
        return definition.minimum().filter(min -> number < min).map(min -> "must be at least " + min).orElse(null);
    }

    /** No control characters, no unpaired surrogates, no U+FFFD/U+FFFE/U+FFFF. */
    private static boolean clean(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || Character.isISOControl(c) || c >= '\ufffd') {
                return false;
            }
        }
        return true;
    }

    static URI url(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("https") || scheme.equals("http");
            return web && uri.getHost() != null && uri.getRawUserInfo() == null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
