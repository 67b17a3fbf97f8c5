package io.invoiceportal.ui.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Style;
import io.invoiceportal.core.tenant.BrandingCheck;
import io.invoiceportal.core.tenant.Fonts;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.NotFoundView;
import io.invoiceportal.ui.access.Languages;
import io.invoiceportal.ui.testing.PortalUiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tenant's branding on the Vaadin screens: look, names, footer and login text, all from settings at runtime. */
class BrandingOnScreensTest extends PortalUiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Stores {@code branding} as the tenant's (as the settings would after validation) and reads the tenant anew. */
    private Tenant brand(Tenant t, Map<String, Object> branding) throws Exception {
        jdbi.useHandle(h -> h.createUpdate("update tenant set settings = jsonb_set(settings, '{branding}', cast(:json as jsonb))"
                + " where id = :id").bind("json", JSON.writeValueAsString(branding)).bind("id", t.id()).execute());
        return tenants.findBySlug(t.slug()).orElseThrow();
    }

    private static Map<String, Object> sample() {
        return Map.of("displayName", "Zonnedak Energie", "primaryColor", "#0b4f8a", "accentColor", "#8cc63f",
                "fontFamily", "transitional",
                "logoSvg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>",
                "footer", Map.of("nl", Map.of("text", "Zonnedak Energie B.V. · KvK 12345678 <b>vet</b>",
                        "links", List.of(Map.of("label", "Privacy", "url", "https://zonnedak.example/privacy"),
                                Map.of("label", "Kwaad", "url", "javascript:alert(1)")))),
                "texts", Map.of("nl", Map.of("loginIntro", "Welkom bij {portalName}: uw facturen op één plek.")));
    }

    /** Every tenant page carries Lumo's primary colour and font and the header colours of the tenant, text made readable. */
    @Test
    void theLookIsSetAsLumoProperties() throws Exception {
        Tenant branded = brand(tenant, sample());
        navigate("t/" + branded.slug() + "/login");

        Style style = UI.getCurrent().getElement().getStyle();
        assertThat(style.get("--lumo-primary-color")).isEqualTo("#0b4f8a");
        assertThat(style.get("--lumo-primary-contrast-color")).isEqualTo("#ffffff");
        assertThat(style.get("--lumo-primary-color-50pct")).isEqualTo("rgba(11, 79, 138, 0.5)");
        assertThat(style.get("--lumo-font-family")).isEqualTo(Fonts.stack("transitional"));
        assertThat(style.get("--portal-header-color")).isEqualTo("#8cc63f");
        assertThat(style.get("--portal-header-text-color")).as("white on light green is unreadable").isEqualTo("#1a1a1a");
        assertThat(style.get("--portal-logo-background")).as("a light header needs no plate").isEqualTo("transparent");
        assertThat(_get(PortalHeader.class).getStyle().get("background-color")).isEqualTo("var(--portal-header-color)");
    }

    /** On a dark header the text is white and the logo (mostly drawn for light backgrounds) sits on a white plate. */
    @Test
    void aDarkHeaderHasWhiteTextAndALogoPlate() throws Exception {
        Tenant dark = brand(tenant, Map.of("primaryColor", "#4fa3e0", "accentColor", "#12355b"));
        navigate("t/" + dark.slug() + "/login");

        Style style = UI.getCurrent().getElement().getStyle();
        assertThat(style.get("--portal-header-text-color")).isEqualTo("#ffffff");
        assertThat(style.get("--portal-logo-background")).isEqualTo("#ffffff");
        assertThat(style.get("--lumo-primary-contrast-color")).as("white on light blue is 2.7:1").isEqualTo("#1a1a1a");
    }

    /** A stored colour that is not #rrggbb never reaches a style: the portal's default colours are used instead. */
    @Test
    void aStrangeStoredColourFallsBackToTheDefault() throws Exception {
        Tenant odd = brand(tenant, Map.of("primaryColor", "red; background-image: url(//evil)", "accentColor", "#12"));
        navigate("t/" + odd.slug() + "/login");

        Style style = UI.getCurrent().getElement().getStyle();
        assertThat(style.get("--lumo-primary-color")).isEqualTo(BrandingCheck.DEFAULT_PRIMARY);
        assertThat(style.get("--portal-header-color")).isEqualTo(BrandingCheck.DEFAULT_ACCENT);
    }

    /** The header shows the logo and the display name; the tab title is "screen – display name". */
    @Test
    void headerAndTitleUseTheDisplayName() throws Exception {
        Tenant branded = brand(tenant, sample());
        navigate("t/" + branded.slug() + "/login");

        assertThat(_get(PortalHeader.class, spec -> spec.withClasses("portal-header")).getElement().getTextRecursively())
                .contains("Zonnedak Energie");
        assertThat(_get(Image.class, spec -> spec.withClasses("tenant-logo")).getAlt()).contains("Logo van Zonnedak Energie");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Inloggen – Zonnedak Energie");
    }

    /** The footer is plain text; only https and mailto addresses become links, which never give the other site this page. */
    @Test
    void theFooterIsPlainTextWithSafeLinks() throws Exception {
        Tenant branded = brand(tenant, sample());
        navigate("t/" + branded.slug() + "/login");

        PortalFooter footer = _get(PortalFooter.class);
        assertThat(_get(footer, Span.class, spec -> spec.withClasses("footer-text")).getText())
                .isEqualTo("Zonnedak Energie B.V. · KvK 12345678 <b>vet</b>");
        Anchor privacy = _get(footer, Anchor.class);
        assertThat(privacy.getHref()).isEqualTo("https://zonnedak.example/privacy");
        assertThat(privacy.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(_find(footer, Span.class, spec -> spec.withText("Kwaad"))).hasSize(1);
        assertThat(footer.getElement().hasAttribute("lang")).as("in the reader's language").isFalse();
    }

    /** A reader of a language the footer lacks gets the default language's footer, marked with that language. */
    @Test
    void theFooterFallsBackToTheDefaultLanguage() throws Exception {
        Tenant branded = brand(tenant, sample());
        Languages.choose(UI.getCurrent().getSession(), "en");
        navigate("t/" + branded.slug() + "/login");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(_get(PortalFooter.class).getElement().getAttribute("lang")).isEqualTo("nl");
    }

    /** A tenant without a footer gets none. */
    @Test
    void noFooterWithoutOne() {
        navigate("t/" + tenant.slug() + "/login");
        assertThat(_find(PortalFooter.class)).isEmpty();
    }

    /** The login page shows the tenant's introduction in the reader's language with {portalName} filled, else the portal's own. */
    @Test
    void theLoginIntroIsTheTenantsInItsLanguage() throws Exception {
        Tenant branded = brand(tenant, sample());
        navigate("t/" + branded.slug() + "/login");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("login-intro")).getText())
                .isEqualTo("Welkom bij Zonnedak Energie: uw facturen op één plek.");

        Languages.choose(UI.getCurrent().getSession(), "en");
        navigate("t/" + branded.slug() + "/login");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("login-intro")).getText())
                .isEqualTo("Sign in to the invoice portal of Zonnedak Energie to see and download your invoices.");
    }

    /** Vaadin's not-found page of a tenant carries its look, footer and display name. */
    @Test
    void theNotFoundPageIsBranded() throws Exception {
        Tenant branded = brand(tenant, sample());
        navigate("t/" + branded.slug() + "/missing-for-test"); // ErrorViewsTest.MissingView: Karibu's router throws on unknown pages

        assertThat(_get(NotFoundView.class)).isNotNull();
        assertThat(UI.getCurrent().getElement().getStyle().get("--portal-header-color")).isEqualTo("#8cc63f");
        assertThat(_find(PortalFooter.class)).hasSize(1);
        assertThat(UI.getCurrent().getInternals().getTitle()).endsWith(" – Zonnedak Energie");
    }
}
