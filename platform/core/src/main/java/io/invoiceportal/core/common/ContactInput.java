package io.invoiceportal.core.common;

import java.util.regex.Pattern;

/** A contact point as sent in JSON (EN 16931 BG-6): name, phone and e-mail, every part optional. */
public record ContactInput(String name, String phone, String email) {
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{3,50}$");

    /** Checks the parts and returns a trimmed copy, or null when every part is empty. */
    public ContactInput checked(Checks checks, String prefix) {
        String n = checks.optional(prefix + ".name", name, 200);
        String p = checks.matching(prefix + ".phone", checks.optional(prefix + ".phone", phone, 50), PHONE,
                MessageKey.PHONE_INVALID);
        String e = email == null || email.isBlank() ? null : checks.email(prefix + ".email", email);
        return n == null && p == null && e == null ? null : new ContactInput(n, p, e);
    }
}
