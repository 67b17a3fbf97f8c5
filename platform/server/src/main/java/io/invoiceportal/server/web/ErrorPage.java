package io.invoiceportal.server.web;

import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.ui.access.Languages;
import io.invoiceportal.ui.layout.Branding;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTML error page for the browser. Under {@code /t/{tenant}/} it carries that tenant's
 * name, logo and colour and a link to its login page, in the language the visitor's browser asks for
 * among the tenant's (else the tenant's default); elsewhere the portal's name in Dutch or English.
 * The texts are the UI's translations.
 */
final class ErrorPage {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPage.class);
    private static final Pattern TENANT_PATH = Pattern.compile("^/t/([a-z0-9][a-z0-9-]{0,62})(/.*)?$");
    private static final String PORTAL_COLOR = "#1f4e8c";

    private final TenantService tenants;

    ErrorPage(TenantService tenants) {
        this.tenants = tenants;
    }

    String html(String path, String acceptLanguage, int status) {
        Optional<Tenant> tenant = tenant(path);
        Locale locale = locale(tenant, acceptLanguage);
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        String kind = switch (status) {
            case 400, 403, 404 -> String.valueOf(status);
            default -> status >= 500 ? "500" : "other";
        };
        String title = texts.getString("error." + kind + ".title");
        String name = tenant.map(Tenant::name).orElse("Invoice Portal");
        String color = tenant.map(t -> t.branding() == null ? null : t.branding().primaryColor()).map(Branding::safeColor)
                .filter(c -> !c.equals(Branding.DEFAULT_COLOR)).orElse(PORTAL_COLOR);
        String logo = tenant.map(t -> t.branding() == null ? null : t.branding().logoSvg()).filter(svg -> !svg.isBlank())
                .map(svg -> "<img src=\"" + Branding.svgDataUri(svg) + "\" alt=\""
                        + escape(MessageFormat.format(texts.getString("tenant.logo.alt"), name)) + "\">")
                .orElse("");
        String link = tenant.map(t -> "<p><a href=\"/t/" + t.slug() + "/login\">" + escape(texts.getString("token.toLogin"))
                + "</a></p>").orElse("");
        return "<!doctype html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title + " – " + name) + "</title><link rel=\"icon\" href=\"/favicon.ico\">"
                + "<style>body{margin:0;font-family:-apple-system,BlinkMacSystemFont,Roboto,\"Segoe UI\",Helvetica,Arial,sans-serif;"
                + "color:#1f2933;line-height:1.5}header{display:flex;align-items:center;gap:16px;padding:8px 24px;min-height:48px;"
                + "background:" + color + ";color:#fff;font-size:1.25rem;font-weight:600}header img{height:48px}"
                + "main{max-width:560px;margin:0 auto;padding:24px}h1{font-size:1.75rem;margin:0 0 12px}a{color:#0b57d0}</style>"
                + "</head><body><header>" + logo + "<span>" + escape(name) + "</span></header><main class=\"error-page\">"
                + "<h1>" + escape(title) + "</h1><p>" + escape(texts.getString("error." + kind + ".text")) + "</p>" + link
                + "</main></body></html>\n";
    }

    private Optional<Tenant> tenant(String path) {
        Matcher matcher = TENANT_PATH.matcher(path == null ? "" : path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return tenants.findBySlug(matcher.group(1));
        } catch (RuntimeException e) {
            LOG.warn("Error page without the tenant's branding: {}", e.toString());
            return Optional.empty();
        }
    }

    /** The browser's preferred language among those offered; without a match the tenant's default (or English). */
    private static Locale locale(Optional<Tenant> tenant, String acceptLanguage) {
        List<String> offered = tenant.map(Languages::offered).orElse(Languages.SUPPORTED);
        String fallback = tenant.map(Tenant::defaultLanguage).filter(offered::contains).orElse("en");
        String chosen = fallback;
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String match = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), offered);
                chosen = match == null ? fallback : match;
            } catch (IllegalArgumentException malformed) {
                chosen = fallback;
            }
        }
        return Locale.forLanguageTag(chosen);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
