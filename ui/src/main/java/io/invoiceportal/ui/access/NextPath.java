package io.invoiceportal.ui.access;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code next} query parameter of the login page: where to go after signing in. Only a
 * relative path of the same tenant is accepted, so a crafted link cannot send the user elsewhere.
 */
public final class NextPath {

    public static final String PARAMETER = "next";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._~\\-/%]+(\\?[A-Za-z0-9._~\\-%&=+]*)?");

    private NextPath() {}

    /** {@code value} if it is a path under {@code t/<slug>/}, else empty. */
    public static Optional<String> accept(String slug, String value) {
        if (value == null || value.length() > 500 || !value.startsWith("t/" + slug + "/")) {
            return Optional.empty();
        }
        if (!SAFE.matcher(value).matches() || value.contains("//") || value.contains("..")) {
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
