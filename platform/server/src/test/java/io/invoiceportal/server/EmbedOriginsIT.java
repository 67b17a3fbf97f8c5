package io.invoiceportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PortalApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant's embedOrigins, and only they, may frame that tenant's embedded pages; every other page,
 * the tenant's normal ones included, only the portal itself; origins are checked strictly.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class EmbedOriginsIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("embed");
    static Http api;
    static Http site;
    static String acmeKey;

    @BeforeAll
    static void tenants() {
        String base = "http://localhost:" + APP.getLocalPort();
        api = new Http(base + "/api");
        site = new Http(base);
        acmeKey = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme B.V."))
                .json().path("apiKey").asText();
        api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "other", "name", "Other B.V."));
    }

    @Test
    void embedOriginsFrameOnlyTheirTenantsEmbeddedPages() {
        Answer put = api.put("/v1/tenants/acme/settings", acmeKey,
                Map.of("embedOrigins", List.of("https://www.acme.example", "https://Partner.example:8443")));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().path("embedOrigins").toString())
                .isEqualTo("[\"https://www.acme.example\",\"https://partner.example:8443\"]");

        for (String page : List.of("/t/acme/embed/invoices", "/t/acme/embed/invoices/2026-1", "/t/acme/embed/profile",
                "/t/acme/portal-session?token=x", "/t/acme/sso?token=x")) {
            Answer a = site.get(page, null);
            assertThat(frameAncestors(a)).as(page)
                    .isEqualTo("frame-ancestors https://www.acme.example https://partner.example:8443");
            assertThat(a.header("X-Frame-Options")).as(page).isNull();
        }
        for (String other : List.of("/t/acme", "/t/acme/login", "/t/acme/invoices", "/t/acme/invoices/2026-1",
                "/t/acme/profile", "/t/acme/embedded", "/t/acme/invoices/embed", "/t/other/login", "/t/acme-x/login",
                "/api/v1/tenants/acme/settings", "/api/openapi.json", "/")) {
            Answer a = site.get(other, null);
            assertThat(frameAncestors(a)).as(other).isEqualTo("frame-ancestors 'self'");
            assertThat(a.header("X-Frame-Options")).as(other).isEqualTo("SAMEORIGIN");
        }

        assertThat(frameAncestors(site.get("/t/other/embed/invoices", null))).as("a tenant without embedOrigins")
                .isEqualTo("frame-ancestors 'none'");
        api.put("/v1/tenants/acme/settings", acmeKey, Map.of("embedOrigins", List.of()));
        assertThat(frameAncestors(site.get("/t/acme/embed/invoices", null))).isEqualTo("frame-ancestors 'none'");
        assertThat(frameAncestors(site.get("/t/acme/login", null))).isEqualTo("frame-ancestors 'self'");
    }

    @Test
    void onlyExactHttpsOriginsAreAccepted() {
        List<String> refused = List.of("http://partner.example", "https://*.partner.example", "https://partner.example/",
                "https://partner.example/embed", "https://partner.example:99999", "https://user@partner.example",
                "javascript:alert(1)", "https://partner.example 'unsafe-inline'", "*", "'self'", "https://",
                "https://partner.example;script-src *", "https://-bad.example");
        String key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "strict", "name", "Strict B.V."))
                .json().path("apiKey").asText();
        for (String origin : refused) {
            Answer put = api.put("/v1/tenants/strict/settings", key,
                    Map.of("embedOrigins", List.of("https://fine.example", origin)));
            assertThat(put.status()).as(origin).isEqualTo(422);
            assertThat(put.json().path("errors").findValuesAsText("field")).as(origin).containsExactly("embedOrigins[1]");
        }
        List<String> eleven = java.util.stream.IntStream.range(0, 11).mapToObj(i -> "https://s" + i + ".example").toList();
        assertThat(api.put("/v1/tenants/strict/settings", key, Map.of("embedOrigins", eleven))
                .json().path("errors").findValuesAsText("field")).containsExactly("embedOrigins");
        assertThat(frameAncestors(site.get("/t/strict/login", null))).isEqualTo("frame-ancestors 'self'");
    }

    private static String frameAncestors(Answer a) {
        String csp = a.header("Content-Security-Policy");
        assertThat(csp).isNotNull();
        return java.util.Arrays.stream(csp.split(";")).map(String::strip)
                .filter(d -> d.startsWith("frame-ancestors")).findFirst().orElseThrow();
    }
}
