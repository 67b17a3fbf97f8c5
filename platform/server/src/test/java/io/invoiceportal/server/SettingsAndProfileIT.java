package io.invoiceportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

/** Tenant settings (issuer) and the customer's profile over REST. */
@ExtendWith(DropwizardExtensionsSupport.class)
class SettingsAndProfileIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("settings");
    static String api;
    static String key;

    @BeforeAll
    static void data() {
        api = "http://localhost:" + APP.getLocalPort() + "/api";
        Http admin = new Http(api);
        key = PortalApp.acmeWithCustomer(admin, "Acme Energie B.V.", "Bakkerij De Korenschoof B.V.", "korenschoof");
        admin.post("/v1/tenants/acme/invoices", key, Map.of("invoiceNumber", "2026-0001", "customerNumber", "C-1",
                "issueDate", "2026-03-01", "dueDate", "2026-12-31", "currency", "EUR", "lines", List.of(Map.of("name", "Huur", "quantity", "1",
                        "unitPrice", "100", "vatCategory", "S", "vatRate", "21"))));
        PortalApp.activate(APP, "acme", "C-1", "Factuur2026");
    }

    static Http signedIn() {
        Http http = new Http(api);
        http.post("/v1/tenants/acme/session", null, Map.of("login", "korenschoof", "password", "Factuur2026"));
        return http;
    }

    /** A PUT changes only the keys it sends; a disabled format is no longer offered or served. */
    @Test
    void settingsPartialUpdateAndDisabledFormat() {
        Http issuer = new Http(api);
        JsonNode before = issuer.get("/v1/tenants/acme/settings", key).json();
        assertThat(before.path("enabledFormats").toString()).isEqualTo("[\"pdf\",\"xml\",\"csv\"]");
        Answer put = issuer.put("/v1/tenants/acme/settings", key, Map.of("enabledFormats", List.of("pdf", "csv")));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().path("enabledChannels").toString()).isEqualTo("[\"email\",\"email-pdf\"]");
        Http customer = signedIn();
        assertThat(customer.get("/v1/tenants/acme/me/formats", null).json().findValuesAsText("id")).containsExactly("pdf", "csv");
        assertThat(customer.get("/v1/tenants/acme/me/invoices/2026-0001/xml", null).status()).isEqualTo(404);
        assertThat(customer.get("/v1/tenants/acme/me/invoices/2026-0001/csv", null).status()).isEqualTo(200);
        issuer.put("/v1/tenants/acme/settings", key, Map.of("enabledFormats", List.of("pdf", "xml", "csv")));
        assertThat(customer.get("/v1/tenants/acme/me/invoices/2026-0001/xml", null).status()).isEqualTo(200);
    }

    /**
     * The time zone (used for the time in download names) starts as Europe/Amsterdam, is shown by
     * GET, changes with PUT, and must be a tz database name: anything else is 422 on timeZone.
     */
    @Test
    void timeZoneSetting() {
        Http issuer = new Http(api);
        assertThat(issuer.get("/v1/tenants/acme/settings", key).json().path("timeZone").asText()).isEqualTo("Europe/Amsterdam");
        for (String bad : List.of("Europe/Atlantis", "+02:00", "")) {
            Answer refused = issuer.put("/v1/tenants/acme/settings", key, Map.of("timeZone", bad));
            assertThat(refused.status()).as(bad).isEqualTo(422);
            assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("timeZone");
        }
        Answer dutch = issuer.send("PUT", "/v1/tenants/acme/settings", key, Map.of("timeZone", "Europe/Atlantis",
                "branding", Map.of("accentColor", "orange")), "application/json", Map.of("Accept-Language", "nl"));
        assertThat(dutch.json().path("errors").findValuesAsText("message")).containsExactlyInAnyOrder(
                "moet een tijdzone zijn, zoals Europe/Amsterdam", "moet een kleur zijn, zoals #a15c00");
        Answer put = issuer.put("/v1/tenants/acme/settings", key, Map.of("timeZone", "Europe/Dublin"));
        assertThat(put.json().path("timeZone").asText()).isEqualTo("Europe/Dublin");
        assertThat(issuer.get("/v1/tenants/acme/settings", key).json().path("timeZone").asText()).isEqualTo("Europe/Dublin");
        issuer.put("/v1/tenants/acme/settings", key, Map.of("timeZone", "Europe/Amsterdam"));
    }

    /** Settings that no plugin can serve, or that break a rule, answer 422 and change nothing. */
    @Test
    void invalidSettings() {
        Http issuer = new Http(api);
        Answer a = issuer.put("/v1/tenants/acme/settings", key, Map.of("enabledFormats", List.of("pdf", "docx"),
                "languages", List.of("en"), "embedOrigins", List.of("javascript:alert(1)"),
                "branding", Map.of("primaryColor", "red")));
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.json().path("errors").findValuesAsText("field"))
                .contains("enabledFormats[1]", "languages", "embedOrigins[0]", "branding.primaryColor");
        assertThat(issuer.get("/v1/tenants/acme/settings", key).json().path("enabledFormats")).hasSize(3);
        assertThat(issuer.get("/v1/tenants/acme/settings", null).status()).isEqualTo(401);
    }

    /**
     * A logo sent as markup (logoSvg, the older way) is refused when it could run or load something,
     * stored without harmless extras otherwise; markup that is not well-formed, has a DOCTYPE (XXE,
     * billion laughs) or is not SVG is 422 naming the field.
     */
    @Test
    void logoIsSanitisedOrRefused() {
        Http issuer = new Http(api);
        String hostile = "<svg xmlns=\"http://www.w3.org/2000/svg\" OnLoAd=\"alert(1)\">"
                + "<rect id=\"r\" width=\"9\" height=\"9\" fill=\"url(https://evil.example/p)\" onclick=\"alert(3)\"/>"
                + "<use href=\"data:image/svg+xml;base64,PHN2Zy8+\"/><use href=\"&#106;avascript:alert(4)\"/>"
                + "<foreignObject><iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"javascript:alert(5)\"/></foreignObject>"
                + "<set attributeName=\"href\" to=\"javascript:alert(6)\"/><style>rect{fill:url(https://evil.example/q)}</style></svg>";
        Answer unsafe = issuer.put("/v1/tenants/acme/settings", key, Map.of("branding", Map.of("logoSvg", hostile)));
        assertThat(unsafe.status()).as(unsafe.body()).isEqualTo(422);
        assertThat(unsafe.json().path("errors").findValuesAsText("field")).containsExactly("branding.logoSvg");
        String extras = "<svg xmlns=\"http://www.w3.org/2000/svg\"><metadata>drawn in X</metadata>"
                + "<rect id=\"r\" width=\"9\" height=\"9\" style=\"fill:red\"/><style>rect{fill:red}</style></svg>";
        Answer put = issuer.put("/v1/tenants/acme/settings", key, Map.of("branding", Map.of("logoSvg", extras)));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        String stored = logo(issuer);
        assertThat(stored).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect height=\"9\" id=\"r\" width=\"9\"></rect></svg>");

        for (String refused : List.of(
                "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>",
                "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                        + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&b;</text></svg>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>",
                "<html><script>alert(1)</script><svg/></html>")) {
            Answer a = issuer.put("/v1/tenants/acme/settings", key, Map.of("branding", Map.of("logoSvg", refused)));
            assertThat(a.status()).as(refused).isEqualTo(422);
            assertThat(a.json().path("errors").findValuesAsText("field")).containsExactly("branding.logoSvg");
        }
        assertThat(logo(issuer)).isEqualTo(stored);
        Answer created = new Http(api).post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "xxe", "name", "X",
                "branding", Map.of("logoSvg", "<!DOCTYPE svg SYSTEM \"https://evil.example/x.dtd\"><svg/>")));
        assertThat(created.status()).isEqualTo(422);
        assertThat(created.json().path("errors").findValuesAsText("field")).containsExactly("branding.logoSvg");
    }

    /** The stored SVG logo, from the data URI GET shows. */
    static String logo(Http issuer) {
        String uri = issuer.get("/v1/tenants/acme/settings", key).json().path("branding").path("logo").asText();
        assertThat(uri).startsWith("data:image/svg+xml;base64,");
        return new String(java.util.Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The profile saves contact, language and channel; read-only fields and unknown channels are refused by name. */
    @Test
    void profile() {
        Http http = signedIn();
        JsonNode profile = http.get("/v1/tenants/acme/me/profile", null).json();
        assertThat(profile.path("customerNumber").asText()).isEqualTo("C-1");
        assertThat(profile.path("deliveryChannel").asText()).isEqualTo("email");
        Answer saved = http.put("/v1/tenants/acme/me/profile", null, Map.of("contact", Map.of("name", "J. de Vries",
                "phone", "+31 30 123 4567"), "deliveryChannel", "email-pdf", "language", "en",
                "email", "a@korenschoof.example"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("contact").path("name").asText()).isEqualTo("J. de Vries");
        assertThat(saved.json().path("deliveryChannel").asText()).isEqualTo("email-pdf");
        for (Map.Entry<String, String> readOnly : Map.of("email", "new@korenschoof.example", "companyName", "Other B.V.",
                "customerNumber", "C-9").entrySet()) {
            Answer refused = http.put("/v1/tenants/acme/me/profile", null, Map.of(readOnly.getKey(), readOnly.getValue()));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo(readOnly.getKey());
        }
        Answer channel = http.put("/v1/tenants/acme/me/profile", null, Map.of("deliveryChannel", "pigeon"));
        assertThat(channel.json().path("errors").get(0).path("field").asText()).isEqualTo("deliveryChannel");
        assertThat(new Http(api).get("/v1/tenants/acme/customers/C-1", key).json().path("email").asText())
                .isEqualTo("a@korenschoof.example");
        assertThat(new Http(api).get("/v1/tenants/acme/me/profile", null).status()).isEqualTo(401);
    }
}
