package io.invoiceportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PortalApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API of the foundation over real HTTP, a real PostgreSQL and the built CSV plugin. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PortalApiIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("api");
    static Http http;
    static String keyA;
    static String keyB;

    @BeforeAll
    static void tenants() {
        http = new Http("http://localhost:" + APP.getLocalPort() + "/api");
        keyA = createTenant("acme", "nl");
        keyB = createTenant("globex", "en");
        assertThat(http.put("/v1/tenants/acme/customers/C-1", keyA, customer("korenschoof")).status()).isEqualTo(201);
    }

    static String createTenant(String slug, String language) {
        Answer a = http.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", slug, "name", slug + " B.V.",
                "language", language, "seller", Map.of("legalName", slug + " B.V.", "vatId", "NL123456789B01",
                        "iban", "NL91ABNA0417164300", "address", Map.of("street", "Dorpsstraat 1", "city", "Utrecht",
                                "postalCode", "3511 AB", "countryCode", "NL"))));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().path("apiKey").asText()).startsWith("ipk_");
        return a.json().path("apiKey").asText();
    }

    static Map<String, Object> customer(String login) {
        return Map.of("companyName", "Bakkerij De Korenschoof B.V.", "email", "administratie@korenschoof.example",
                "login", login, "contact", Map.of("name", "J. de Vries", "phone", "+31 30 123 4567"),
                "address", Map.of("street", "Dorpsstraat 12", "postalCode", "3511 AB", "city", "Utrecht", "countryCode", "NL"));
    }

    static Map<String, Object> invoice(String number, String price) {
        return Map.of("invoiceNumber", number, "customerNumber", "C-1", "issueDate", "2026-11-01",
                "dueDate", "2026-12-01", "category", "Algemene doorbelastingen", "currency", "EUR",
                "lines", List.of(
                        Map.of("id", "1", "name", "Servicekosten", "quantity", "2", "unitCode", "C62",
                                "unitPrice", price, "vatCategory", "S", "vatRate", "21"),
                        Map.of("id", "2", "name", "Boek", "quantity", "1", "unitPrice", "10.00",
                                "vatCategory", "S", "vatRate", "9")),
                "payment", Map.of("meansCode", "30", "iban", "NL91ABNA0417164300", "reference", number));
    }

    static long invoiceCount() {
        return APP.<PortalApplication>getApplication().services().jdbi()
                .withHandle(h -> h.createQuery("select count(*) from invoice").mapTo(Long.class).one());
    }

    /** Creating a tenant needs the operator key, a valid body and an unused slug. */
    @Test
    void tenantCreationRules() {
        assertThat(http.post("/v1/tenants", null, Map.of("slug", "x1", "name", "X")).status()).isEqualTo(401);
        assertThat(http.post("/v1/tenants", "wrong-key-wrong-key", Map.of("slug", "x1", "name", "X")).status()).isEqualTo(401);
        Answer invalid = http.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "Bad Slug!", "name", ""));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("errors").findValuesAsText("field")).contains("slug", "name");
        assertThat(http.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Again")).status())
                .isEqualTo(409);
    }

    /** A customer is created once (201), updated after (200), read back with its account state. */
    @Test
    void customerLifecycle() {
        assertThat(http.put("/v1/tenants/acme/customers/C-2", keyA, customer("tweede")).status()).isEqualTo(201);
        Answer update = http.put("/v1/tenants/acme/customers/C-2", keyA, Map.of("companyName", "Tweede B.V."));
        assertThat(update.status()).isEqualTo(200);
        JsonNode got = http.get("/v1/tenants/acme/customers/C-2", keyA).json();
        assertThat(got.path("companyName").asText()).isEqualTo("Tweede B.V.");
        assertThat(got.path("email").asText()).isEqualTo("administratie@korenschoof.example");
        assertThat(got.path("login").asText()).isEqualTo("tweede");
        assertThat(got.path("accountState").asText()).isEqualTo("pending");
        assertThat(got.path("deliveryChannel").asText()).isEqualTo("email");
        assertThat(got.path("language").asText()).isEqualTo("nl");
        long queued = APP.<PortalApplication>getApplication().services().jdbi().withHandle(h -> h.createQuery(
                "select count(*) from outbox o join customer c on c.tenant_id = o.tenant_id and c.id = o.customer_id"
                        + " where c.customer_number = 'C-2' and o.kind = 'activation'").mapTo(Long.class).one());
        assertThat(queued).as("activation e-mail queued exactly once").isEqualTo(1);
    }

    /** Bad customer input answers 422 with the fields, malformed JSON 400, and nothing is stored. */
    @Test
    void customerErrors() {
        Answer missing = http.put("/v1/tenants/acme/customers/C-3", keyA, Map.of("companyName", "X"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().path("errors").get(0).path("field").asText()).isEqualTo("email");
        assertThat(http.put("/v1/tenants/acme/customers/C-3", keyA, "{\"companyName\": ").status()).isEqualTo(400);
        Answer unknown = http.put("/v1/tenants/acme/customers/C-3", keyA, Map.of("companyName", "X", "email", "a@b.example", "colour", "red"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().path("errors").get(0).path("field").asText()).isEqualTo("colour");
        Answer badChannel = http.put("/v1/tenants/acme/customers/C-3", keyA,
                Map.of("companyName", "X", "email", "a@b.example", "deliveryChannel", "pigeon"));
        assertThat(badChannel.json().path("errors").get(0).path("field").asText()).isEqualTo("deliveryChannel");
        assertThat(badChannel.json().path("errors").get(0).path("message").asText())
                .isEqualTo("must be one of [email, email-pdf]");
        assertThat(badChannel.json().path("errors").get(0).has("args")).as("values are filled in, not sent").isFalse();
        Answer dutch = http.send("PUT", "/v1/tenants/acme/customers/C-3", keyA,
                Map.of("companyName", "X".repeat(201), "email", "a@b.example", "deliveryChannel", "pigeon"),
                "application/json", Map.of("Accept-Language", "nl"));
        assertThat(dutch.json().path("errors")).extracting(e -> e.path("message").asText())
                .containsExactly("mag hoogstens 200 tekens lang zijn", "moet een van [email, email-pdf] zijn");
        Answer takenLogin = http.put("/v1/tenants/acme/customers/C-3", keyA, customer("korenschoof"));
        assertThat(takenLogin.status()).isEqualTo(409);
        assertThat(http.get("/v1/tenants/acme/customers/C-3", keyA).status()).isEqualTo(404);
        Answer wrongType = http.send("PUT", "/v1/tenants/acme/customers/C-3", keyA, "name=x", "application/x-www-form-urlencoded", Map.of());
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.json().path("code").asText()).isEqualTo("unsupported_media_type");
    }

    /** Publishing computes amounts; the same invoice again is 200; other content under its number is 409. */
    @Test
    void publishInvoice() {
        Answer created = http.post("/v1/tenants/acme/invoices", keyA, invoice("2026-0001", "125.00"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode inv = created.json();
        assertThat(inv.path("lineTotal").asText()).isEqualTo("260.00");
        assertThat(inv.path("issueDate").asText()).isEqualTo("2026-11-01");
        assertThat(inv.path("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        assertThat(inv.path("taxTotal").asText()).isEqualTo("53.40");  // 250*21% + 10*9%
        assertThat(inv.path("totalAmount").asText()).isEqualTo("313.40");
        assertThat(inv.path("vatBreakdown")).hasSize(2);
        assertThat(inv.path("read").asBoolean()).isFalse();
        assertThat(inv.path("deliveries").get(0).path("state").asText()).isEqualTo("queued");

        assertThat(http.post("/v1/tenants/acme/invoices", keyA, invoice("2026-0001", "125.00")).status()).isEqualTo(200);
        long before = invoiceCount();
        Answer conflict = http.post("/v1/tenants/acme/invoices", keyA, invoice("2026-0001", "126.00"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().path("code").asText()).isEqualTo("conflict");
        assertThat(invoiceCount()).isEqualTo(before);
        Answer got = http.get("/v1/tenants/acme/invoices/2026-0001", keyA);
        assertThat(got.json().path("totalAmount").asText()).isEqualTo("313.40");
    }

    /** Invalid invoices answer 422 naming each field, and store nothing. */
    @Test
    void invalidInvoices() {
        long before = invoiceCount();
        Map<String, Object> bad = Map.of("invoiceNumber", "2026-0100", "customerNumber", "C-1", "issueDate", "01-11-2026",
                "currency", "EURO", "lines", List.of(Map.of("name", "x", "quantity", "two", "unitPrice", "1",
                        "vatCategory", "S")));
        Answer a = http.post("/v1/tenants/acme/invoices", keyA, bad);
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.json().path("errors").findValuesAsText("field"))
                .contains("issueDate", "currency", "lines[0].quantity", "lines[0].vatRate");
        assertThat(a.json().path("errors").findValuesAsText("message")).contains("must be a date as yyyy-MM-dd",
                "must be a decimal number such as 12.50");
        Map<String, Object> zeroRated = new java.util.HashMap<>(invoice("2026-0103", "1.00"));
        zeroRated.put("lines", List.of(Map.of("name", "x", "quantity", "1", "unitPrice", "1", "vatCategory", "Z",
                "vatRate", "21")));
        Answer dutch = http.send("POST", "/v1/tenants/acme/invoices", keyA, zeroRated, "application/json",
                Map.of("Accept-Language", "nl"));
        assertThat(dutch.json().path("errors").findValuesAsText("message")).containsExactly("moet 0 zijn voor categorie Z");
        Map<String, Object> unknownCustomer = new java.util.HashMap<>(invoice("2026-0101", "1.00"));
        unknownCustomer.put("customerNumber", "C-404");
        Answer u = http.post("/v1/tenants/acme/invoices", keyA, unknownCustomer);
        assertThat(u.status()).isEqualTo(422);
        assertThat(u.json().path("errors").get(0).path("field").asText()).isEqualTo("customerNumber");
        assertThat(http.post("/v1/tenants/acme/invoices", keyA, "{not json").status()).isEqualTo(400);
        Answer noLines = http.post("/v1/tenants/acme/invoices", keyA, Map.of("invoiceNumber", "2026-0102",
                "customerNumber", "C-1", "issueDate", "2026-11-01", "currency", "EUR", "lines", List.of()));
        assertThat(noLines.json().path("errors").get(0).path("field").asText()).isEqualTo("lines");
        assertThat(invoiceCount()).isEqualTo(before);
    }

    /** Retries with one Idempotency-Key, even at the same moment, store one invoice and all get the same answer. */
    @Test
    void idempotencyUnderConcurrentRetries() throws Exception {
        Map<String, Object> body = invoice("2026-0200", "99.99");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> http.send("POST", "/v1/tenants/acme/invoices", keyA, body, "application/json",
                    Map.of("Idempotency-Key", "retry-200")));
        }
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> f : pool.invokeAll(calls)) {
            answers.add(f.get());
        }
        pool.shutdown();
        assertThat(answers).extracting(Answer::status).containsOnly(201);
        assertThat(answers).extracting(a -> a.json().path("totalAmount").asText()).containsOnly("252.88"); // 199.98 + 10.00 + 42.00 + 0.90
        long count = APP.<PortalApplication>getApplication().services().jdbi().withHandle(h -> h.createQuery(
                "select count(*) from invoice where invoice_number = '2026-0200'").mapTo(Long.class).one());
        assertThat(count).isEqualTo(1);
        Answer reused = http.send("POST", "/v1/tenants/acme/invoices", keyA, invoice("2026-0201", "1.00"),
                "application/json", Map.of("Idempotency-Key", "retry-200"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(reused.json().path("errors").get(0).path("message").asText())
                .isEqualTo("was used before for another request");
        Answer dutch = http.send("POST", "/v1/tenants/acme/invoices", keyA, invoice("2026-0201", "1.00"),
                "application/json", Map.of("Idempotency-Key", "retry-200", "Accept-Language", "fr;q=1, nl-BE;q=0.9, en;q=0.5"));
        assertThat(dutch.json().path("errors").get(0).path("message").asText())
                .as("the first language the portal speaks").isEqualTo("is eerder gebruikt voor een ander verzoek");
        Answer english = http.send("POST", "/v1/tenants/acme/invoices", keyA, invoice("2026-0201", "1.00"),
                "application/json", Map.of("Idempotency-Key", "retry-200", "Accept-Language", "en-GB, nl;q=0.8"));
        assertThat(english.json().path("errors").get(0).path("message").asText())
                .isEqualTo("was used before for another request");
    }

    /** A repeat after the notification went out gets the first answer again: status and body, byte for byte. */
    @Test
    void repeatAfterTheNotificationWentOutGetsTheFirstAnswer() throws Exception {
        Map<String, Object> body = invoice("2026-0210", "12.00");
        Map<String, String> key = Map.of("Idempotency-Key", "after-mail-210");
        Answer first = http.send("POST", "/v1/tenants/acme/invoices", keyA, body, "application/json", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("deliveries").get(0).path("state").asText()).isEqualTo("queued");
        long deadline = System.currentTimeMillis() + 20_000;
        while (!"sent".equals(http.get("/v1/tenants/acme/invoices/2026-0210", keyA).json()
                .path("deliveries").get(0).path("state").asText())) {
            assertThat(System.currentTimeMillis()).as("the notification is sent").isLessThan(deadline);
            Thread.sleep(200);
        }
        Answer again = http.send("POST", "/v1/tenants/acme/invoices", keyA, body, "application/json", key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        Answer other = http.send("POST", "/v1/tenants/acme/invoices", keyA, invoice("2026-0211", "1.00"),
                "application/json", key);
        assertThat(other.status()).isEqualTo(422);
    }

    /** A tenant's key opens only its own tenant; without a key it is 401; other tenants look absent (404). */
    @Test
    void tenantsNeverSeeEachOther() {
        assertThat(http.post("/v1/tenants/acme/invoices", keyA, invoice("2026-0300", "5.00")).status()).isEqualTo(201);
        assertThat(http.get("/v1/tenants/acme/invoices/2026-0300", keyB).status()).isEqualTo(404);
        assertThat(http.get("/v1/tenants/acme/customers/C-1", keyB).status()).isEqualTo(404);
        assertThat(http.put("/v1/tenants/acme/customers/C-9", keyB, customer("intruder")).status()).isEqualTo(404);
        assertThat(http.get("/v1/tenants/globex/invoices/2026-0300", keyB).status()).isEqualTo(404);
        assertThat(http.get("/v1/tenants/globex/customers/C-1", keyB).status()).isEqualTo(404);
        assertThat(http.get("/v1/tenants/acme/invoices/2026-0300", null).status()).isEqualTo(401);
        assertThat(http.get("/v1/tenants/nope/invoices/2026-0300", keyA).status()).isEqualTo(404);
        // the same customer number and invoice number live separately in each tenant
        assertThat(http.put("/v1/tenants/globex/customers/C-1", keyB, customer("korenschoof")).status()).isEqualTo(201);
        Map<String, Object> other = invoice("2026-0300", "7.00");
        assertThat(http.post("/v1/tenants/globex/invoices", keyB, other).status()).isEqualTo(201);
        assertThat(http.get("/v1/tenants/globex/invoices/2026-0300", keyB).json().path("lineTotal").asText())
                .isEqualTo("24.00");
        assertThat(http.get("/v1/tenants/acme/invoices/2026-0300", keyA).json().path("lineTotal").asText())
                .isEqualTo("20.00");
    }

    /** The issuer gets an invoice rendered by the CSV plugin, listed by GET /api/v1/plugins. */
    @Test
    void csvThroughThePlugin() {
        assertThat(http.post("/v1/tenants/acme/invoices", keyA, invoice("2026-0400", "12.50")).status()).isEqualTo(201);
        Answer csv = http.get("/v1/tenants/acme/invoices/2026-0400/csv", keyA);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("2026-0400.csv");
        assertThat(csv.body()).contains("2026-0400").contains("Servicekosten").contains("12,50");
        assertThat(http.get("/v1/tenants/acme/invoices/2026-0400/doc", keyA).status()).isEqualTo(404);
        Answer plugins = http.get("/v1/plugins", PortalApp.ADMIN_KEY);
        assertThat(plugins.status()).isEqualTo(200);
        assertThat(plugins.body()).contains("\"csv\"");
        assertThat(http.get("/v1/plugins", null).status()).isEqualTo(401);
    }

    /** The OpenAPI document is generated from the resources. */
    @Test
    void openApiDocument() {
        Answer doc = http.get("/openapi.json", null);
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().path("paths").has("/v1/tenants/{tenant}/invoices")).isTrue();
        assertThat(doc.json().path("paths").has("/v1/tenants/{tenant}/customers/{customerNumber}")).isTrue();
        assertThat(doc.json().path("paths").has("/v1/plugins")).isTrue();
    }

    /** Every answer carries strict headers; an unknown API path is a JSON 404. */
    @Test
    void headersAndUnknownPaths() {
        Answer a = http.get("/v1/nothing-here", null);
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.json().path("code").asText()).isEqualTo("not_found");
        assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(a.header("Content-Security-Policy")).contains("frame-ancestors 'self'");
        assertThat(a.header("Referrer-Policy")).isNotBlank();
    }
}
