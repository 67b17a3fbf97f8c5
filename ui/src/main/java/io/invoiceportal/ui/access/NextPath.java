package io.invoiceportal.ui.access;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code next} query parameter of the login page: where to go after signing in. Only a
 * relative path of the same tenant is accepted, so a crafted link cannot send the user elsewhere:
 * one under {@code t/<slug>/}, or on the tenant's own host also one without that prefix.
 */
public final class NextPath {

    public static final String PARAMETER = "next";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._~\\-/%]+(\\?[A-Za-z0-9._~\\-%&=+]*)?");

    private NextPath() {}

    /** {@code value} if it is a path under {@code t/<slug>/}, else empty. */
    public static Optional<String> accept(String slug, String value) {
        if (value == null || !value.startsWith("t/" + slug + "/")) {
            return Optional.empty();
        }
        return safe(value);
    }

    /** {@code value} if it is a path of the visit's tenant: under its {@code t/<slug>/}, or on its own host at the root. */
    public static Optional<String> accept(Visit visit, String value) {
        if (visit.onOwnHost() && value != null && !value.startsWith("t/") && !value.startsWith("/")) {
            return safe(value);
        }
        return accept(visit.tenant().slug(), value);
    }

    private static Optional<String> safe(String value) {
        if (value.length() > 500) {
            return Optional.empty();
        }
        if (!SAFE.matcher(value).matches() || value.contains("//") || value.contains("..")) {
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
