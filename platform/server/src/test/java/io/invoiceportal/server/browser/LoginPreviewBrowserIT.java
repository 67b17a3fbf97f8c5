package io.invoiceportal.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PortalApp;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The login preview link shows the real login screen in Chromium with the unsaved branding, marked as a preview, signing nobody in. */
@ExtendWith(DropwizardExtensionsSupport.class)
class LoginPreviewBrowserIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("loginpreview");
    static Browser browser;
    static String base;
    static String key;
    static String otherKey;

    @BeforeAll
    static void setUp() {
        base = "http://localhost:" + APP.getLocalPort();
        Http admin = new Http(base + "/api");
        key = admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "lp", "name", "Stored Name B.V.",
                "language", "en")).json().path("apiKey").asText();
        otherKey = admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "lp-other", "name", "Other B.V."))
                .json().path("apiKey").asText();
        browser = new Browser();
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The path and query of a preview link (the test server's port may differ from the configured public URL). */
    static String pathOf(JsonNode answer) {
        URI url = URI.create(answer.path("url").asText());
        return url.getRawPath() + "?" + url.getRawQuery();
    }

    /** The link works for 10 minutes and shows the unsaved display name and intro with a preview notice; the login button does nothing. */
    @Test
    void previewShowsUnsavedBranding() {
        Http issuer = new Http(base + "/api");
        Http.Answer answer = issuer.post("/v1/tenants/lp/settings/preview?part=login", key, Map.of("branding", Map.of(
                "displayName", "Unsaved Display Name", "primaryColor", "#5b2a86",
                "texts", Map.of("en", Map.of("loginIntro", "Unsaved intro of {portalName}.")))));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Instant expires = Instant.parse(answer.json().path("expiresAt").asText());
        assertThat(expires).isBetween(Instant.now().plus(Duration.ofMinutes(9)), Instant.now().plus(Duration.ofMinutes(11)));
        assertThat(answer.json().path("url").asText()).contains("/t/lp/login?preview=");

        Page page = browser.newPage("en-GB");
        page.navigate(base + pathOf(answer.json()));
        page.locator(".preview-notice").waitFor();
        assertThat(page.locator(".preview-notice").innerText()).contains("Preview");
        assertThat(page.content()).contains("Unsaved intro of Unsaved Display Name.");
        assertThat(page.title()).contains("Unsaved Display Name");
        assertThat(page.locator("vaadin-button[theme~='primary']").isDisabled()).isTrue();
        Browser.screenshot(page, "login-preview");
        assertThat(issuer.get("/v1/tenants/lp/settings", key).json().path("branding").path("displayName").isNull())
                .as("nothing saved").isTrue();

        Page stored = browser.newPage("en-GB");
        stored.navigate(base + "/t/lp/login");
        stored.locator("vaadin-button[theme~='primary']").waitFor();
        assertThat(stored.content()).doesNotContain("Unsaved Display Name");
        assertThat(stored.locator(".preview-notice").count()).isZero();
    }

    /** Another tenant's preview token, or a made-up one, shows the tenant's own saved login page without a notice. */
    @Test
    void otherTenantsTokenShowsNoPreview() {
        Http issuer = new Http(base + "/api");
        JsonNode other = issuer.post("/v1/tenants/lp-other/settings/preview?part=login", otherKey,
                Map.of("branding", Map.of("displayName", "Other Preview"))).json();
        String token = URI.create(other.path("url").asText()).getRawQuery().replace("preview=", "");
        for (String t : new String[] {token, "made-up-token"}) {
            Page page = browser.newPage("en-GB");
            page.navigate(base + "/t/lp/login?preview=" + t);
            page.locator("vaadin-button[theme~='primary']").waitFor();
            assertThat(page.content()).doesNotContain("Other Preview").contains("Stored Name B.V.");
            assertThat(page.locator(".preview-notice").count()).isZero();
            assertThat(page.locator("vaadin-button[theme~='primary']").isDisabled()).isFalse();
        }
    }
}
