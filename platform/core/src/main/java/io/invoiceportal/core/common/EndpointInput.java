package io.invoiceportal.core.common;

import java.util.regex.Pattern;

/** An electronic address (Peppol): scheme such as {@code 0106} and the id within it. */
public record EndpointInput(String scheme, String id) {
    private static final Pattern SCHEME = Pattern.compile("^[0-9]{4}$");

    public EndpointInput checked(Checks checks, String prefix) {
        String s = checks.optional(prefix + ".scheme", scheme, 4);
        checks.matching(prefix + ".scheme", s, SCHEME, MessageKey.ENDPOINT_SCHEME_INVALID);
        String i = checks.optional(prefix + ".id", id, 100);
        if ((s == null) != (i == null) && checks.ok()) {
            checks.add(prefix, MessageKey.ENDPOINT_INCOMPLETE);
        }
        return new EndpointInput(s, i);
    }
}
