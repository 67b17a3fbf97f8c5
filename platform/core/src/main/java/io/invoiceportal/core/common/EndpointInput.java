package io.invoiceportal.core.common;

import java.util.regex.Pattern;

/** An electronic address (Peppol): scheme such as {@code 0106} and the id within it. */
public record EndpointInput(String scheme, String id) {
    private static final Pattern SCHEME = Pattern.compile("^[0-9]{4}$");

    public EndpointInput checked(Checks checks, String prefix) {
        String s = checks.optional(prefix + ".scheme", scheme, 4);
        checks.matching(prefix + ".scheme", s, SCHEME, "must be a 4-digit scheme such as 0106");
        String i = checks.optional(prefix + ".id", id, 100);
        if ((s == null) != (i == null) && checks.ok()) {
            checks.add(prefix, "needs both scheme and id");
        }
        return new EndpointInput(s, i);
    }
}
