package io.invoiceportal.server.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PortalApp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Vaadin and Jersey share one Dropwizard port of the real application: Vaadin owns /*, Jersey /api/*. */
@ExtendWith(DropwizardExtensionsSupport.class)
class VaadinWiringIT {

    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("vaadin");

    @BeforeAll
    static void tenant() {
        new Http("http://localhost:" + APP.getLocalPort() + "/api").post("/v1/tenants", PortalApp.ADMIN_KEY,
                Map.of("slug", "demo-supplies", "name", "Demo Supplies B.V.", "language", "nl"));
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void tenantPageIsRenderedByVaadinOnTheFirstRequest() throws Exception {
        HttpResponse<String> response = get("/t/demo-supplies");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("window.Vaadin", "Demo Supplies B.V.", "Welkom bij het facturenportaal");
    }

    @Test
    void unknownTenantGetsTheFriendly404() throws Exception {
        HttpResponse<String> response = get("/t/no-such-tenant");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Deze portal bestaat niet", "This portal does not exist");
    }

    @Test
    void unknownRouteGetsTheFriendly404() throws Exception {
        HttpResponse<String> response = get("/no/such/page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Deze portal bestaat niet", "This portal does not exist");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> response = get("/t/demo-supplies");

        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void lumoStylesheetIsServedFromTheClassPath() throws Exception {
        HttpResponse<String> response = get("/lumo/lumo.css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("--lumo-");
    }

    @Test
    void vaadinRunsInProductionMode() throws Exception {
        HttpResponse<String> response = get("/t/demo-supplies");

        // the pre-compiled production bundle, not the dev server or dev bundle
        assertThat(response.body()).contains("./VAADIN/build/indexhtml-").doesNotContain("vaadin-dev-tools", "@vite");
    }

    @Test
    void jerseyStillAnswersUnderApi() throws Exception {
        HttpResponse<String> response = get("/api/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + APP.getLocalPort() + path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
