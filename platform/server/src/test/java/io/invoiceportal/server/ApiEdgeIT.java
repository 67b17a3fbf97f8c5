package io.invoiceportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PortalApp;
import io.invoiceportal.server.testing.RawHttp;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The edge of the REST API: round trips, bad text, body limits, errors Jetty answers itself, caching. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ApiEdgeIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("edge");
    static final ObjectMapper JSON = new ObjectMapper();
    static String api;
    static String key;
    static RawHttp raw;

    @BeforeAll
    static void data() {
        api = "http://localhost:" + APP.getLocalPort() + "/api";
        raw = new RawHttp(APP.getLocalPort());
        Http admin = new Http(api);
        key = PortalApp.acmeWithCustomer(admin, "Acme Energie B.V.", "Bakkerij De Korenschoof B.V.", "korenschoof");
        Answer published = admin.post("/v1/tenants/acme/invoices", key, Map.of("invoiceNumber", "2026-0001",
                "customerNumber", "C-1", "issueDate", "2026-03-01", "dueDate", "2026-12-31", "currency", "EUR", "lines", List.of(Map.of(
                        "name", "Huur", "quantity", "1", "unitPrice", "100", "vatCategory", "S", "vatRate", "21"))));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        PortalApp.activate(APP, "acme", "C-1", "Factuur2026");
    }

    static Http signedIn() {
        Http http = new Http(api);
        assertThat(http.post("/v1/tenants/acme/session", null, Map.of("login", "korenschoof", "password", "Factuur2026"))
                .status()).isEqualTo(200);
        return http;
    }

    static void assertFieldError(Answer a, int status, String field) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.header("Content-Type")).startsWith("application/json");
        assertThat(a.json().path("errors").findValuesAsText("field")).as(a.body()).contains(field);
    }

    static void assertJsonError(int status, String contentType, String body, int expected) {
        assertThat(status).as(body).isEqualTo(expected);
        assertThat(contentType).as(body).startsWith("application/json");
        JsonNode error;
        try {
            error = JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
        assertThat(error.path("code").isTextual()).as(body).isTrue();
        assertThat(error.path("message").isTextual()).as(body).isTrue();
        assertThat(error.path("errors").isArray()).as(body).isTrue();
    }

    /** GETs {@code path}, PUTs the answer back and expects 200 with the same body; returns what GET answered. */
    static JsonNode putBackUnchanged(Http http, String path, String auth) {
        JsonNode got = http.get(path, auth).json();
        Answer same = http.put(path, auth, got.toString());
        assertThat(same.status()).as(same.body()).isEqualTo(200);
        assertThat(same.json()).isEqualTo(got);
        return got;
    }

    /** What a GET answers, a PUT takes back unchanged; a changed read-only field is refused by name. */
    @Test
    void profileRoundTrip() {
        Http http = signedIn();
        JsonNode profile = putBackUnchanged(http, "/v1/tenants/acme/me/profile", null);
        ObjectNode oneChange = profile.deepCopy();
        oneChange.withObject("/contact").put("name", "J. de Vries");
        Answer changed = http.put("/v1/tenants/acme/me/profile", null, oneChange.toString());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("contact").path("name").asText()).isEqualTo("J. de Vries");
        for (String readOnly : List.of("customerNumber", "companyName", "email", "login")) {
            ObjectNode body = changed.json().deepCopy();
            body.put(readOnly, "other@other.example");
            assertFieldError(http.put("/v1/tenants/acme/me/profile", null, body.toString()), 422, readOnly);
        }
    }

    @Test
    void customerRoundTrip() {
        Http issuer = new Http(api);
        JsonNode customer = putBackUnchanged(issuer, "/v1/tenants/acme/customers/C-1", key);
        for (String readOnly : List.of("customerNumber", "accountState")) {
            ObjectNode body = customer.deepCopy();
            body.put(readOnly, "other");
            assertFieldError(issuer.put("/v1/tenants/acme/customers/C-1", key, body.toString()), 422, readOnly);
        }
    }

    @Test
    void settingsRoundTrip() {
        Http issuer = new Http(api);
        JsonNode settings = putBackUnchanged(issuer, "/v1/tenants/acme/settings", key);
        ObjectNode body = settings.deepCopy();
        body.put("defaultLanguage", "en");
        assertFieldError(issuer.put("/v1/tenants/acme/settings", key, body.toString()), 422, "defaultLanguage");
    }

    /** NUL, other control characters and lone surrogates are refused by name, in bodies and query parameters. */
    @Test
    void badTextIsRefusedByName() {
        Http http = signedIn();
        // JSON string literals as sent: NUL, BEL, a lone surrogate, ESC, DEL, a C1 control, U+FFFD, a noncharacter
        for (String text : List.of("\"a\\u0000b\"", "\"a\\u0007b\"", "\"a\\ud800b\"", "\"\\u001b[31m\"",
                "\"a\\u007f\"", "\"a\\u0085\"", "\"a\\ufffd\"", "\"\\uffff\"")) {
            assertFieldError(http.put("/v1/tenants/acme/me/profile", null,
                    "{\"contact\":{\"name\":" + text + "}}"), 422, "contact.name");
            assertFieldError(new Http(api).put("/v1/tenants/acme/customers/C-1", key,
                    "{\"companyName\":" + text + "}"), 422, "companyName");
            assertFieldError(new Http(api).put("/v1/tenants/acme/settings", key,
                    "{\"enabledFormats\":[\"pdf\"," + text + "]}"), 422, "enabledFormats[1]");
            assertFieldError(new Http(api).post("/v1/tenants/acme/session", null,
                    "{\"login\":" + text + ",\"password\":\"x\"}"), 422, "login");
            Answer reset = new Http(api).post("/v1/tenants/acme/password-reset-requests", null,
                    "{\"login\":" + text + ",\"email\":\"a@korenschoof.example\"}");
            assertThat(reset.status()).as(reset.body()).isEqualTo(202);
        }
        assertFieldError(http.get("/v1/tenants/acme/me/invoices?number=%00", null), 422, "number");
        assertFieldError(http.get("/v1/tenants/acme/me/invoices?category=a%00", null), 422, "category");
        assertFieldError(http.get("/v1/tenants/acme/me/invoices?category=a%1B", null), 422, "category");
        assertFieldError(http.get("/v1/tenants/acme/me/invoices?number=%ED%A0%80", null), 422, "number");
        assertThat(new Http(api).get("/v1/tenants/acme/customers/C-1", key).json().path("companyName").asText())
                .isEqualTo("Bakkerij De Korenschoof B.V.");
    }

    /** A null where a list or object expects a value is a 422 naming the element. */
    @Test
    void nullElementsAreRefused() {
        Http http = signedIn();
        assertFieldError(http.post("/v1/tenants/acme/me/exports", null, "{\"invoiceNumbers\":[null],\"format\":\"pdf\"}"),
                422, "invoiceNumbers[0]");
        assertFieldError(new Http(api).put("/v1/tenants/acme/settings", key, "{\"languages\":[\"nl\",null]}"),
                422, "languages[1]");
        assertFieldError(new Http(api).post("/v1/tenants/acme/invoices", key, "{\"invoiceNumber\":\"2026-9\","
                + "\"customerNumber\":\"C-1\",\"issueDate\":\"2026-03-01\",\"currency\":\"EUR\",\"lines\":[null]}"),
                422, "lines[0]");
    }

    /** Bodies above the limit are answered 413 before they are read, with or without a Content-Length. */
    @Test
    void bodyLimits() {
        Map<String, String> json = Map.of("Content-Type", "application/json");
        for (String path : List.of("/api/v1/tenants/acme/session", "/api/v1/tenants/acme/password-reset-requests")) {
            java.util.Map<String, String> announced = new java.util.HashMap<>(json);
            announced.put("Content-Length", "10485760");
            RawHttp.Answer a = raw.send("POST " + path + " HTTP/1.1", announced, new byte[0]);
            assertJsonError(a.status(), a.header("Content-Type"), a.body(), 413);
            java.util.Map<String, String> chunked = new java.util.HashMap<>(json);
            chunked.put("Transfer-Encoding", "chunked");
            RawHttp.Answer c = raw.send("POST " + path + " HTTP/1.1", chunked, RawHttp.chunked(2_000_000, (byte) ' '));
            assertJsonError(c.status(), c.header("Content-Type"), c.body(), 413);
        }
        // the invoice, with its embedded PDF, may be larger than other bodies
        String big = "{\"invoiceNumber\":\"2026-big\",\"description\":\"" + "x".repeat(1_000_000) + "\"}";
        Answer invoice = new Http(api).post("/v1/tenants/acme/invoices", key, big);
        assertThat(invoice.status()).as(invoice.body()).isEqualTo(422);
        Answer settings = new Http(api).put("/v1/tenants/acme/settings", key,
                "{\"embedOrigins\":[\"" + "x".repeat(2_000_000) + "\"]}");
        assertJsonError(settings.status(), settings.header("Content-Type"), settings.body(), 413);
    }

    /**
     * Requests Jetty refuses itself still get the API's JSON error under /api, even when they ask for
     * HTML; pages outside /api stay HTML, also for addresses Jetty cannot read at all.
     */
    @Test
    void containerErrorsAreJson() {
        for (String target : List.of("/api/v1/tenants/..%2fx/session", "/api/v1/tenants/%252e/session",
                "/api/v1/tenants/%00/session", "/api/v1/tenants/a%2fb/session",
                "/api/v1/tenants/acme/customers/C%0d%0a1", "/api/v1/tenants/acme/settings?q=" + "a".repeat(10_000),
                "/api/v1/tenants/acme/%", "/api/v1/tenants/%zz/session")) {
            RawHttp.Answer a = raw.send("GET " + target + " HTTP/1.1", Map.of("Authorization", "Bearer " + key,
                    "Accept", "text/html"), new byte[0]);
            assertThat(a.status()).as(target).isBetween(400, 499);
            assertJsonError(a.status(), a.header("Content-Type"), a.body(), a.status());
        }
        for (String target : List.of("/t/..%2fx", "/t/acme/%", "/t/acme/%zz", "/%")) {
            RawHttp.Answer page = raw.send("GET " + target + " HTTP/1.1", Map.of("Accept", "*/*"), new byte[0]);
            assertThat(page.status()).as(target).isEqualTo(400);
            assertThat(page.header("Content-Type")).as(target).startsWith("text/html");
        }
    }

    /** Every answer with customer data is kept out of caches. */
    @Test
    void customerDataIsNotStored() {
        Http http = signedIn();
        Http issuer = new Http(api);
        List<Answer> answers = List.of(
                http.get("/v1/tenants/acme/me/profile", null),
                http.get("/v1/tenants/acme/me/invoices", null),
                http.get("/v1/tenants/acme/me/formats", null),
                http.get("/v1/tenants/acme/me/invoices/2026-0001/pdf", null),
                http.get("/v1/tenants/acme/me/invoices/2026-0001/bundle", null),
                http.post("/v1/tenants/acme/me/exports", null, Map.of("invoiceNumbers", List.of("2026-0001"), "format", "csv")),
                issuer.get("/v1/tenants/acme/customers/C-1", key),
                issuer.get("/v1/tenants/acme/invoices/2026-0001", key),
                issuer.get("/v1/tenants/acme/invoices/2026-0001/xml", key),
                issuer.get("/v1/tenants/acme/settings", key));
        for (Answer a : answers) {
            assertThat(a.status()).as(a.raw().uri() + " " + a.body()).isEqualTo(200);
            assertThat(a.header("Cache-Control")).as(a.raw().uri().toString()).contains("no-store");
        }
    }

    /** The list's @BeanParam fields are query parameters of the OpenAPI document, not a body. */
    @Test
    void openApiDescribesTheListParametersOnly() {
        JsonNode paths = new Http(api).get("/openapi.json", null).json().path("paths");
        JsonNode list = paths.path("/v1/tenants/{tenant}/me/invoices").path("get");
        assertThat(list.has("requestBody")).isFalse();
        assertThat(list.path("parameters").findValuesAsText("name")).as(list + " in " + paths.properties())
                .containsExactlyInAnyOrder("read", "number", "dateFrom", "dateTo", "category", "sort", "page", "size");
    }

    /** Health, metrics and thread dumps are reachable from the machine only. */
    @Test
    void adminConnectorListensOnLoopback() {
        assertThat(adminConnector().getHost()).isEqualTo("127.0.0.1");
        Answer health = new Http("http://127.0.0.1:" + APP.getAdminPort()).get("/healthcheck", null);
        assertThat(health.status()).isEqualTo(200);
    }

    private static ServerConnector adminConnector() {
        return java.util.Arrays.stream(APP.getEnvironment().getApplicationContext().getServer().getConnectors())
                .map(ServerConnector.class::cast).filter(c -> c.getLocalPort() == APP.getAdminPort())
                .findFirst().orElseThrow();
    }
}
