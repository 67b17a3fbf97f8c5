package io.invoiceportal.plugins.email;

import io.invoiceportal.plugin.api.TenantView;
import java.util.List;
import java.util.Locale;

/**
 * The foot of a mail: the tenant's own footer text and links (in the reader's language, when it set
 * them) and the portal's notice that the mail was sent automatically. Links other than {@code https:}
 * and {@code mailto:} are left out, whatever the settings hold.
 *
 * @param text the tenant's footer text, may be empty
 * @param links the tenant's footer links
 * @param notice the portal's line
 */
record MailFooter(String text, List<TenantView.Branding.Link> links, String notice) {

    static MailFooter of(TenantView tenant, Locale locale, String notice) {
        TenantView.Branding.Footer footer = tenant.branding() == null ? null : tenant.branding().footer(locale);
        if (footer == null) {
            return new MailFooter("", List.of(), notice);
        }
        List<TenantView.Branding.Link> safe = footer.links().stream().filter(MailFooter::safe).toList();
        return new MailFooter(footer.text() == null ? "" : footer.text().strip(), safe, notice);
    }

    private static boolean safe(TenantView.Branding.Link link) {
        String url = link.url().strip().toLowerCase(Locale.ROOT);
        return url.startsWith("https://") || url.startsWith("mailto:");
    }

    /** Plain text: the footer text, each link as "label: url", the notice. */
    String asText() {
        StringBuilder out = new StringBuilder();
        if (!text.isBlank()) {
            out.append(text).append('\n');
        }
        links.forEach(link -> out.append(link.label()).append(": ").append(link.url().strip()).append('\n'));
        return out.append(notice).append('\n').toString();
    }

    /** HTML: every value escaped, the links in the primary colour. */
    String asHtml(MailStyle style) {
        StringBuilder out = new StringBuilder();
        if (!text.isBlank()) {
            out.append("<p style=\"margin:0 0 8px;\">").append(Html.text(text)).append("</p>\n");
        }
        if (!links.isEmpty()) {
            out.append("<p style=\"margin:0 0 8px;\">");
            for (int i = 0; i < links.size(); i++) {
                TenantView.Branding.Link link = links.get(i);
                out.append(i == 0 ? "" : " &middot; ").append("<a href=\"").append(Html.escape(link.url().strip()))
                        .append("\" style=\"color:").append(style.primary()).append(";\">")
                        .append(Html.escape(link.label())).append("</a>");
            }
            out.append("</p>\n");
        }
        return out.append("<p style=\"margin:0;\">").append(Html.text(notice)).append("</p>\n").toString();
    }
}
