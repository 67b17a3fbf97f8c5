package io.invoiceportal.server.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.ui.UiServices;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Vaadin and Jersey share one Dropwizard port: Vaadin owns /*, Jersey /api/*. */
@ExtendWith(DropwizardExtensionsSupport.class)
class VaadinWiringIT {

    static final DropwizardAppExtension<Configuration> APP =
            new DropwizardAppExtension<>(TestApp.class, ResourceHelpers.resourceFilePath("vaadin-wiring-it.yml"));

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void tenantPageIsRenderedByVaadinOnTheFirstRequest() throws Exception {
        HttpResponse<String> response = get("/t/demo");

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
        HttpResponse<String> response = get("/t/demo");

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
        HttpResponse<String> response = get("/t/demo");

        // the pre-compiled production bundle, not the dev server or dev bundle
        assertThat(response.body()).contains("./VAADIN/build/indexhtml-").doesNotContain("vaadin-dev-tools", "@vite");
    }

    @Test
    void jerseyStillAnswersUnderApi() throws Exception {
        HttpResponse<String> response = get("/api/ping");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("pong");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + APP.getLocalPort() + path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The smallest application that wires Vaadin the way PortalApplication does. */
    public static class TestApp extends Application<Configuration> {
        @Override
        public void run(Configuration configuration, Environment environment) {
            environment.jersey().register(new PingResource());
            VaadinWiring.install(environment, new UiServices(new OneTenant()));
        }
    }

    @Path("/ping")
    public static class PingResource {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String ping() {
            return "pong";
        }
    }

    /** Knows the tenant "demo" only; no database. */
    static class OneTenant extends TenantService {
        static final Tenant DEMO = new Tenant(1, "demo", "Demo Supplies B.V.", "nl", null,
                new Tenant.Branding("#1f6feb", "#ffb000",
                        "<svg xmlns='http://www.w3.org/2000/svg' width='64' height='64'><circle cx='32' cy='32' r='30' fill='white'/></svg>"),
                List.of("nl", "en"), List.of(), List.of(), List.of(), List.of());

        OneTenant() {
            super(null);
        }

        @Override
        public Optional<Tenant> findBySlug(String slug) {
            return DEMO.slug().equals(slug) ? Optional.of(DEMO) : Optional.empty();
        }
    }
}
