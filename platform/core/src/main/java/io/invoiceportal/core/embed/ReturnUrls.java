package io.invoiceportal.core.embed;

import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.tenant.Tenant;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A partner's return URL: an absolute https URL whose origin is one of the tenant's embedOrigins,
 * so a portal session can never send a customer to a site the issuer did not name.
 */
final class ReturnUrls {
    private static final int MAX = 2000;

    private ReturnUrls() {}

    /** The URL when allowed, null when absent; a field error otherwise. */
    static String checked(Checks checks, Tenant tenant, String asked) {
        String url = checks.optional("returnUrl", asked, MAX);
        if (url == null) {
            return null;
        }
        String allowed = String.join(", ", tenant.embedOrigins());
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme()) || uri.getRawAuthority() == null || uri.getRawUserInfo() != null
                    || uri.getHost() == null || !tenant.embedOrigins().contains(origin(uri))) {
                checks.add("returnUrl", MessageKey.RETURN_URL_NOT_ALLOWED, allowed);
                return null;
            }
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            checks.add("returnUrl", MessageKey.RETURN_URL_NOT_ALLOWED, allowed);
            return null;
        }
    }

    private static String origin(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return "https://" + host + (uri.getPort() == -1 || uri.getPort() == 443 ? "" : ":" + uri.getPort());
    }
}
