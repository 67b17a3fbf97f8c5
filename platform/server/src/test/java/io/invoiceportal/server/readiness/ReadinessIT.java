package io.invoiceportal.server.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PluginJars;
import io.invoiceportal.server.testing.PortalApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Readiness over REST with the real PDF plugin and a plugin jar whose "einvoice" format needs the
 * buyer's electronic address and the seller's contact e-mail ({@link EndpointExporter}).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ReadinessIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.withPlugins("readiness",
            PluginJars.folder("export-pdf-*.jar", "einvoice-test", EndpointExporter.class).toString());
    static Http api;
    static String acme;
    static String globex;

    @BeforeAll
    static void data() {
        api = new Http("http://localhost:" + APP.getLocalPort() + "/api");
        acme = tenant("acme");
        globex = tenant("globex");
        customer(acme, "acme", "C-1", null);
        customer(acme, "acme", "C-2", Map.of("scheme", "0106", "id", "12345678"));
        for (String number : List.of("G-1", "G-2", "G-3")) {
            customer(globex, "globex", number, null);
        }
        for (String customer : List.of("C-1", "C-2")) {
            Answer published = api.post("/v1/tenants/acme/invoices", acme, Map.of("invoiceNumber", "I-" + customer,
                    "customerNumber", customer, "issueDate", "2026-11-01", "dueDate", "2026-12-01", "currency", "EUR",
                    "lines", List.of(Map.of("name", "Huur", "quantity", "1", "unitPrice", "100", "vatCategory", "S",
                            "vatRate", "21"))));
            assertThat(published.status()).as(published.body()).isEqualTo(201);
        }
    }

    static String tenant(String slug) {
        String key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", slug, "name", slug + " B.V."))
                .json().path("apiKey").asText();
        Answer formats = api.put("/v1/tenants/" + slug + "/settings", key, Map.of("enabledFormats", List.of("pdf", "einvoice")));
        assertThat(formats.status()).as(formats.body()).isEqualTo(200);
        return key;
    }

    static void customer(String key, String slug, String number, Map<String, String> endpoint) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("companyName", "Klant " + number,
                "email", number.toLowerCase() + "@example.test"));
        if (endpoint != null) {
            body.put("endpoint", endpoint);
        }
        assertThat(api.put("/v1/tenants/" + slug + "/customers/" + number, key, body).status()).isEqualTo(201);
    }

    static List<String> readiness(String number, String format) {
        JsonNode terms = api.get("/v1/tenants/acme/customers/" + number, acme).json().path("readiness").path(format);
        assertThat(terms.isArray()).as("readiness of %s for %s", number, format).isTrue();
        List<String> list = new java.util.ArrayList<>();
        terms.forEach(term -> list.add(term.asText()));
        return list;
    }

    static JsonNode notReady(String slug, String key) {
        return api.get("/v1/tenants/" + slug + "/settings", key).json().path("customersNotReady");
    }

    /**
     * A customer's readiness lists per enabled format what its plugin says is missing; the settings
     * count the customers not ready per format, each tenant only its own; a seller contact set in the
     * settings makes the customer with an endpoint ready.
     */
    @Test
    void readinessAndCounts() {
        assertThat(readiness("C-1", "pdf")).isEmpty();
        assertThat(readiness("C-1", "einvoice")).containsExactly(EndpointExporter.BUYER_ENDPOINT, EndpointExporter.SELLER_EMAIL);
        assertThat(readiness("C-2", "einvoice")).containsExactly(EndpointExporter.SELLER_EMAIL);
        assertThat(notReady("acme", acme).path("einvoice").asInt()).isEqualTo(2);
        assertThat(notReady("acme", acme).path("pdf").asInt()).isZero();
        assertThat(notReady("globex", globex).path("einvoice").asInt()).isEqualTo(3);

        Answer contact = api.put("/v1/tenants/acme/settings", acme, Map.of("seller",
                Map.of("contact", Map.of("name", "Debiteuren", "email", "debiteuren@acme.example"))));
        assertThat(contact.status()).as(contact.body()).isEqualTo(200);
        assertThat(contact.json().path("seller").path("contact").path("email").asText()).isEqualTo("debiteuren@acme.example");
        assertThat(contact.json().path("customersNotReady").path("einvoice").asInt()).isEqualTo(1);
        assertThat(readiness("C-2", "einvoice")).isEmpty();
        assertThat(readiness("C-1", "einvoice")).containsExactly(EndpointExporter.BUYER_ENDPOINT);
        assertThat(notReady("globex", globex).path("einvoice").asInt()).isEqualTo(3);

        Answer refused = api.put("/v1/tenants/acme/settings", acme, Map.of("seller",
                Map.of("contact", Map.of("phone", "bel maar"))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("seller.contact.phone");
    }

    /** An export the plugin refuses for missing data answers 422 with one error entry per missing business term; a ready customer gets the file. */
    @Test
    void exportNamesMissingTerms() {
        Answer refused = api.get("/v1/tenants/acme/invoices/I-C-1/einvoice", acme);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("code").asText()).isEqualTo("export_failed");
        assertThat(refused.json().path("message").asText()).contains("I-C-1");
        assertThat(refused.json().path("errors").findValuesAsText("field")).contains("BT-49");
        assertThat(refused.json().path("errors").get(0).path("message").asText()).isEqualTo("Buyer electronic address");

        PortalApp.activate(APP, "acme", "C-1", "Factuur2026");
        Http customer = new Http("http://localhost:" + APP.getLocalPort() + "/api");
        customer.post("/v1/tenants/acme/session", null, Map.of("login", "C-1", "password", "Factuur2026"));
        Answer own = customer.get("/v1/tenants/acme/me/invoices/I-C-1/einvoice", null);
        assertThat(own.status()).as(own.body()).isEqualTo(422);
        assertThat(own.json().path("errors").findValuesAsText("field")).contains("BT-49");
    }
}
