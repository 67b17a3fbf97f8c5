package io.invoiceportal.core.tenant;

import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.MessageKey;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The host names a tenant serves its portal on ({@code facturen.hollandse-energie.example}): DNS
 * names in lower case, without scheme, port, path or wildcard; at most {@value #MAX} per tenant.
 * The host of the portal's own public URL belongs to no tenant.
 */
public final class HostNames {
    /**
     * The request attribute under which the server's host filter leaves the host a request was
     * sent to (a value of {@link #ofHeader}); absent for an IP address or a missing Host header.
     */
    public static final String REQUEST_ATTRIBUTE = "io.invoiceportal.host";
    static final int MAX = 10;
    private static final String LABEL = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern HOST = Pattern.compile("^" + LABEL + "(\\." + LABEL + ")+$");
    private static final Pattern NUMERIC_END = Pattern.compile(".*\\.[0-9]+$");

    private HostNames() {}

    /**
     * The host names asked for, trimmed, in lower case and without duplicates; each invalid one is a
     * field error {@code hostNames[i]}, as is {@code reserved} (the portal's own host).
     */
    static List<String> checked(Checks checks, List<String> asked, String reserved) {
        if (asked.size() > MAX) {
            checks.add("hostNames", MessageKey.HOST_NAMES_TOO_MANY, String.valueOf(MAX));
            return List.of();
        }
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            String host = asked.get(i) == null ? "" : asked.get(i).strip().toLowerCase(Locale.ROOT);
            if (host.length() > 253 || !HOST.matcher(host).matches() || NUMERIC_END.matcher(host).matches()) {
                checks.add("hostNames[" + i + "]", MessageKey.HOST_NAME_INVALID);
            } else if (host.equals(reserved)) {
                checks.add("hostNames[" + i + "]", MessageKey.HOST_NAME_RESERVED);
            } else if (!hosts.contains(host)) {
                hosts.add(host);
            }
        }
        return hosts;
    }

    /**
     * The host of a {@code Host} header value: the port and a final dot removed, in lower case;
     * empty for a missing value or an IP literal such as {@code [::1]:8080} (no tenant has those).
     */
    public static Optional<String> ofHeader(String header) {
        if (header == null || header.isBlank() || header.startsWith("[")) {
            return Optional.empty();
        }
        String host = header.strip().toLowerCase(Locale.ROOT);
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return HOST.matcher(host).matches() ? Optional.of(host) : Optional.empty();
    }

    /** The host of an absolute URL such as the portal's public URL, in lower case. */
    public static String ofUrl(String url) {
        return URI.create(url).getHost().toLowerCase(Locale.ROOT);
    }
}
