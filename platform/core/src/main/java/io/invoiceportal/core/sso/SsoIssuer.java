package io.invoiceportal.core.sso;

import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.MessageKey;
import java.util.regex.Pattern;

/** An issuer ({@code iss}) a key is registered for: printable text without spaces, at most 200 characters, often the partner's URL. */
final class SsoIssuer {
    private static final Pattern ISSUER = Pattern.compile("^[\\x21-\\x7e]{1,200}$");

    private SsoIssuer() {}

    static String checked(Checks checks, String field, String asked) {
        String issuer = checks.required(field, asked, 200);
        return checks.matching(field, issuer, ISSUER, MessageKey.SSO_ISSUER_INVALID);
    }
}
