package io.invoiceportal.ui.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import io.invoiceportal.core.tenant.Tenant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant's footer under every tenant screen: its text and links in the reader's language, else in
 * the tenant's default language (then marked with that language for screen readers). Plain text only;
 * a link opens in a new tab without giving the other site this page ({@code noopener noreferrer}), and
 * only https and mailto addresses become links.
 */
public class PortalFooter extends Footer {

    /** A tenant's footer in {@code language}. */
    public record Chosen(String language, Tenant.Branding.Footer footer) {}

    private PortalFooter(Chosen chosen, Locale reader) {
        String language = chosen.language();
        Tenant.Branding.Footer footer = chosen.footer();
        addClassName("portal-footer");
        setWidthFull();
        getStyle().set("box-sizing", "border-box").set("margin-top", "auto").set("padding", "var(--lumo-space-m) var(--lumo-space-l)")
                .set("border-top", "3px solid var(--portal-header-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)").set("display", "flex").set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-l)");
        if (!language.equals(reader.getLanguage())) {
            getElement().setAttribute("lang", language);
        }
        if (footer.text() != null && !footer.text().isBlank()) {
            Span text = new Span(footer.text());
            text.addClassName("footer-text");
            add(text);
        }
        for (Tenant.Branding.Link link : footer.links()) {
            add(link(link));
        }
    }

    /** The footer of {@code tenant} for a reader of {@code reader}'s language, if the tenant has one. */
    public static Optional<PortalFooter> of(Tenant tenant, Locale reader) {
        return choose(tenant, reader).map(chosen -> new PortalFooter(chosen, reader));
    }

    /** The footer in the reader's language, else in the tenant's default language; none when empty. */
    public static Optional<Chosen> choose(Tenant tenant, Locale reader) {
        Map<String, Tenant.Branding.Footer> footers = tenant.branding() == null ? Map.of() : tenant.branding().footer();
        String language = footers.containsKey(reader.getLanguage()) ? reader.getLanguage() : tenant.defaultLanguage();
        Tenant.Branding.Footer footer = footers.get(language);
        if (footer == null || (footer.text() == null || footer.text().isBlank()) && footer.links().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Chosen(language, footer));
    }

    /** Whether a footer link's address may become a link: https and mailto only. */
    public static boolean linkable(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("mailto:"));
    }

    private static com.vaadin.flow.component.Component link(Tenant.Branding.Link link) {
        String url = link.url() == null ? "" : link.url().strip();
        if (!linkable(url)) {
            Span label = new Span(link.label());
            label.addClassName("footer-link");
            return label;
        }
        Anchor anchor = new Anchor(url, link.label(), AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        anchor.addClassName("footer-link");
        return anchor;
    }
}
