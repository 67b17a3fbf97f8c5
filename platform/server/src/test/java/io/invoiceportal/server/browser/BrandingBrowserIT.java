package io.invoiceportal.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.core.tenant.Contrast;
import io.invoiceportal.core.tenant.Fonts;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.Services;
import io.invoiceportal.server.e2e.Axe;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PortalApp;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two tenants with clearly different brands in Chromium (Hollandse Energie's sample brand: dark greens;
 * Northwind's overwritten: light blue and amber): login, invoice list and profile carry each one's
 * colours, font, logo, icon, footer, texts and titles, at runtime from the settings, and axe finds no
 * serious or critical violation (contrast included) with either, even with a light primary colour that
 * white text would fail on.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BrandingBrowserIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("branding");
    static final ObjectMapper JSON = new ObjectMapper();
    static Browser browser;
    static String base;

    /** A tenant's brand as the test stores it, and who signs in to see it. */
    record Brand(String slug, String locale, String login, String displayName, String primary, String accent, String font,
            String iconType, String footerText, String footerLink, String intro, String invoices, String profile) {
        @Override
        public String toString() {
            return slug;
        }
    }

    /** The sample's own brand, as tenants-sample/hollandse-energie/tenant.yml has it and the sample loader stores it. */
    static final Brand HOLLANDSE = new Brand("hollandse-energie", "nl-NL", "korenschoof", "Hollandse Energie", "#1b7340",
            "#0e5a35", "humanist", "image/svg+xml", "Hollandse Energie B.V. · Energieweg 14, 3821 AE Amersfoort · KvK 68830021",
            "Privacyverklaring", "Log in op Hollandse Energie voor uw facturen van stroom, gas en water.",
            "Facturen", "Profiel");
    /**
     * Northwind with other values stored over its sample brand: a light primary colour as stored before
     * contrast was checked (white on it is 2.7:1, so buttons get dark text), a light header (dark text),
     * a PNG icon and its own footer and intro.
     */
    static final Brand NORTHWIND = new Brand("northwind-facilities", "en-GB", "liffeyquay", "Northwind Facilities", "#4fa3e0",
            "#f0c24b", "transitional", "image/png", "Northwind Facilities Ltd · Registered in Ireland No. 654321",
            "Accessibility statement", "Sign in to Northwind Facilities to view your facility management invoices.",
            "Invoices", "Profile");

    static Stream<Brand> brands() {
        return Stream.of(HOLLANDSE, NORTHWIND);
    }

    @BeforeAll
    static void setUp() throws Exception {
        base = "http://localhost:" + APP.getLocalPort();
        Services services = APP.<PortalApplication>getApplication().services();
        services.sampleLoader().loadAll(Path.of(PortalApp.configFile()).resolveSibling("tenants-sample"));
        Map<String, Object> northwind = new java.util.HashMap<>(Map.of(
                "faviconPng", png(),
                "footer", Map.of("en", Map.of("text", NORTHWIND.footerText(), "links", List.of(
                        Map.of("label", NORTHWIND.footerLink(), "url", "https://northwind-facilities.example/accessibility"),
                        Map.of("label", "Terms", "url", "https://northwind-facilities.example/terms")))),
                "texts", Map.of("en", Map.of("loginIntro", "Sign in to {portalName} to view your facility management invoices."))));
        northwind.put("faviconSvg", null); // the sample's SVG icon would come before the PNG
        brand(services, NORTHWIND, northwind);
        new Axe(); // fails at once, naming the fix, when axe-core is not installed
        browser = new Browser();
    }

    /**
     * The settings' branding merged with the brand's values, straight into tenant.settings: the REST
     * checks would refuse the light primary colour, which older settings may still hold.
     */
    private static void brand(Services services, Brand brand, Map<String, Object> more) throws Exception {
        Map<String, Object> branding = new java.util.HashMap<>(more);
        branding.putAll(Map.of("displayName", brand.displayName(), "primaryColor", brand.primary(),
                "accentColor", brand.accent(), "fontFamily", brand.font()));
        services.jdbi().useHandle(h -> h.createUpdate("update tenant set settings = jsonb_set(settings, '{branding}',"
                + " settings->'branding' || cast(:json as jsonb)) where slug = :slug")
                .bind("json", JSON.writeValueAsString(branding)).bind("slug", brand.slug()).execute());
    }

    /** A 32 × 32 PNG icon: a navy square with a light blue one inside. */
    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x12355b));
        g.fillRect(0, 0, 32, 32);
        g.setColor(new Color(0x4fa3e0));
        g.fillRect(8, 8, 16, 16);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * Login, invoice list and profile of each tenant: buttons in its primary colour with readable text,
     * the header in its accent colour with readable text, its font, logo, icon, footer and intro, titles
     * "screen – display name"; axe passes on each.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brands")
    void everyScreenCarriesTheBrand(Brand brand) throws Exception {
        Axe axe = new Axe();
        Page page = browser.newPage(brand.locale());
        page.navigate(base + "/t/" + brand.slug() + "/login");
        assertThat(page.locator(".login-intro")).hasText(brand.intro());
        assertBranded(page, brand, page.locator("vaadin-button[theme~=primary]"));
        assertThat(page).hasTitle(page.locator("h1").textContent() + " – " + brand.displayName());
        shoot(page, brand, "login", axe);

        page.locator("vaadin-text-field input").first().fill(brand.login());
        page.locator("vaadin-password-field input").fill("Factuur2026");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/t/" + brand.slug() + "/invoices.*"));
        page.waitForCondition(() -> page.locator("vaadin-grid a.invoice-number").count() > 0);
        assertBranded(page, brand, page.locator("vaadin-button[theme~=primary]").first());
        assertThat(page).hasTitle(brand.invoices() + " – " + brand.displayName());
        Object link = page.locator("vaadin-grid a.invoice-number").first().evaluate("a => getComputedStyle(a).color");
        assertThat(Contrast.ratio(hex(link.toString()), "#ffffff")).as("invoice links readable on white")
                .isGreaterThanOrEqualTo(Contrast.MINIMUM);
        shoot(page, brand, "invoices", axe);

        page.navigate(base + "/t/" + brand.slug() + "/profile");
        assertBranded(page, brand, page.locator("vaadin-button[theme~=primary]").first());
        assertThat(page).hasTitle(brand.profile() + " – " + brand.displayName());
        shoot(page, brand, "profile", axe);
        page.context().close();

        assertThat(axe.violations()).as("serious or critical axe violations with the brand of " + brand.slug()).isEmpty();
    }

    /** The tenant's icon is served with its media type, cache headers and (SVG) a policy that runs nothing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brands")
    void theIconIsTheTenants(Brand brand) {
        Page page = browser.newPage(brand.locale());
        page.navigate(base + "/t/" + brand.slug() + "/login");
        Locator icon = page.locator("link[rel~=icon][href*='/t/" + brand.slug() + "/favicon?v=']");
        assertThat(icon).hasCount(1);
        assertThat(page.locator("link[rel~=icon]")).hasCount(1);
        APIResponse served = page.request().get((String) icon.evaluate("link => link.href"));

        assertThat(served.status()).isEqualTo(200);
        assertThat(served.headers()).containsEntry("content-type", brand.iconType())
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'")
                .containsKey("etag");
        assertThat(served.headers().get("cache-control")).contains("max-age=");
        APIResponse again = page.request().get((String) icon.evaluate("link => link.href"),
                RequestOptions.create().setHeader("If-None-Match", served.headers().get("etag")));
        assertThat(again.status()).as("revalidated by ETag").isEqualTo(304);
        page.context().close();
    }

    /** A tenant with neither favicon nor logo gets the portal's icon; an unknown tenant's icon is not found. */
    @Test
    void withoutAnIconThePortalsIsServed() {
        new Http(base + "/api").post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "plain-co", "name", "Plain Co"));
        Page page = browser.newPage("en-GB");
        APIResponse plain = page.request().get(base + "/t/plain-co/favicon");
        APIResponse portal = page.request().get(base + "/favicon.ico");
        APIResponse unknown = page.request().get(base + "/t/nobody-here/favicon");

        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.headers().get("content-type")).startsWith("image/");
        assertThat(plain.body()).isEqualTo(portal.body());
        assertThat(unknown.status()).isEqualTo(404);
        page.context().close();
    }

    /** Error pages under a tenant's address wear its brand: Vaadin's page not found, and the server's own error page. */
    @Test
    void errorPagesCarryTheBrand() throws Exception {
        Axe axe = new Axe();
        Page page = browser.newPage(HOLLANDSE.locale());
        page.navigate(base + "/t/" + HOLLANDSE.slug() + "/bestaat-niet");
        assertThat(page.locator(".portal-footer")).containsText(HOLLANDSE.footerText());
        assertHeader(page, HOLLANDSE);
        assertThat(page).hasTitle("Pagina niet gevonden – " + HOLLANDSE.displayName());
        shoot(page, HOLLANDSE, "not-found", axe);

        APIResponse refused = page.request().post(base + "/t/" + HOLLANDSE.slug() + "/favicon",
                RequestOptions.create().setHeader("Accept-Language", "nl-NL"));
        assertThat(refused.status()).isEqualTo(405);
        page.setContent(refused.text());
        assertHeader(page, HOLLANDSE);
        assertThat(page.locator("header")).containsText(HOLLANDSE.displayName());
        assertThat(page.locator("footer a").first()).hasAttribute("rel", "noopener noreferrer");
        assertThat(page.locator("link[rel=icon]")).hasAttribute("href", Pattern.compile("/t/hollandse-energie/favicon\\?v=.+"));
        shoot(page, HOLLANDSE, "server-error", axe);
        page.context().close();
        assertThat(axe.violations()).isEmpty();
    }

    private static void assertBranded(Page page, Brand brand, Locator primaryButton) {
        primaryButton.waitFor();
        assertThat(primaryButton).hasCSS("background-color", rgb(brand.primary()));
        assertThat(primaryButton).hasCSS("color", rgb(Contrast.textOn(brand.primary())));
        assertThat(primaryButton).hasCSS("font-family", startsWithFont(brand));
        assertHeader(page, brand);
        assertThat(page.locator("img.tenant-logo")).isVisible();
        assertThat(page.locator(".tenant-name")).hasText(brand.displayName());
        Locator footer = page.locator(".portal-footer");
        assertThat(footer).containsText(brand.footerText());
        assertThat(footer.getByText(brand.footerLink())).hasAttribute("rel", "noopener noreferrer");
        assertThat(page.locator("link[rel~=icon]")).hasAttribute("href",
                Pattern.compile("/t/" + brand.slug() + "/favicon\\?v=[0-9a-f]{16}$"));
    }

    private static void assertHeader(Page page, Brand brand) {
        Locator header = page.locator(".portal-header, body > header").first();
        assertThat(header).hasCSS("background-color", rgb(brand.accent()));
        assertThat(header).hasCSS("color", rgb(Contrast.textOn(brand.accent())));
        assertThat(page.locator("body")).hasCSS("font-family", startsWithFont(brand));
    }

    private static void shoot(Page page, Brand brand, String screen, Axe axe) {
        page.waitForTimeout(300); // the icon and fonts settle
        Browser.screenshot(page, "brand-" + brand.slug() + "-" + screen);
        axe.check(page, brand.slug() + " " + screen);
    }

    /** The computed font-family begins with the first font of the brand's stack (Playwright takes a JavaScript regex: no Pattern.quote). */
    private static Pattern startsWithFont(Brand brand) {
        String first = Fonts.stack(brand.font()).split(",")[0];
        return Pattern.compile("^" + first.replaceAll("[^A-Za-z0-9 ]", "\\\\$0") + ",");
    }

    private static String rgb(String hex) {
        int[] c = Contrast.rgb(hex);
        return "rgb(" + c[0] + ", " + c[1] + ", " + c[2] + ")";
    }

    private static String hex(String rgb) {
        String[] c = rgb.replaceAll("[^0-9,]", "").split(",");
        return String.format("#%02x%02x%02x", Integer.parseInt(c[0]), Integer.parseInt(c[1]), Integer.parseInt(c[2]));
    }
}
