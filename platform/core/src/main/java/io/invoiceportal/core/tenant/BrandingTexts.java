package io.invoiceportal.core.tenant;

import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.MessageKey;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks and merges the footers and the overriding texts of a branding, per language the tenant
 * offers. Texts may use only the placeholders the plugin API documents for their key.
 */
final class BrandingTexts {
    /** Text key to the placeholders it may use (see the plugin API's {@code TenantView.Branding}). */
    static final Map<String, List<String>> PLACEHOLDERS = Map.of(
            "welcome", List.of("customerName", "portalName"),
            "newInvoice", List.of("customerName", "portalName", "invoiceNumber", "amount", "dueDate"),
            "loginIntro", List.of("portalName"));
    static final List<String> KEYS = List.of("welcome", "newInvoice", "loginIntro");
    static final int MAX_TEXT = 1000;
    static final int MAX_FOOTER = 500;
    static final int MAX_LINKS = 8;
    static final int MAX_LABEL = 60;
    private static final int MAX_URL = 2000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    private BrandingTexts() {}

    /** The stored texts with those sent applied: a key sent as null or "" is removed, as is a language sent as null. */
    static Map<String, Map<String, String>> texts(Checks checks, Map<String, Map<String, String>> current,
            Map<String, Map<String, String>> sent, List<String> languages) {
        Map<String, Map<String, String>> result = new HashMap<>(current);
        sent.forEach((language, byKey) -> {
            String prefix = "branding.texts." + language;
            if (!offered(checks, prefix, language, languages)) {
                return;
            }
            if (byKey == null) {
                result.remove(language);
                return;
            }
            Map<String, String> merged = new LinkedHashMap<>(current.getOrDefault(language, Map.of()));
            byKey.forEach((key, value) -> {
                String field = prefix + "." + key;
                if (!KEYS.contains(key)) {
                    checks.add(field, MessageKey.TEXT_KEY_UNKNOWN, String.join(", ", KEYS));
                    return;
                }
                String text = value == null ? "" : PlainText.text(checks, field, value, MAX_TEXT);
                if (text != null && placeholdersKnown(checks, field, text, PLACEHOLDERS.get(key))) {
                    if (text.isEmpty()) {
                        merged.remove(key);
                    } else {
                        merged.put(key, text);
                    }
                }
            });
            if (merged.isEmpty()) {
                result.remove(language);
            } else {
                result.put(language, Map.copyOf(merged));
            }
        });
        return result;
    }

    /** The stored footers with those sent applied: a language sent replaces its footer; null or an empty one removes it. */
    static Map<String, Tenant.Branding.Footer> footers(Checks checks, Map<String, Tenant.Branding.Footer> current,
            Map<String, BrandingInput.FooterInput> sent, List<String> languages) {
        Map<String, Tenant.Branding.Footer> result = new HashMap<>(current);
        sent.forEach((language, footer) -> {
            String prefix = "branding.footer." + language;
            if (!offered(checks, prefix, language, languages)) {
                return;
            }
            String text = footer == null || footer.text() == null ? ""
                    : PlainText.text(checks, prefix + ".text", footer.text(), MAX_FOOTER);
            List<BrandingInput.LinkInput> sentLinks = footer == null || footer.links() == null ? List.of() : footer.links();
            if (sentLinks.size() > MAX_LINKS) {
                checks.add(prefix + ".links", MessageKey.LIST_TOO_LONG, String.valueOf(MAX_LINKS));
                return;
            }
            List<Tenant.Branding.Link> links = new ArrayList<>();
            for (int i = 0; i < sentLinks.size(); i++) {
                Tenant.Branding.Link link = link(checks, prefix + ".links[" + i + "]", sentLinks.get(i));
                if (link != null) {
                    links.add(link);
                }
            }
            if (text == null || links.size() < sentLinks.size()) {
                return;
            }
            if (text.isEmpty() && links.isEmpty()) {
                result.remove(language);
            } else {
                result.put(language, new Tenant.Branding.Footer(text.isEmpty() ? null : text, links));
            }
        });
        return result;
    }

    private static Tenant.Branding.Link link(Checks checks, String field, BrandingInput.LinkInput link) {
        if (link == null) {
            checks.add(field, MessageKey.FIELD_REQUIRED);
            return null;
        }
        String label = link.label() == null || link.label().isBlank() ? null
                : PlainText.name(checks, field + ".label", link.label(), MAX_LABEL);
        if (link.label() == null || link.label().isBlank()) {
            checks.add(field + ".label", MessageKey.FIELD_REQUIRED);
        }
        String url = link.url() == null ? "" : link.url().strip();
        if (!linkUrl(url)) {
            checks.add(field + ".url", MessageKey.LINK_URL_INVALID);
            return null;
        }
        return label == null ? null : new Tenant.Branding.Link(label, url);
    }

    /** An {@code https:} URL with a host, or a {@code mailto:} address. */
    static boolean linkUrl(String url) {
        if (url.length() > MAX_URL) {
            return false;
        }
        if (url.startsWith("mailto:")) {
            return MAILTO.matcher(url).matches();
        }
        try {
            URI uri = new URI(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean offered(Checks checks, String field, String language, List<String> languages) {
        if (!languages.contains(language)) {
            checks.add(field, MessageKey.LANGUAGE_NOT_OFFERED, String.join(", ", languages));
            return false;
        }
        return true;
    }

    private static boolean placeholdersKnown(Checks checks, String field, String text, List<String> allowed) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!allowed.contains(m.group(1))) {
                checks.add(field, MessageKey.PLACEHOLDER_UNKNOWN, m.group(),
                        String.join(", ", allowed.stream().map(p -> "{" + p + "}").toList()));
                return false;
            }
        }
        return true;
    }
}
