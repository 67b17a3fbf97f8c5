package io.invoiceportal.server.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.embed.EmbedSessionHandler;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.Https;
import io.invoiceportal.server.testing.PortalApp;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sample partner site's back-end (tenants-sample/partner-site, started as its README says with
 * {@code java PartnerSite.java}) hands its user over to the portal: by portal session and by its own JWT.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PartnerSiteIT {
    static final Https TLS = Https.selfSigned();
    static final int PORT = PartnerSiteProcess.freePort();
    static final String PORTAL = "https://localhost:" + PORT;
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.onPort("partner-site", PORT,
            Stream.concat(TLS.portalConnector().stream(), Stream.of(ConfigOverride.config("publicUrl", PORTAL)))
                    .toArray(ConfigOverride[]::new));
    static PartnerSiteProcess site;
    static String key;

    @BeforeAll
    static void portalAndPartner() {
        Http api = new Http(PORTAL + "/api", TLS.sslContext());
        key = PortalApp.acmeWithCustomer(api, "Acme B.V.", "Bakkerij Een", "bakker1");
        PortalApp.activate(APP, "acme", "C-1", "Welkom-portal-2026");
        Answer secret = api.post("/v1/tenants/acme/settings/sso-secret", key, Map.of("iss", "https://127.0.0.2"));
        site = PartnerSiteProcess.start(TLS, "127.0.0.2", Map.of("PORTAL_URL", PORTAL, "PARTNER_TENANT", "acme",
                "PARTNER_API_KEY", key, "PARTNER_CUSTOMER", "C-1",
                "PARTNER_SSO_SECRET", secret.json().path("secret").asText(),
                "PARTNER_SSO_KID", secret.json().path("kid").asText(), "PARTNER_SSO_ISSUER", "https://127.0.0.2"));
        api.put("/v1/tenants/acme/settings", key, Map.of("embedOrigins", List.of(site.origin())));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.stop();
        }
    }

    /** The partner page carries the two lines: the portal's loader and the element with the back-end's session URL. */
    @Test
    void thePageLoadsThePortal() {
        Answer page = new Http(site.origin(), TLS.sslContext()).get("/", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"" + PORTAL + "/t/acme/embed.js\" defer></script>")
                .contains("<invoice-portal tenant=\"acme\" session-url=\"/portal-session\"></invoice-portal>");
    }

    /** /portal-session asks the portal for a portal session of its user and sends the browser there; it signs C-1 in. */
    @Test
    void aPortalSessionSignsTheUserIn() {
        signsIn("/portal-session", "/t/acme/portal-session?token=");
    }

    /** /sso-session signs a JWT with the tenant's HS256 secret; the portal accepts it and signs C-1 in. */
    @Test
    void itsOwnJwtSignsTheUserIn() {
        signsIn("/sso-session", "/t/acme/sso?token=");
    }

    private static void signsIn(String partnerPath, String portalPath) {
        Answer handOver = new Http(site.origin(), TLS.sslContext()).get(partnerPath, null);
        assertThat(handOver.status()).as(handOver.body()).isEqualTo(303);
        assertThat(handOver.header("Cache-Control")).isEqualTo("no-store");
        String location = handOver.header("Location");
        assertThat(location).startsWith(PORTAL + portalPath);

        Http browser = new Http(PORTAL, TLS.sslContext());
        Answer landing = browser.get(location.substring(PORTAL.length()), null);
        assertThat(landing.status()).as(landing.body()).isEqualTo(303);
        assertThat(landing.header("Location")).isEqualTo("/t/acme/embed/invoices");
        assertThat(browser.cookie(EmbedSessionHandler.EMBED_COOKIE)).isNotNull();
        Answer profile = browser.get("/api/v1/tenants/acme/me/profile", null);
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        assertThat(profile.json().path("customerNumber").asText()).isEqualTo("C-1");
        assertThat(new Http(PORTAL, TLS.sslContext()).get(location.substring(PORTAL.length()), null).status())
                .as("the same hand-over a second time").isIn(403, 410);
    }
}
