package io.invoiceportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PortalApp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Branding in the tenant settings over REST: its shape, 422 per field with nothing stored, and a full round trip. */
@ExtendWith(DropwizardExtensionsSupport.class)
class BrandingSettingsIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("branding");
    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" fill=\"#0b4f8a\" r=\"4\"></circle></svg>";
    static String api;
    static String key;

    @BeforeAll
    static void tenant() {
        api = "http://localhost:" + APP.getLocalPort() + "/api";
        Answer created = new Http(api).post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "brand", "name", "Brand B.V."));
        key = created.json().path("apiKey").asText();
    }

    static String dataUri(String type, byte[] bytes) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
        return out.toByteArray();
    }

    static JsonNode branding() {
        return new Http(api).get("/v1/tenants/brand/settings", key).json().path("branding");
    }

    /** A new tenant gets default colours that pass the contrast rule, and GET shows every branding key. */
    @Test
    void defaults() {
        Answer created = new Http(api).post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "plain", "name", "Plain"));
        String plainKey = created.json().path("apiKey").asText();
        JsonNode b = new Http(api).get("/v1/tenants/plain/settings", plainKey).json().path("branding");
        assertThat(b.path("primaryColor").asText()).isEqualTo("#1f4e79");
        assertThat(b.path("accentColor").asText()).isEqualTo("#a15c00");
        assertThat(b.path("fontFamily").asText()).isEqualTo("system");
        assertThat(b.has("logo") && b.has("favicon") && b.has("footer") && b.has("texts") && b.has("displayName")
                && b.has("mailSenderName")).as(b.toString()).isTrue();
        Answer resent = new Http(api).put("/v1/tenants/plain/settings", plainKey, Map.of("branding", b));
        assertThat(resent.status()).as("the defaults sent back are valid: " + resent.body()).isEqualTo(200);
    }

    /** Every bad branding field is 422 naming its path, in English or Dutch, and nothing of the body is stored. */
    @Test
    void badFieldsAre422AndStoreNothing() throws IOException {
        Http issuer = new Http(api);
        JsonNode before = branding();
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("displayName", "Brand\r\nBcc: x@example.com");
        bad.put("primaryColor", "#f0a500");
        bad.put("accentColor", "yellow");
        bad.put("fontFamily", "Papyrus");
        bad.put("logo", dataUri("text/html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        bad.put("favicon", dataUri("image/png", png(600, 600)));
        bad.put("mailSenderName", "Brand \"<x@example.com>");
        bad.put("footer", Map.of("en", Map.of("text", "ok", "links", List.of(Map.of("label", "Fine", "url", "https://ok.example"),
                Map.of("label", "Bad", "url", "javascript:alert(1)")))));
        bad.put("texts", Map.of("nl", Map.of("newInvoice", "Factuur {invoiceNumber} {iban}", "welcome", "<b>Hoi</b>"),
                "de", Map.of("welcome", "Hallo")));
        Answer a = issuer.put("/v1/tenants/brand/settings", key, Map.of("branding", bad, "timeZone", "Europe/Dublin"));
        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(a.json().path("code").asText()).isNotBlank();
        assertThat(a.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "branding.displayName", "branding.primaryColor", "branding.accentColor", "branding.fontFamily",
                "branding.logo", "branding.favicon", "branding.mailSenderName", "branding.footer.en.links[1].url",
                "branding.texts.nl.newInvoice", "branding.texts.nl.welcome", "branding.texts.de");
        assertThat(message(a, "branding.primaryColor")).contains("2.08:1", "4.5:1");
        assertThat(message(a, "branding.texts.nl.newInvoice")).contains("{iban}");
        assertThat(message(a, "branding.fontFamily")).contains("humanist", "transitional");

        Answer dutch = issuer.send("PUT", "/v1/tenants/brand/settings", key, Map.of("branding",
                Map.of("accentColor", "#8cc63f")), "application/json", Map.of("Accept-Language", "nl"));
        assertThat(message(dutch, "branding.accentColor")).isEqualTo(
                "witte tekst op deze kleur haalt maar een contrast van 2.04:1; minstens 4.5:1 is nodig (WCAG AA)");

        for (String logo : List.of(dataUri("image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x</script></svg>".getBytes()),
                dataUri("image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://evil.example/x.png\"/></svg>".getBytes()),
                "data:image/png;base64,@@@", dataUri("image/png", "GIF89a".getBytes()), "data:image/gif;base64,R0lGODlhAQABAAAAACw=")) {
            Answer refused = issuer.put("/v1/tenants/brand/settings", key, Map.of("branding", Map.of("logo", logo)));
            assertThat(refused.status()).as(logo).isEqualTo(422);
            assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("branding.logo");
        }
        assertThat(branding()).as("nothing stored").isEqualTo(before);
        assertThat(issuer.get("/v1/tenants/brand/settings", key).json().path("timeZone").asText()).isEqualTo("Europe/Amsterdam");
    }

    /** A full branding is stored and shown in the shape it was sent; sending GET's branding back changes nothing; "" removes. */
    @Test
    void fullRoundTrip() throws IOException {
        Http issuer = new Http(api);
        byte[] logoPng = png(300, 80);
        Map<String, Object> full = new LinkedHashMap<>();
        full.put("displayName", "Brand Energy");
        full.put("logo", dataUri("image/png", logoPng));
        full.put("favicon", dataUri("image/svg+xml", SVG.getBytes(StandardCharsets.UTF_8)));
        full.put("primaryColor", "#0B4F8A");
        full.put("accentColor", "#333");
        full.put("fontFamily", "transitional");
        full.put("footer", Map.of("nl", Map.of("text", "Brand B.V. · Utrecht", "links", List.of(
                Map.of("label", "Privacy", "url", "https://brand.example/privacy"),
                Map.of("label", "Mail", "url", "mailto:help@brand.example"))), "en", Map.of("text", "Brand Ltd")));
        full.put("mailSenderName", "Brand Facturen");
        full.put("texts", Map.of("nl", Map.of("welcome", "Welkom {customerName} bij {portalName}",
                "newInvoice", "Factuur {invoiceNumber} van {amount}, vervalt {dueDate}", "loginIntro", "Log in op {portalName}"),
                "en", Map.of("loginIntro", "Sign in to {portalName}")));
        Answer put = issuer.put("/v1/tenants/brand/settings", key, Map.of("branding", full));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode b = branding();
        assertThat(b.path("displayName").asText()).isEqualTo("Brand Energy");
        assertThat(b.path("logo").asText()).isEqualTo(dataUri("image/png", logoPng));
        assertThat(b.path("favicon").asText()).isEqualTo(dataUri("image/svg+xml", SVG.getBytes(StandardCharsets.UTF_8)));
        assertThat(b.path("primaryColor").asText()).isEqualTo("#0b4f8a");
        assertThat(b.path("accentColor").asText()).isEqualTo("#333333");
        assertThat(b.path("fontFamily").asText()).isEqualTo("transitional");
        assertThat(b.path("footer").path("nl").path("links").get(1).path("url").asText()).isEqualTo("mailto:help@brand.example");
        assertThat(b.path("footer").path("en").path("text").asText()).isEqualTo("Brand Ltd");
        assertThat(b.path("mailSenderName").asText()).isEqualTo("Brand Facturen");
        assertThat(b.path("texts").path("nl").path("newInvoice").asText()).isEqualTo("Factuur {invoiceNumber} van {amount}, vervalt {dueDate}");

        Answer again = issuer.put("/v1/tenants/brand/settings", key, Map.of("branding", new ObjectMapper().convertValue(b, Map.class)));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(branding()).isEqualTo(b);

        Answer partial = issuer.put("/v1/tenants/brand/settings", key, Map.of("branding", Map.of("logo", "", "displayName", "",
                "texts", Map.of("nl", Map.of("welcome", "")))));
        assertThat(partial.status()).as(partial.body()).isEqualTo(200);
        JsonNode after = branding();
        assertThat(after.path("logo").isNull()).isTrue();
        assertThat(after.path("displayName").isNull()).isTrue();
        assertThat(after.path("texts").path("nl").has("welcome")).isFalse();
        assertThat(after.path("texts").path("nl").path("loginIntro").asText()).isEqualTo("Log in op {portalName}");
        assertThat(after.path("favicon").asText()).as("left out, kept").startsWith("data:image/svg+xml;base64,");
    }

    /** Creating a tenant checks its branding by the same rules. */
    @Test
    void createChecksBranding() {
        Answer created = new Http(api).post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "badbrand", "name", "X",
                "branding", Map.of("accentColor", "#f0a500", "texts", Map.of("en", Map.of("welcome", "{password}")))));
        assertThat(created.status()).isEqualTo(422);
        assertThat(created.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("branding.accentColor", "branding.texts.en.welcome");
        assertThat(new Http(api).post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "goodbrand", "name", "X",
                "branding", Map.of("displayName", "Good", "accentColor", "#5b2a86"))).status()).isEqualTo(201);
    }

    /** The OpenAPI description of PUT …/settings names every font id there is, and the placeholders. */
    @Test
    void openApiNamesTheFonts() {
        String doc = new Http(api).get("/openapi.json", null).body();
        assertThat(doc).contains("fontFamily: one of " + io.invoiceportal.core.tenant.BrandingCheck.fontIds() + ";")
                .contains("newInvoice {customerName} {portalName} {invoiceNumber} {amount} {dueDate}");
    }

    private static String message(Answer a, String field) {
        for (JsonNode e : a.json().path("errors")) {
            if (e.path("field").asText().equals(field)) {
                return e.path("message").asText();
            }
        }
        throw new AssertionError("no error on " + field + ": " + a.body());
    }
}
