package io.invoiceportal.server.web;

import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.ui.access.Languages;
import io.invoiceportal.core.tenant.Fonts;
import io.invoiceportal.ui.layout.BrandStyle;
import io.invoiceportal.ui.layout.Branding;
import io.invoiceportal.ui.layout.PortalFooter;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTML error page for the browser. Under {@code /t/{tenant}/} it carries that tenant's
 * brand (display name, logo, icon, colours and font as {@link BrandStyle} computes them, footer) and a
 * link to its login page, in the language the visitor's browser asks for
 * among the tenant's (else the tenant's default); elsewhere the portal's name in Dutch or English.
 * The texts are the UI's translations.
 */
public final class ErrorPage {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPage.class);
    private static final Pattern TENANT_PATH = Pattern.compile("^/t/([a-z0-9][a-z0-9-]{0,62})(/.*)?$");
    /** The portal's own look, where no tenant is named. */
    private static final Map<String, String> PORTAL_LOOK = Map.of("--portal-header-color", "#1f4e8c",
            "--portal-header-text-color", "#ffffff", "--lumo-primary-text-color", "#0b57d0",
            "--lumo-font-family", Fonts.stack(Fonts.DEFAULT), "--portal-logo-background", "transparent");

    private final TenantService tenants;

    public ErrorPage(TenantService tenants) {
        this.tenants = tenants;
    }

    String html(String path, String acceptLanguage, int status) {
        String kind = switch (status) {
            case 400, 403, 404 -> String.valueOf(status);
            default -> status >= 500 ? "500" : "other";
        };
        return html(path, acceptLanguage, "error." + kind, true);
    }

    /**
     * The page with the texts {@code key.title} and {@code key.text}; with {@code loginLink}, a link
     * to the tenant's login page.
     */
    public String html(String path, String acceptLanguage, String key, boolean loginLink) {
        Optional<Tenant> tenant = tenant(path);
        Locale locale = locale(tenant, acceptLanguage);
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        String title = texts.getString(key + ".title");
        String name = tenant.map(Tenant::displayName).orElse("Invoice Portal");
        StringBuilder look = new StringBuilder();
        tenant.map(BrandStyle::properties).orElse(PORTAL_LOOK).forEach((property, value) ->
                look.append(property).append(':').append(value).append(';'));
        String logo = tenant.flatMap(Branding::logoUri)
                .map(uri -> "<img src=\"" + uri + "\" alt=\""
                        + escape(MessageFormat.format(texts.getString("tenant.logo.alt"), name)) + "\">")
                .orElse("");
        String icon = tenant.map(BrandStyle::iconUrl).orElse("/favicon.ico");
        String link = tenant.filter(t -> loginLink).map(t -> "<p><a href=\"/t/" + t.slug() + "/login\">" + escape(texts.getString("token.toLogin"))
                + "</a></p>").orElse("");
        String footer = tenant.flatMap(t -> PortalFooter.choose(t, locale)).map(chosen -> footer(chosen, locale)).orElse("");
        return "<!doctype html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title + " – " + name) + "</title><link rel=\"icon\" href=\"" + escape(icon) + "\">"
                + "<style>:root{" + look + "}body{margin:0;font-family:var(--lumo-font-family);"
                + "color:#1f2933;line-height:1.5}header{display:flex;align-items:center;gap:16px;padding:8px 24px;min-height:48px;"
                + "background:var(--portal-header-color);color:var(--portal-header-text-color);font-size:1.25rem;font-weight:600}"
                + "header img{height:48px;box-sizing:border-box;padding:2px 6px;border-radius:4px;background:var(--portal-logo-background)}main{max-width:560px;margin:0 auto;padding:24px}h1{font-size:1.75rem;margin:0 0 12px}"
                + "a{color:var(--lumo-primary-text-color)}footer{border-top:3px solid var(--portal-header-color);padding:16px 24px;"
                + "font-size:.875rem;color:#4a5563;display:flex;flex-wrap:wrap;gap:8px 24px}</style>"
                + "</head><body><header>" + logo + "<span>" + escape(name) + "</span></header><main class=\"error-page\">"
                + "<h1>" + escape(title) + "</h1><p>" + escape(texts.getString(key + ".text")) + "</p>" + link
                + "</main>" + footer + "</body></html>\n";
    }

    /** The tenant's footer as {@link PortalFooter} shows it: plain text, https and mailto links only. */
    private static String footer(PortalFooter.Chosen chosen, Locale reader) {
        StringBuilder html = new StringBuilder("<footer class=\"portal-footer\"");
        if (!chosen.language().equals(reader.getLanguage())) {
            html.append(" lang=\"").append(escape(chosen.language())).append('"');
        }
        html.append('>');
        if (chosen.footer().text() != null && !chosen.footer().text().isBlank()) {
            html.append("<span>").append(escape(chosen.footer().text())).append("</span>");
        }
        for (Tenant.Branding.Link l : chosen.footer().links()) {
            String url = l.url() == null ? "" : l.url().strip();
            html.append(PortalFooter.linkable(url)
                    ? "<a href=\"" + escape(url) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" + escape(l.label()) + "</a>"
                    : "<span>" + escape(l.label()) + "</span>");
        }
        return html.append("</footer>").toString();
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
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
