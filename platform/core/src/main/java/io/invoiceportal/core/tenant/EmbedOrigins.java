package io.invoiceportal.core.tenant;

import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.MessageKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The origins that may frame a tenant's pages ({@code frame-ancestors}). Only exact https origins
 * are accepted: scheme, host name and optional port; no wildcard, path, user or other scheme, so
 * a value can never widen the policy beyond the sites named.
 */
final class EmbedOrigins {
    static final int MAX = 10;
    private static final String LABEL = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern ORIGIN = Pattern.compile("^https://" + LABEL + "(\\." + LABEL + ")+(:([0-9]{1,5}))?$");

    private EmbedOrigins() {}

    /** The origins in lower case without duplicates; each invalid one is a field error. */
    static List<String> checked(Checks checks, List<String> asked) {
        if (asked.size() > MAX) {
            checks.add("embedOrigins", MessageKey.EMBED_ORIGINS_TOO_MANY, String.valueOf(MAX));
            return List.of();
        }
        List<String> origins = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            String origin = asked.get(i) == null ? "" : asked.get(i).strip().toLowerCase(Locale.ROOT);
            if (!isOrigin(origin)) {
                checks.add("embedOrigins[" + i + "]", MessageKey.EMBED_ORIGIN_INVALID);
            } else if (!origins.contains(origin)) {
                origins.add(origin);
            }
        }
        return origins;
    }

    private static boolean isOrigin(String origin) {
        Matcher m = ORIGIN.matcher(origin);
        if (!m.matches()) {
            return false;
        }
        String port = m.group(m.groupCount());
        return port == null || (Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= 65535);
    }
}
