package io.invoiceportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PortalApp;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The issuer's preview of a sample PDF and new-invoice mail, in stored or unsaved branding; nothing is stored. */
@ExtendWith(DropwizardExtensionsSupport.class)
class BrandingPreviewIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("preview");
    static final String PREVIEW = "/v1/tenants/preview/settings/preview";
    static String api;
    static String key;
    static String otherKey;

    @BeforeAll
    static void tenants() {
        api = "http://localhost:" + APP.getLocalPort() + "/api";
        Http admin = new Http(api);
        key = admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "preview", "name", "Preview B.V.",
                "language", "nl", "branding", Map.of("displayName", "Opgeslagen Naam")))
                .json().path("apiKey").asText();
        otherKey = admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "other", "name", "Other"))
                .json().path("apiKey").asText();
    }

    static JsonNode branding() {
        return new Http(api).get("/v1/tenants/preview/settings", key).json().path("branding");
    }

    /** The PDF is a sample invoice in the tenant's language, made by its PDF format, opening in PDFBox; unsaved branding is not stored. */
    @Test
    void pdf() throws IOException {
        JsonNode before = branding();
        Answer stored = new Http(api).get(PREVIEW + "?part=pdf", key);
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.header("Content-Type")).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(stored.raw().body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("VOORBEELD-0001", "Voorbeeldklant B.V.");
        }
        Answer unsaved = new Http(api).post(PREVIEW + "?part=pdf&language=en", key,
                Map.of("branding", Map.of("displayName", "Unsaved Name", "primaryColor", "#5b2a86")));
        assertThat(unsaved.status()).as(unsaved.body()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(unsaved.raw().body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("SAMPLE-0001", "Sample Customer Ltd");
        }
        assertThat(unsaved.raw().body()).as("another colour, another PDF").isNotEqualTo(stored.raw().body());
        assertThat(branding()).isEqualTo(before);
    }

    /** The mail is the channel's new-invoice mail with the unsaved colour and text; the stored preview has neither. */
    @Test
    void mail() {
        Answer unsaved = new Http(api).post(PREVIEW + "?part=mail", key, Map.of("branding", Map.of(
                "primaryColor", "#5b2a86", "texts", Map.of("nl", Map.of("newInvoice",
                        "Niet opgeslagen tekst voor {customerName}: factuur {invoiceNumber}.")))));
        assertThat(unsaved.status()).as(unsaved.body()).isEqualTo(200);
        assertThat(unsaved.header("Content-Type")).startsWith("text/html");
        assertThat(unsaved.body()).contains("#5b2a86", "Niet opgeslagen tekst voor", "VOORBEELD-0001");
        Answer stored = new Http(api).get(PREVIEW + "?part=mail", key);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body()).contains("VOORBEELD-0001").doesNotContain("#5b2a86").doesNotContain("Niet opgeslagen tekst");
        assertThat(branding().path("texts").path("nl").has("newInvoice")).as("nothing stored").isFalse();
    }

    /** Bad unsaved branding, an unknown part or language are 422 by field; no key or another tenant's key get nothing. */
    @Test
    void refused() {
        Http http = new Http(api);
        Answer bad = http.post(PREVIEW + "?part=mail", key, Map.of("branding", Map.of("primaryColor", "#eeeeee",
                "footer", Map.of("nl", Map.of("links", List.of(Map.of("label", "x", "url", "http://plain.example")))))));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("branding.primaryColor", "branding.footer.nl.links[0].url");
        for (String part : List.of("?part=docx", "", "?part=")) {
            Answer a = http.get(PREVIEW + part, key);
            assertThat(a.status()).as(part).isEqualTo(422);
            assertThat(a.json().path("errors").findValuesAsText("field")).containsExactly("part");
        }
        Answer language = http.get(PREVIEW + "?part=pdf&language=de", key);
        assertThat(language.json().path("errors").findValuesAsText("field")).containsExactly("language");
        assertThat(http.get(PREVIEW + "?part=pdf", null).status()).isEqualTo(401);
        assertThat(http.get(PREVIEW + "?part=pdf", otherKey).status()).as("another tenant's key: as if no such tenant").isEqualTo(404);
        assertThat(http.post(PREVIEW + "?part=pdf", otherKey, Map.of()).status()).isEqualTo(404);
    }
}
