package io.invoiceportal.server.partner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Https;
import io.invoiceportal.server.testing.PortalApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole journey in Chromium over https: the sample partner site (tenants-sample/partner-site,
 * its own process on 127.0.0.2) embeds the portal (localhost) with its two lines of HTML; the
 * customer it hands over lists invoices, saves a PDF and a ZIP from the iframe, saves the profile and signs out,
 * and the page hears the events; its JWT page does the same hand-over with a token it signs itself.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SamplePartnerSiteBrowserIT {
    static final Https TLS = Https.selfSigned();
    static final int PORT = PartnerSiteProcess.freePort();
    static final String PORTAL = "https://localhost:" + PORT;
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.onPort("partner-browser", PORT,
            Stream.concat(TLS.portalConnector().stream(), Stream.of(ConfigOverride.config("publicUrl", PORTAL)))
                    .toArray(ConfigOverride[]::new));
    static PartnerSiteProcess site;
    static Browser browser;
    static Http api;
    static String key;

    @BeforeAll
    static void start() {
        api = new Http(PORTAL + "/api", TLS.sslContext());
        key = PortalApp.acmeWithCustomer(api, "Acme Energie B.V.", "Bakkerij De Korenschoof B.V.", "korenschoof");
        for (int i = 1; i <= 3; i++) {
            api.post("/v1/tenants/acme/invoices", key, Map.of("invoiceNumber", "2026-000" + i, "customerNumber", "C-1",
                    "issueDate", "2026-03-0" + i, "dueDate", "2026-12-31", "currency", "EUR", "category", "Energie",
                    "lines", List.of(Map.of("name", "Levering", "quantity", "1", "unitPrice", "100", "vatCategory", "S",
                            "vatRate", "21"))));
        }
        PortalApp.activate(APP, "acme", "C-1", "Factuur2026");
        var secret = api.post("/v1/tenants/acme/settings/sso-secret", key, Map.of("iss", "https://127.0.0.2")).json();
        site = PartnerSiteProcess.start(TLS, "127.0.0.2", Map.of("PORTAL_URL", PORTAL, "PARTNER_TENANT", "acme",
                "PARTNER_API_KEY", key, "PARTNER_CUSTOMER", "C-1", "PARTNER_SSO_SECRET", secret.path("secret").asText(),
                "PARTNER_SSO_KID", secret.path("kid").asText(), "PARTNER_SSO_ISSUER", "https://127.0.0.2"));
        api.put("/v1/tenants/acme/settings", key, Map.of("embedOrigins", List.of(site.origin())));
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (site != null) {
            site.stop();
        }
    }

    /** A page that records every event the <invoice-portal> element dispatches. */
    private static Page partnerPage(String path) {
        Page page = browser.newHttpsPage("nl-NL");
        page.addInitScript("window.portalEvents = [];"
                + "['ready','resize','navigate','signed-out','session-expired'].forEach(function (name) {"
                + "document.addEventListener('invoice-portal:' + name, function (e) {"
                + "if (e.target.tagName === 'INVOICE-PORTAL') window.portalEvents.push({type: name, detail: e.detail});"
                + "}, true); });");
        page.navigate(site.origin() + path);
        return page;
    }

    private static void heard(Page page, String event) {
        page.waitForFunction("name => window.portalEvents.some(e => e.type === name)", event);
    }

    /** Portal session: the list, a PDF and a ZIP saved from the iframe, the profile saved, and ready, resize, navigate and signed-out heard on the element. */
    @Test
    void theSamplePartnerSiteEmbedsThePortal() throws Exception {
        Page page = partnerPage("/");
        FrameLocator frame = page.frameLocator("invoice-portal iframe");
        frame.locator("vaadin-grid").waitFor();
        assertThat(frame.locator("vaadin-grid").innerText()).contains("2026-0001", "2026-0003");
        heard(page, "ready");
        heard(page, "resize");
        Browser.screenshot(page, "partner-site-embedded");

        Download pdf = page.waitForDownload(() -> frame.locator("a.invoice-number").first().click());
        assertThat(pdf.failure()).isNull();
        assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Locator rows = frame.getByRole(AriaRole.CHECKBOX, new FrameLocator.GetByRoleOptions().setName("Factuur selecteren"));
        rows.nth(0).check();
        rows.nth(1).check();
        Download zip = page.waitForDownload(() -> frame.getByRole(AriaRole.BUTTON,
                new FrameLocator.GetByRoleOptions().setName("Downloaden")).click());
        assertThat(zip.failure()).isNull();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip.path()))) {
            assertThat(in.getNextEntry()).isNotNull();
            assertThat(in.getNextEntry()).isNotNull();
        }

        frame.locator(".embed-profile").click();
        heard(page, "navigate");
        frame.locator(".profile-form").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Opslaan").setExact(true)).click();
        assertThat(frame.getByText("Uw profiel is opgeslagen")).isVisible();
        Browser.screenshot(page, "partner-site-profile-saved");

        // pressed with the keyboard: once in a full run a pointer click here reached no listener, most
        // likely while the host page was still resizing the frame after the saved notice (not proven)
        frame.locator(".logout").focus();
        frame.locator(".logout").press("Enter");
        heard(page, "signed-out");
        assertThat(frame.locator("h1")).hasText("U bent uitgelogd");
        assertThat((Boolean) page.evaluate("() => window.portalEvents.some(e => e.type === 'session-expired')")).isFalse();
    }

    /** The JWT page: the partner's back-end signs a token with the tenant's HS256 secret; the portal signs its user in. */
    @Test
    void theJwtPageSignsInToo() {
        Page page = partnerPage("/jwt.html");
        FrameLocator frame = page.frameLocator("invoice-portal iframe");
        frame.locator("vaadin-grid").waitFor();
        assertThat(frame.locator("vaadin-grid").innerText()).contains("2026-0002");
        Browser.screenshot(page, "partner-site-jwt");
    }

    /** A hand-over URL opened a second time shows the clear page, not the portal. */
    @Test
    void aReplayedUrlGetsTheClearPage() {
        Http partner = new Http(site.origin(), TLS.sslContext());
        String url = partner.get("/portal-session", null).header("Location");
        Page first = browser.newHttpsPage("nl-NL");
        first.navigate(url);
        first.waitForURL(Pattern.compile(".*/t/acme/embed/invoices.*"));
        Page again = browser.newHttpsPage("nl-NL");
        again.navigate(url);
        assertThat(again.locator("h1")).hasText("Deze aanmeldlink is al gebruikt");
        String jwtUrl = partner.get("/sso-session", null).header("Location");
        browser.newHttpsPage("nl-NL").navigate(jwtUrl);
        Page jwtAgain = browser.newHttpsPage("nl-NL");
        jwtAgain.navigate(jwtUrl);
        assertThat(jwtAgain.locator("h1")).hasText("Deze aanmeldlink werkt niet");
    }
}
