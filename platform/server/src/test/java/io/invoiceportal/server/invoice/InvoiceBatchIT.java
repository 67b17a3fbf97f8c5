package io.invoiceportal.server.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PortalApp;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST …/invoices/batch over real HTTP, a real PostgreSQL and a real SMTP server (GreenMail). */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvoiceBatchIT {
    static final int SMTP_PORT = freePort();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String NDJSON = "application/x-ndjson";

    @RegisterExtension
    @Order(1)
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("batch",
            ConfigOverride.config("smtp.host", "127.0.0.1"),
            ConfigOverride.config("smtp.port", String.valueOf(SMTP_PORT)),
            ConfigOverride.config("delivery.pollMillis", "200"));
    static Http http;
    static String keyA;
    static String keyB;

    @BeforeAll
    static void tenants() {
        http = new Http("http://localhost:" + APP.getLocalPort() + "/api");
        keyA = tenant("acme");
        keyB = tenant("globex");
        customer("acme", keyA, "C-1", "c1@acme.test");
        customer("acme", keyA, "C-2", "c2@acme.test");
        customer("globex", keyB, "G-1", "g1@globex.test");
    }

    static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String tenant(String slug) {
        Answer a = http.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", slug, "name", slug + " B.V.",
                "language", "nl", "seller", Map.of("legalName", slug + " B.V.", "vatId", "NL123456789B01",
                        "iban", "NL91ABNA0417164300", "address", Map.of("street", "Dorpsstraat 1", "city", "Utrecht",
                                "postalCode", "3511 AB", "countryCode", "NL"))));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("apiKey").asText();
    }

    static void customer(String slug, String key, String number, String email) {
        Answer a = http.put("/v1/tenants/" + slug + "/customers/" + number, key, Map.of("companyName", "Klant " + number,
                "email", email, "language", "nl", "address", Map.of("street", "Dorpsstraat 12", "postalCode", "3511 AB",
                        "city", "Utrecht", "countryCode", "NL")));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
    }

    static Map<String, Object> invoice(String number, String customer, String price) {
        return new HashMap<>(Map.of("invoiceNumber", number, "customerNumber", customer, "issueDate", "2026-11-01",
                "dueDate", "2026-12-01", "currency", "EUR", "lines", List.of(
                        Map.of("id", "1", "name", "Servicekosten", "quantity", "2", "unitCode", "C62",
                                "unitPrice", price, "vatCategory", "S", "vatRate", "21"),
                        Map.of("id", "2", "name", "Boek", "quantity", "1", "unitPrice", "10.00",
                                "vatCategory", "S", "vatRate", "9"),
                        Map.of("id", "3", "name", "Vrij", "quantity", "3", "unitPrice", "1.25",
                                "vatCategory", "Z", "vatRate", "0")),
                "payment", Map.of("meansCode", "30", "iban", "NL91ABNA0417164300", "reference", number)));
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String ndjson(List<?> items) {
        return items.stream().map(i -> i instanceof String s ? s : json(i)).collect(Collectors.joining("\n")) + "\n";
    }

    static Answer batch(String slug, String key, String body, String type, Map<String, String> headers) {
        return http.send("POST", "/v1/tenants/" + slug + "/invoices/batch", key, body, type, headers);
    }

    static long count(String sql) {
        return APP.<PortalApplication>getApplication().services().jdbi()
                .withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    static List<String> statuses(Answer a) {
        List<String> statuses = new ArrayList<>();
        a.json().path("results").forEach(r -> statuses.add(r.path("status").asText()));
        return statuses;
    }

    /**
     * A JSON array gets one result per item in order: new invoices created, a repeat with the same
     * content existing, the same number with other content and invalid items errors with the same
     * field messages as the single endpoint gives (here in Dutch); an error stores nothing of its item.
     */
    @Test
    void arrayWithMixedItems() {
        assertThat(http.post("/v1/tenants/acme/invoices", keyA, invoice("A-0001", "C-1", "10.00")).status()).isEqualTo(201);
        Map<String, Object> invalid = invoice("A-0004", "C-1", "-5");
        invalid.put("currency", "EURO");
        Map<String, Object> unknownField = invoice("A-0007", "C-1", "1.00");
        unknownField.put("colour", "red");
        List<Object> items = List.of(
                invoice("A-0002", "C-1", "20.00"),
                invoice("A-0001", "C-1", "10.00"),
                invoice("A-0001", "C-1", "11.00"),
                invalid,
                invoice("A-0005", "C-404", "1.00"),
                invoice("A-0002", "C-1", "20.00"),
                42,
                unknownField,
                invoice("A-0003", "C-2", "30.00"));
        Map<String, String> dutch = Map.of("Accept-Language", "nl");
        Answer a = batch("acme", keyA, json(items), "application/json", dutch);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(statuses(a)).containsExactly("created", "existing", "error", "error", "error", "existing", "error",
                "error", "created");
        JsonNode results = a.json().path("results");
        for (int i = 0; i < items.size(); i++) {
            assertThat(results.get(i).path("index").asInt()).isEqualTo(i);
        }
        assertThat(results.get(0).path("invoiceNumber").asText()).isEqualTo("A-0002");
        assertThat(results.get(0).path("errors").isEmpty()).isTrue();
        assertThat(results.get(2).path("code").asText()).isEqualTo("conflict");
        assertThat(results.get(2).path("errors").get(0).path("field").asText()).isEqualTo("invoiceNumber");
        assertThat(results.get(2).path("errors").get(0).path("message").asText()).isEqualTo("bestaat al met andere inhoud");
        Answer single = http.send("POST", "/v1/tenants/acme/invoices", keyA, invalid, "application/json", dutch);
        assertThat(single.status()).isEqualTo(422);
        assertThat(results.get(3).path("code").asText()).isEqualTo("invalid");
        assertThat(results.get(3).path("errors")).isEqualTo(single.json().path("errors"));
        assertThat(results.get(4).path("errors").get(0).path("field").asText()).isEqualTo("customerNumber");
        assertThat(results.get(4).path("errors").get(0).path("message").asText()).isEqualTo("is geen klant van deze uitgever");
        assertThat(results.get(6).path("errors").get(0).path("message").asText())
                .isEqualTo("moet een factuur (een JSON-object) zijn");
        assertThat(results.get(7).path("invoiceNumber").asText()).isEqualTo("A-0007");
        assertThat(results.get(7).path("errors").get(0).path("field").asText()).isEqualTo("colour");
        assertThat(a.json().path("items").asInt()).isEqualTo(9);
        assertThat(a.json().path("created").asInt()).isEqualTo(2);
        assertThat(a.json().path("existing").asInt()).isEqualTo(2);
        assertThat(a.json().path("failed").asInt()).isEqualTo(5);

        assertThat(count("select count(*) from invoice where invoice_number like 'A-%'")).isEqualTo(3);
        Answer stored = http.get("/v1/tenants/acme/invoices/A-0002", keyA);
        assertThat(stored.json().path("lines")).hasSize(3);
        assertThat(stored.json().path("lineTotal").asText()).isEqualTo("53.75");
        assertThat(stored.json().path("totalAmount").asText()).isEqualTo("63.05");
        assertThat(http.get("/v1/tenants/acme/invoices/A-0001", keyA).json().path("lineTotal").asText())
                .as("the conflicting item left the stored invoice alone").isEqualTo("33.75");
    }

    /**
     * NDJSON is read line by line: blank lines are skipped, a line that is not JSON or not an object
     * is an error item, and more than one chunk (here 150 items) is stored in order.
     */
    @Test
    void ndjsonAcrossChunks() {
        List<Object> lines = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            lines.add(invoice(String.format("N-%04d", i), i % 2 == 0 ? "C-1" : "C-2", "1.00"));
            if (i == 120) {
                lines.add("{\"invoiceNumber\": \"N-broken\", ");
                lines.add("");
                lines.add("[1, 2]");
                lines.add("   ");
                lines.add(json(invoice("N-trailing", "C-1", "1.00")) + " {}");
            }
        }
        Answer a = batch("acme", keyA, ndjson(lines), NDJSON, Map.of());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        List<String> statuses = statuses(a);
        assertThat(statuses).hasSize(153);
        assertThat(statuses.get(121)).isEqualTo("error");
        assertThat(a.json().path("results").get(121).path("code").asText()).isEqualTo("malformed");
        assertThat(a.json().path("results").get(121).path("errors").get(0).path("message").asText())
                .isEqualTo("is not valid JSON");
        assertThat(statuses.get(122)).isEqualTo("error");
        assertThat(a.json().path("results").get(122).path("errors").get(0).path("message").asText())
                .isEqualTo("must be an invoice (a JSON object)");
        assertThat(a.json().path("results").get(123).path("code").asText()).isEqualTo("malformed");
        assertThat(a.json().path("results").get(124).path("invoiceNumber").asText()).isEqualTo("N-0121");
        assertThat(Collections.frequency(statuses, "created")).isEqualTo(150);
        assertThat(a.json().path("results").get(152).path("index").asInt()).isEqualTo(152);
        assertThat(a.json().path("results").get(152).path("invoiceNumber").asText()).isEqualTo("N-0149");
        assertThat(count("select count(*) from invoice where invoice_number like 'N-%'")).isEqualTo(150);
        assertThat(count("select count(*) from invoice_line l join invoice i on i.tenant_id = l.tenant_id"
                + " and i.id = l.invoice_id where i.invoice_number like 'N-%'")).isEqualTo(450);
    }

    /** NDJSON is read as it arrives: a body streamed without a length in many small writes works the same. */
    @Test
    void ndjsonStreamedWithoutLength() throws Exception {
        List<InputStream> parts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            parts.add(new java.io.ByteArrayInputStream((json(invoice("S-" + i, "C-1", "2.00")) + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + APP.getLocalPort()
                        + "/api/v1/tenants/acme/invoices/batch"))
                .header("Authorization", "Bearer " + keyA).header("Content-Type", NDJSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(parts))))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("created").asInt()).isEqualTo(30);
    }

    /**
     * An Idempotency-Key makes the whole request happen once: a repeat, also eight at the same
     * moment, gets the first answer byte for byte and stores nothing more; the key with another
     * body is 422. Without the key a repeat is still safe per item (all existing).
     */
    @Test
    void idempotentPerRequestAndPerItem() throws Exception {
        String body = json(IntStream.range(0, 40).mapToObj(i -> invoice("K-" + i, "C-1", "3.00")).toList());
        Map<String, String> key = Map.of("Idempotency-Key", "batch-k-1");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> batch("acme", keyA, body, "application/json", key));
        }
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> f : pool.invokeAll(calls)) {
            answers.add(f.get());
        }
        pool.shutdown();
        assertThat(answers).extracting(Answer::status).containsOnly(200);
        assertThat(answers).extracting(Answer::body).containsOnly(answers.get(0).body());
        assertThat(answers.get(0).json().path("created").asInt()).isEqualTo(40);
        assertThat(count("select count(*) from invoice where invoice_number like 'K-%'")).isEqualTo(40);
        assertThat(count("select count(*) from outbox o join invoice i on i.tenant_id = o.tenant_id"
                + " and i.id = o.invoice_id where i.invoice_number like 'K-%'")).isEqualTo(40);

        Answer other = batch("acme", keyA, json(List.of(invoice("K-x", "C-1", "1.00"))), "application/json", key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");

        Answer again = batch("acme", keyA, body, "application/json", Map.of());
        assertThat(again.json().path("existing").asInt()).isEqualTo(40);
        assertThat(again.json().path("created").asInt()).isZero();
    }

    /** Each created invoice is notified exactly once; existing and failed items are not notified. */
    @Test
    @Order(1) // first, so that its mails do not queue behind the other tests' hundreds
    void oneNotificationPerCreatedInvoice() throws Exception {
        customer("acme", keyA, "C-M", "mail@acme.test");
        assertThat(http.post("/v1/tenants/acme/invoices", keyA, invoice("M-0", "C-M", "1.00")).status()).isEqualTo(201);
        List<Object> items = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            items.add(invoice("M-" + i, "C-M", "1.00"));
        }
        items.add(invoice("M-0", "C-M", "1.00"));
        items.add(invoice("M-0", "C-M", "2.00"));
        items.add(invoice("M-1", "C-M", "1.00"));
        Answer a = batch("acme", keyA, ndjson(items), NDJSON, Map.of("Idempotency-Key", "mails-1"));
        assertThat(a.json().path("created").asInt()).isEqualTo(5);
        assertThat(batch("acme", keyA, ndjson(items), NDJSON, Map.of("Idempotency-Key", "mails-1")).body())
                .isEqualTo(a.body());
        assertThat(batch("acme", keyA, ndjson(items), NDJSON, Map.of()).json().path("existing").asInt()).isEqualTo(7);
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsFor("M-").size() >= 6);
        Thread.sleep(1000); // a second notification would be sent by now
        Map<String, Long> perInvoice = mailsFor("M-").stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertThat(perInvoice).containsOnlyKeys("M-0", "M-1", "M-2", "M-3", "M-4", "M-5");
        assertThat(perInvoice.values()).containsOnly(1L);
    }

    /** The invoice numbers the new-invoice mails received so far name, one entry per mail. */
    static List<String> mailsFor(String prefix) throws Exception {
        List<String> numbers = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            for (String word : m.getSubject().split(" ")) {
                if (word.startsWith(prefix)) {
                    numbers.add(word);
                }
            }
        }
        return numbers;
    }

    /**
     * Request-level problems are clear JSON errors and store nothing: not JSON (400), another
     * content type (415), an object instead of an array, an empty array or body (422), 1,001 items
     * (413). A line larger than one invoice may be is an error item; the others are stored.
     */
    @Test
    void limitsAndMalformedInput() {
        long before = count("select count(*) from invoice");
        Answer notJson = batch("acme", keyA, "[{\"invoiceNumber\": ", "application/json", Map.of());
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().path("code").asText()).isEqualTo("malformed");
        Answer xml = batch("acme", keyA, "<invoices/>", "application/xml", Map.of());
        assertThat(xml.status()).isEqualTo(415);
        assertThat(xml.json().path("message").asText()).contains("application/x-ndjson");
        Answer object = batch("acme", keyA, json(invoice("L-1", "C-1", "1.00")), "application/json", Map.of());
        assertThat(object.status()).isEqualTo(422);
        assertThat(object.json().path("errors").get(0).path("message").asText()).isEqualTo("must be a JSON array of invoices");
        Answer empty = batch("acme", keyA, "[]", "application/json", Map.of("Accept-Language", "nl"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().path("errors").get(0).path("message").asText()).isEqualTo("moet minstens één factuur bevatten");
        assertThat(batch("acme", keyA, "\n \n", NDJSON, Map.of()).status()).isEqualTo(422);

        List<Object> tooMany = IntStream.range(0, 1001).mapToObj(i -> (Object) invoice("L-" + i, "C-1", "1.00")).toList();
        Answer many = batch("acme", keyA, json(tooMany), "application/json", Map.of());
        assertThat(many.status()).isEqualTo(413);
        assertThat(many.json().path("errors").get(0).path("message").asText()).isEqualTo("must hold at most 1000 invoices");
        Answer manyLines = batch("acme", keyA, ndjson(tooMany), NDJSON, Map.of("Idempotency-Key", "too-many"));
        assertThat(manyLines.status()).isEqualTo(413);
        assertThat(count("select count(*) from invoice")).isEqualTo(before);
        assertThat(count("select count(*) from idempotency_key where key = 'too-many'")).isZero();

        Map<String, Object> huge = invoice("L-huge", "C-1", "1.00");
        char[] description = new char[17 * 1024 * 1024];
        Arrays.fill(description, 'x');
        huge.put("description", new String(description));
        Answer a = batch("acme", keyA, ndjson(List.of(invoice("L-small", "C-1", "1.00"), huge)), NDJSON, Map.of());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(statuses(a)).containsExactly("created", "error");
        assertThat(a.json().path("results").get(1).path("code").asText()).isEqualTo("too_large");
        assertThat(count("select count(*) from invoice")).isEqualTo(before + 1);
    }

    /**
     * Tenants never see each other: another tenant's key gets 404, customer numbers are looked up
     * within the tenant, and invoice numbers are per tenant.
     */
    @Test
    void tenantsStayApart() {
        String body = json(List.of(invoice("T-1", "C-1", "1.00")));
        assertThat(batch("acme", keyB, body, "application/json", Map.of()).status()).isEqualTo(404);
        assertThat(batch("acme", null, body, "application/json", Map.of()).status()).isEqualTo(401);
        Answer inB = batch("globex", keyB, body, "application/json", Map.of());
        assertThat(statuses(inB)).containsExactly("error");
        assertThat(inB.json().path("results").get(0).path("errors").get(0).path("field").asText()).isEqualTo("customerNumber");
        assertThat(statuses(batch("acme", keyA, body, "application/json", Map.of()))).containsExactly("created");
        Answer sameNumberInB = batch("globex", keyB, json(List.of(invoice("T-1", "G-1", "9.00"))), "application/json", Map.of());
        assertThat(statuses(sameNumberInB)).containsExactly("created");
        assertThat(http.get("/v1/tenants/acme/invoices/T-1", keyA).json().path("customerNumber").asText()).isEqualTo("C-1");
        assertThat(http.get("/v1/tenants/globex/invoices/T-1", keyB).json().path("customerNumber").asText()).isEqualTo("G-1");
        assertThat(batch("globex", keyB, body, "application/json", Map.of("Idempotency-Key", "shared")).status()).isEqualTo(200);
        assertThat(batch("acme", keyA, body, "application/json", Map.of("Idempotency-Key", "shared")).status())
                .as("keys are per tenant").isEqualTo(200);
    }
}
