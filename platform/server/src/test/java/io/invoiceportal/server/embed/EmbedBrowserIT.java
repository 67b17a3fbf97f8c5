package io.invoiceportal.server.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Https;
import io.invoiceportal.server.testing.PartnerSite;
import io.invoiceportal.server.testing.PortalApp;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium, a page on another site (127.0.0.2) embeds the portal with the loader and a portal
 * session: the iframe signs in with the partitioned embedded cookie, shows the invoices and tells
 * the host page ready, resize, navigate, signed-out and, opened again without a session,
 * session-expired; a site the tenant did not list (127.0.0.3) cannot frame it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class EmbedBrowserIT {
    static final Https TLS = Https.selfSigned();
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("embed-browser",
            TLS.portalConnector().toArray(ConfigOverride[]::new));
    static Browser browser;
    static PartnerSite partner;
    static PartnerSite stranger;
    static Http api;
    static String key;
    static String portal;

    @BeforeAll
    static void start() {
        portal = "https://localhost:" + APP.getLocalPort();
        api = new Http(portal + "/api", TLS.sslContext());
        key = PortalApp.acmeWithCustomer(api, "Acme Energie B.V.", "Bakkerij De Korenschoof B.V.", "korenschoof");
        for (int i = 1; i <= 3; i++) {
            api.post("/v1/tenants/acme/invoices", key, Map.of("invoiceNumber", "2026-000" + i, "customerNumber", "C-1",
                    "issueDate", "2026-03-0" + i, "dueDate", "2026-12-31", "currency", "EUR", "category", "Energie",
                    "lines", List.of(Map.of("name", "Levering", "quantity", "1", "unitPrice", "100", "vatCategory", "S",
                            "vatRate", "21"))));
        }
        PortalApp.activate(APP, "acme", "C-1", "Factuur2026");
        partner = new PartnerSite(TLS, "127.0.0.2", hostPage(), EmbedBrowserIT::freshSession);
        stranger = new PartnerSite(TLS, "127.0.0.3", hostPage(), EmbedBrowserIT::freshSession);
        assertThat(api.put("/v1/tenants/acme/settings", key, Map.of("embedOrigins", List.of(partner.origin())))
                .status()).isEqualTo(200);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        partner.close();
        stranger.close();
    }

    /** The partner's page: the two lines of the loader, and a list of the events the element dispatched. */
    private static String hostPage() {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Partner</title>"
                + "<script>window.portalEvents = [];"
                + "['ready','resize','navigate','signed-out','session-expired'].forEach(function (name) {"
                + "document.addEventListener('invoice-portal:' + name, function (e) {"
                + "window.portalEvents.push({type: e.type, detail: e.detail}); }); });</script>"
                + "<script src=\"" + portal + "/t/acme/embed.js\"></script></head><body><h1>Partner</h1>"
                + "<invoice-portal tenant=\"acme\" session-url=\"/session\"></invoice-portal></body></html>";
    }

    /** What the partner's back-end does: a portal session for its customer C-1, on the portal's address. */
    private static String freshSession() {
        String url = api.post("/v1/tenants/acme/portal-sessions", key, Map.of("customerNumber", "C-1", "language", "en"))
                .json().path("url").asText();
        URI uri = URI.create(url);
        return portal + uri.getRawPath() + "?" + uri.getRawQuery();
    }

    @Test
    void aPartnerPageEmbedsThePortalAndHearsItsEvents() {
        Page page = browser.newHttpsPage("en-GB");
        page.navigate(partner.origin() + "/");
        page.waitForFunction("() => window.portalEvents.some(e => e.type === 'invoice-portal:ready')");
        FrameLocator frame = page.frameLocator("invoice-portal iframe");
        frame.locator("vaadin-grid").waitFor();
        assertThat(frame.locator("vaadin-grid").innerText()).contains("2026-0001", "2026-0003");

        Frame embedded = page.frames().stream().filter(f -> f.url().contains("/embed/invoices")).findFirst().orElseThrow();
        embedded.waitForFunction("() => document.documentElement.scrollHeight <= window.innerHeight"
                + " && document.querySelector('.embedded-page').getBoundingClientRect().height > 200");
        Number height = (Number) page.evaluate("() => window.portalEvents.filter(e => e.type === 'invoice-portal:resize')"
                + ".slice(-1)[0].detail.height");
        Number frameHeight = (Number) page.evaluate("() => document.querySelector('invoice-portal iframe')"
                + ".getBoundingClientRect().height");
        assertThat(frameHeight.intValue()).as("the loader sizes the iframe to the last resize").isEqualTo(height.intValue());
        Number pageHeight = (Number) embedded.evaluate("() => document.querySelector('.embedded-page').getBoundingClientRect().height");
        assertThat(height.intValue()).as("no scroll bar inside the iframe, no empty space below the page")
                .isEqualTo((int) Math.ceil(pageHeight.doubleValue()));
        Browser.screenshot(page, "embed-partner-page");

        frame.locator(".embed-profile").click();
        page.waitForFunction("() => window.portalEvents.some(e => e.type === 'invoice-portal:navigate'"
                + " && e.detail.path === '/t/acme/embed/profile')");
        frame.locator(".logout").click();
        page.waitForFunction("() => window.portalEvents.some(e => e.type === 'invoice-portal:signed-out')");
        frame.locator(".embed-ended").waitFor();
        assertThat(frame.locator("h1").innerText()).isEqualTo("You have signed out");

        // the session is gone: an embedded page opened again tells the host page to hand over anew
        page.evaluate("url => document.querySelector('invoice-portal iframe').src = url", portal + "/t/acme/embed/invoices");
        page.waitForFunction("() => window.portalEvents.some(e => e.type === 'invoice-portal:session-expired')");
        frame.locator(".embed-ended").waitFor();
    }

    @Test
    void theLoaderIsPublicCacheableJavaScriptOfKnownTenantsOnly() {
        Http anyone = new Http(portal, TLS.sslContext());
        Http.Answer loader = anyone.get("/t/acme/embed.js", null);
        assertThat(loader.status()).isEqualTo(200);
        assertThat(loader.header("Content-Type")).startsWith("text/javascript");
        assertThat(loader.header("Cache-Control")).isEqualTo("public, max-age=3600");
        assertThat(loader.body()).contains("customElements.define('invoice-portal'").contains("var scriptTenant = 'acme';")
                .doesNotContain("__TENANT__");
        assertThat(loader.raw().headers().allValues("Set-Cookie")).isEmpty();
        assertThat(anyone.get("/t/nobody/embed.js", null).status()).isEqualTo(404);
        assertThat(anyone.send("POST", "/t/acme/embed.js", null, "{}", "application/json", Map.of()).status())
                .isEqualTo(405);
    }

    @Test
    void aSiteTheTenantDidNotListCannotFrameThePortal() {
        Page page = browser.newHttpsPage("en-GB");
        page.navigate(stranger.origin() + "/");
        page.locator("invoice-portal iframe").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED));
        page.waitForTimeout(4000);
        assertThat((Number) page.evaluate("() => window.portalEvents.length")).isEqualTo(0);
        Frame child = page.frames().stream().filter(f -> f != page.mainFrame()).findFirst().orElseThrow();
        assertThat(child.url()).doesNotContain("/embed/invoices");
        assertThat(page.frames().stream().anyMatch(f -> f.url().contains("/t/acme/embed/") && f.url().startsWith(portal)
                && !f.content().isBlank() && f.content().contains("vaadin-grid"))).isFalse();
    }
}
