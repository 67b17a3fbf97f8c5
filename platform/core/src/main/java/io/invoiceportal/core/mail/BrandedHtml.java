package io.invoiceportal.core.mail;

import io.invoiceportal.plugin.api.MailSender.Attachment;
import io.invoiceportal.plugin.api.TenantView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A short HTML mail of the platform itself (not of a delivery channel) in the tenant's brand: the
 * logo inline (or the name), a band of the accent colour with the title, plain paragraphs, the
 * tenant's footer text and links in the reader's language. Every value is escaped; only hex colours
 * and a plain font stack reach a style attribute.
 */
final class BrandedHtml {
    static final String LOGO_ID = "logo@invoice-portal";
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern FONT_STACK = Pattern.compile("[A-Za-z0-9 ,\"'-]{1,200}");

    private BrandedHtml() {}

    /** The HTML document: {@code title} in the band, then {@code paragraphs}, then the footer. */
    static String html(TenantView tenant, Locale locale, String title, List<String> paragraphs) {
        TenantView.Branding b = tenant.branding();
        String primary = HEX.matcher(String.valueOf(b.primaryColor())).matches() ? b.primaryColor() : "#333333";
        String accent = HEX.matcher(String.valueOf(b.accentColor())).matches() ? b.accentColor() : primary;
        String font = b.fontFamily() != null && FONT_STACK.matcher(b.fontFamily()).matches() ? b.fontFamily()
                : "Arial, Helvetica, sans-serif";
        StringBuilder out = new StringBuilder(2048).append("<!DOCTYPE html>\n<html lang=\"").append(escape(locale.getLanguage()))
                .append("\">\n<head><meta charset=\"UTF-8\"><title>").append(escape(title)).append("</title></head>\n")
                .append("<body style=\"margin:0;padding:24px 12px;background:#f4f4f4;\">\n")
                .append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" align=\"center\" ")
                .append("style=\"max-width:600px;width:100%;background:#ffffff;font-family:").append(escape(font))
                .append(";font-size:15px;line-height:1.5;color:#222222;\">\n<tr><td style=\"padding:20px 24px;\">")
                .append(b.logoPng() != null
                        ? "<img src=\"cid:" + LOGO_ID + "\" height=\"48\" alt=\"" + escape(tenant.name()) + "\" style=\"border:0;\">"
                        : "<span style=\"font-size:22px;font-weight:bold;color:" + primary + ";\">" + escape(tenant.name()) + "</span>")
                .append("</td></tr>\n<tr><td style=\"background:").append(accent)
                .append(";color:#ffffff;padding:12px 24px;font-size:18px;font-weight:bold;\">").append(escape(title))
                .append("</td></tr>\n<tr><td style=\"padding:24px;\">\n");
        paragraphs.forEach(p -> out.append("<p style=\"margin:0 0 16px;\">").append(escape(p)).append("</p>\n"));
        out.append("</td></tr>\n<tr><td style=\"padding:16px 24px;border-top:4px solid ").append(accent)
                .append(";font-size:12px;color:#555555;\">");
        TenantView.Branding.Footer footer = b.footer(locale);
        if (footer != null) {
            out.append("<p style=\"margin:0 0 8px;\">").append(escape(footer.text())).append("</p>");
            List<String> links = new ArrayList<>();
            footer.links().stream().filter(l -> safe(l.url())).forEach(l -> links.add("<a href=\"" + escape(l.url())
                    + "\" style=\"color:" + primary + ";\">" + escape(l.label()) + "</a>"));
            out.append("<p style=\"margin:0;\">").append(String.join(" &middot; ", links)).append("</p>");
        }
        return out.append("</td></tr>\n</table>\n</body>\n</html>\n").toString();
    }

    /** The footer as plain text lines (text, then "label: url"), or empty. */
    static String textFooter(TenantView tenant, Locale locale) {
        TenantView.Branding.Footer footer = tenant.branding().footer(locale);
        if (footer == null) {
            return "";
        }
        StringBuilder out = new StringBuilder("-- \r\n").append(footer.text()).append("\r\n");
        footer.links().stream().filter(l -> safe(l.url()))
                .forEach(l -> out.append(l.label()).append(": ").append(l.url()).append("\r\n"));
        return out.toString();
    }

    /** The logo as an inline attachment, when the tenant has one. */
    static List<Attachment> logo(TenantView tenant) {
        byte[] png = tenant.branding().logoPng();
        return png == null ? List.of() : List.of(Attachment.inline(LOGO_ID, "logo.png", "image/png", png));
    }

    private static boolean safe(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("mailto:");
    }

    private static String escape(String value) {
        return value == null ? "" : value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
