package io.invoiceportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PortalApp;
import io.invoiceportal.server.testing.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hundreds of malformed requests, generated (no randomness) from valid ones, against the operator,
 * issuer, customer and public APIs: bad text, wrong types, huge numbers, invalid dates, nulls in
 * lists, broken JSON, oversized bodies, path tricks and wrong content types. None may be a 5xx,
 * every answer is the JSON error, and nothing is stored.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class MalformedRequestsFuzzIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("fuzz");
    static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Tables not counted: the migrations' history, login_throttle (counting failed logins is its
     * job), and the invoice counts, whose deltas a background task folds into their rows at any
     * time: those are compared by the totals they add up to ({@code invoice counts} below).
     */
    static final List<String> NOT_COUNTED = List.of("flyway_schema_history", "login_throttle",
            "customer_invoice_count", "customer_invoice_count_delta");
    /** JSON string literals no API accepts: NUL, other control characters, a lone surrogate. */
    static final List<String> BAD_TEXT = List.of("\"a\\u0000b\"", "\"\\u0007\"", "\"x\\ud800\"", "\"\\udc00y\"",
            "\"a\\u001bb\"", "\"\\u007f\"", "\"\\u0085\"");
    /** JSON values of the wrong type for a string, or too large for any number. */
    static final List<String> WRONG_VALUES = List.of("{}", "[]", "[\"a\"]", "{\"a\":1}", "1e400",
            "123456789012345678901234567890", "-0.00000000000000000000000000001");
    static final List<String> BAD_DATES = List.of("\"2026-02-30\"", "\"2026-13-01\"", "\"0000-00-00\"",
            "\"99999-01-01\"", "\"01-03-2026\"", "\"2026-1-1\"", "\"tomorrow\"");

    /** Above the largest limit (16 MiB for an invoice). */
    static final byte[] OVERSIZED = ("{\"x\":\"" + "a".repeat(17 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    static String api;
    static String key;
    static Http customer;
    static RawHttp raw;

    /** One request of the corpus and the statuses it may get. */
    record Probe(String label, String method, String path, String auth, String contentType, byte[] body, boolean acceptedOk) {}

    @BeforeAll
    static void data() {
        api = "http://localhost:" + APP.getLocalPort() + "/api";
        raw = new RawHttp(APP.getLocalPort());
        Http admin = new Http(api);
        key = PortalApp.acmeWithCustomer(admin, "Acme B.V.", "Bakkerij B.V.", "bakkerij");
        assertThat(admin.post("/v1/tenants/acme/invoices", key, invoice("2026-0001")).status()).isEqualTo(201);
        PortalApp.activate(APP, "acme", "C-1", "Factuur2026");
        customer = signIn();
        awaitOutboxDrained();
    }

    /** The relay delivers the setup's notifications in the background (minting tokens): let it finish first. */
    static void awaitOutboxDrained() {
        long deadline = System.currentTimeMillis() + 30_000;
        while (APP.<PortalApplication>getApplication().services().jdbi().withHandle(h -> h.createQuery(
                "select count(*) from outbox where state = 'queued'").mapTo(Long.class).one()) > 0) {
            assertThat(System.currentTimeMillis()).as("outbox drained in time").isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static Http signIn() {
        Http http = new Http(api);
        assertThat(http.post("/v1/tenants/acme/session", null, Map.of("login", "bakkerij", "password", "Factuur2026"))
                .status()).isEqualTo(200);
        return http;
    }

    static Map<String, Object> invoice(String number) {
        return Map.of("invoiceNumber", number, "customerNumber", "C-1", "issueDate", "2026-03-01",
                "dueDate", "2026-03-31", "currency", "EUR", "description", "Huur", "lines", List.of(Map.of(
                        "name", "Huur", "quantity", "1", "unitPrice", "100", "vatCategory", "S", "vatRate", "21")));
    }

    /** A body endpoint: where it is, who may call it, a valid body, and whether 202 is its answer to anything. */
    record Endpoint(String method, String path, String auth, Object validBody, List<String> dateFields, boolean alwaysAccepted) {}

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST", "/v1/tenants", "admin", Map.of("slug", "fuzz", "name", "Fuzz B.V.", "language", "nl",
                        "languages", List.of("nl", "en")), List.of(), false),
                new Endpoint("PUT", "/v1/tenants/acme/customers/C-9", "issuer", Map.of("companyName", "Nieuw B.V.",
                        "email", "n@nieuw.example", "login", "nieuw", "contact", Map.of("name", "J", "phone", "1"),
                        "address", Map.of("street", "Dorpsstraat 1", "postalCode", "3511 AB", "city", "Utrecht",
                                "countryCode", "NL")), List.of(), false),
                new Endpoint("POST", "/v1/tenants/acme/invoices", "issuer", invoice("2026-0099"),
                        List.of("issueDate", "dueDate"), false),
                new Endpoint("PUT", "/v1/tenants/acme/settings", "issuer", Map.of("enabledFormats", List.of("pdf", "csv"),
                        "languages", List.of("nl", "en")), List.of(), false),
                new Endpoint("PUT", "/v1/tenants/acme/me/profile", "customer", Map.of("contact", Map.of("name", "K",
                        "phone", "2"), "language", "en"), List.of(), false),
                new Endpoint("POST", "/v1/tenants/acme/me/exports", "customer", Map.of("invoiceNumbers",
                        List.of("2026-0001"), "format", "csv"), List.of(), false),
                new Endpoint("PUT", "/v1/tenants/acme/me/password", "customer", Map.of("currentPassword", "Factuur2026",
                        "newPassword", "Zomer2027x", "newPasswordConfirmation", "Zomer2027x"), List.of(), false),
                new Endpoint("POST", "/v1/tenants/acme/session", null, Map.of("login", "bakkerij", "password", "Wrong2026"),
                        List.of(), false),
                new Endpoint("POST", "/v1/tenants/acme/activation", null, Map.of("token", "x".repeat(43),
                        "password", "Factuur2027", "passwordConfirmation", "Factuur2027"), List.of(), false),
                new Endpoint("POST", "/v1/tenants/acme/password-resets", null, Map.of("token", "y".repeat(43),
                        "password", "Factuur2027", "passwordConfirmation", "Factuur2027"), List.of(), false),
                new Endpoint("POST", "/v1/tenants/acme/password-reset-requests", null, Map.of("login", "bakkerij",
                        "email", "a@bakkerij.example"), List.of(), true));
    }

    /** Every string leaf of a JSON tree, as a pointer such as /lines/0/name. */
    static List<String> stringLeaves(JsonNode node, String at) {
        List<String> leaves = new ArrayList<>();
        if (node.isTextual()) {
            leaves.add(at);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                leaves.addAll(stringLeaves(f.getValue(), at + "/" + f.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves.addAll(stringLeaves(node.get(i), at + "/" + i));
            }
        }
        return leaves;
    }

    /** The valid body with the leaf at {@code pointer} replaced by the raw JSON {@code value}. */
    static String replaced(JsonNode valid, String pointer, String value) {
        JsonNode copy = valid.deepCopy();
        String marker = "\u2603fuzz\u2603";
        String parentPointer = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode parent = parentPointer.isEmpty() ? copy : copy.at(parentPointer);
        if (parent instanceof ObjectNode o) {
            o.put(last, marker);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), marker);
        }
        return copy.toString().replace("\"" + marker + "\"", value);
    }

    /** The body with a null added to each of its lists. */
    static List<String> nullsInLists(JsonNode valid) {
        List<String> bodies = new ArrayList<>();
        valid.fields().forEachRemaining(f -> {
            if (f.getValue().isArray()) {
                ObjectNode copy = valid.deepCopy();
                ((ArrayNode) copy.get(f.getKey())).addNull();
                bodies.add(copy.toString());
            }
        });
        return bodies;
    }

    static List<Probe> corpus() {
        List<Probe> probes = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            JsonNode valid = JSON.valueToTree(e.validBody());
            String where = e.method() + " " + e.path();
            for (String leaf : stringLeaves(valid, "")) {
                for (String bad : BAD_TEXT) {
                    probes.add(json(e, where + " text " + leaf, replaced(valid, leaf, bad)));
                }
                for (String wrong : WRONG_VALUES.subList(0, 4)) {
                    probes.add(json(e, where + " type " + leaf, replaced(valid, leaf, wrong)));
                }
            }
            for (String field : e.dateFields()) {
                for (String date : BAD_DATES) {
                    probes.add(json(e, where + " date " + field + "=" + date, replaced(valid, "/" + field, date)));
                }
            }
            for (String nulls : nullsInLists(valid)) {
                probes.add(json(e, where + " null in list", nulls));
            }
            for (String broken : List.of("", "{", "[]", "null", "\"text\"", "42", "{\"a\":}", "{}x",
                    "[".repeat(5000) + "]".repeat(5000), "{\"unknownField\":1}")) {
                probes.add(json(e, where + " broken " + broken.length(), broken));
            }
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x")) {
                probes.add(new Probe(where + " content type " + type, e.method(), e.path(), e.auth(), type,
                        valid.toString().getBytes(StandardCharsets.UTF_8), e.alwaysAccepted()));
            }
            probes.add(new Probe(where + " invalid UTF-8", e.method(), e.path(), e.auth(), "application/json",
                    new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, e.alwaysAccepted()));
            probes.add(new Probe(where + " oversized", e.method(), e.path(), e.auth(), "application/json", OVERSIZED, false));
        }
        probes.addAll(numbersOnInvoices());
        probes.addAll(queries());
        probes.addAll(paths());
        probes.addAll(headers());
        return probes;
    }

    /** Amounts and quantities that are no number, or far too large. */
    static List<Probe> numbersOnInvoices() {
        List<Probe> probes = new ArrayList<>();
        Endpoint invoices = endpoints().get(2);
        JsonNode valid = JSON.valueToTree(invoices.validBody());
        for (String field : List.of("/lines/0/quantity", "/lines/0/unitPrice", "/lines/0/vatRate")) {
            for (String number : List.of("1e400", "\"1e999999\"", "123456789012345678901234567890", "\"NaN\"",
                    "\"Infinity\"", "\"0x1F\"", "\"1,5\"", "-1e-400")) {
                probes.add(json(invoices, "invoice number " + field + "=" + number, replaced(valid, field, number)));
            }
        }
        return probes;
    }

    static List<Probe> queries() {
        List<Probe> probes = new ArrayList<>();
        for (String q : List.of("number=%00", "category=a%00", "category=%1B%5B31m", "number=%ED%A0%80", "read=maybe",
                "read=%00", "dateFrom=2026-02-30", "dateTo=99999-01-01", "dateFrom=%00", "sort=%00", "sort=issueDate,sideways",
                "sort=nothing", "page=-1", "page=99999999999999999999", "page=1e3", "size=0", "size=101",
                "size=2147483648", "size=-2147483649", "page=%zz", "%00=1", "category=%EF%BF%BF")) {
            probes.add(new Probe("list ?" + q.substring(0, Math.min(q.length(), 40)), "GET",
                    "/v1/tenants/acme/me/invoices?" + q, "customer", null, new byte[0], false));
        }
        return probes;
    }

    static List<Probe> paths() {
        List<Probe> probes = new ArrayList<>();
        for (String p : List.of("/v1/tenants/acme/me/invoices/%00/pdf", "/v1/tenants/acme/me/invoices/2026-0001/%00",
                "/v1/tenants/acme/me/invoices/2026-0001/..%2f..%2fsettings", "/v1/tenants/acme/me/invoices/%ED%A0%80/csv",
                "/v1/tenants/acme/me/invoices/" + "9".repeat(3000) + "/pdf", "/v1/tenants/acme/me/invoices/2026-0001/%252e%252e",
                "/v1/tenants/acme/customers/C%0d%0aX", "/v1/tenants/acme/customers/%00", "/v1/tenants/acme/customers/..%2fC-1",
                "/v1/tenants/acme/invoices/2026-0001/%07", "/v1/tenants/acme/invoices/%2e%2e/csv",
                "/v1/tenants/%00/settings", "/v1/tenants/a%2fb/settings", "/v1/tenants/..%2facme/settings",
                "/v1/tenants/acme//settings", "/v1/tenants/acme/settings/%2e",
                "/v1/tenants/" + "a".repeat(10_000) + "/settings")) {
            String auth = p.contains("/me/") ? "customer" : "issuer";
            probes.add(new Probe("path " + p.substring(0, Math.min(p.length(), 60)), "GET", p, auth, null, new byte[0], false));
        }
        probes.add(new Probe("DELETE on a customer", "DELETE", "/v1/tenants/acme/customers/C-1", "issuer", null, new byte[0], false));
        for (String method : List.of("TRACE", "FOO", "CONNECT")) {
            probes.add(new Probe(method + " on settings", method, "/v1/tenants/acme/settings", "issuer", null, new byte[0], false));
        }
        probes.add(new Probe("PATCH on settings", "PATCH", "/v1/tenants/acme/settings", "issuer", "application/json",
                "{}".getBytes(StandardCharsets.UTF_8), false));
        return probes;
    }

    /** Headers no client should send: a control character in a value, a huge header, a bad Idempotency-Key. */
    static List<Probe> headers() {
        List<Probe> probes = new ArrayList<>();
        byte[] body = JSON.valueToTree(invoice("2026-0098")).toString().getBytes(StandardCharsets.UTF_8);
        for (String header : List.of("X-Test: a\u0001b", "X-Big: " + "h".repeat(20_000), "Idempotency-Key: a b",
                "Idempotency-Key: " + "k".repeat(201), "Idempotency-Key: \u00e9t\u00e9", "Authorization: Bearer \u0000")) {
            probes.add(new Probe("header " + header.substring(0, Math.min(40, header.length())), "POST",
                    "/v1/tenants/acme/invoices", "issuer+" + header, "application/json", body, false));
        }
        return probes;
    }

    static Probe json(Endpoint e, String label, String body) {
        return new Probe(label, e.method(), e.path(), e.auth(), "application/json", body.getBytes(StandardCharsets.UTF_8),
                e.alwaysAccepted());
    }

    static Map<String, Long> rowCounts() {
        return APP.<PortalApplication>getApplication().services().jdbi().withHandle(h -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            List<String> tables = h.createQuery("select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1")
                    .mapTo(String.class).list();
            assertThat(tables).contains("tenant", "customer", "account", "invoice", "outbox");
            for (String table : tables.stream().filter(t -> !NOT_COUNTED.contains(t)).toList()) {
                counts.put(table, h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
            }
            counts.put("invoice counts", h.createQuery("select coalesce(sum(total), 0) * 1000003 + coalesce(sum(unread), 0)"
                    + " from (select total, unread from customer_invoice_count"
                    + " union all select total, unread from customer_invoice_count_delta) c").mapTo(Long.class).one());
            return counts;
        });
    }

    RawHttp.Answer send(Probe p) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (p.auth() != null && p.auth().startsWith("issuer+")) {
            String header = p.auth().substring("issuer+".length());
            headers.put(header.substring(0, header.indexOf(':')), header.substring(header.indexOf(':') + 2));
            if (!header.startsWith("Authorization")) {
                headers.put("Authorization", "Bearer " + key);
            }
        } else if ("admin".equals(p.auth())) {
            headers.put("Authorization", "Bearer " + PortalApp.ADMIN_KEY);
        } else if ("issuer".equals(p.auth())) {
            headers.put("Authorization", "Bearer " + key);
        } else if ("customer".equals(p.auth())) {
            headers.put("Cookie", "JSESSIONID=" + customer.cookie("JSESSIONID"));
        }
        if (p.contentType() != null) {
            headers.put("Content-Type", p.contentType());
        }
        if (p.body().length > 0 || !p.method().equals("GET")) {
            headers.put("Content-Length", String.valueOf(p.body().length));
        }
        return raw.send(p.method() + " /api" + p.path() + " HTTP/1.1", headers, p.body());
    }

    @Test
    void malformedRequestsAreRefusedCleanlyAndChangeNothing() throws Exception {
        List<Probe> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        Map<String, Long> before = rowCounts();
        String settings = new Http(api).get("/v1/tenants/acme/settings", key).body();
        String profile = customer.get("/v1/tenants/acme/me/profile", null).body();

        List<String> problems = new ArrayList<>();
        for (Probe p : corpus) {
            RawHttp.Answer a = send(p);
            String what = p.label() + " -> " + a.status() + " " + a.body().substring(0, Math.min(200, a.body().length()));
            boolean statusOk = (a.status() >= 400 && a.status() < 500) || (p.acceptedOk() && a.status() == 202);
            if (!statusOk) {
                problems.add("status: " + what);
                continue;
            }
            String type = a.header("Content-Type");
            if (type == null || !type.startsWith("application/json")) {
                problems.add("not JSON: " + what);
                continue;
            }
            JsonNode body = JSON.readTree(a.body());
            if (a.status() >= 400 && !(body.path("code").isTextual() && body.path("message").isTextual()
                    && body.path("errors").isArray())) {
                problems.add("not the error shape: " + what);
            }
        }
        assertThat(problems).as("of " + corpus.size() + " malformed requests").isEmpty();
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(new Http(api).get("/v1/tenants/acme/settings", key).body()).isEqualTo(settings);
        assertThat(customer.get("/v1/tenants/acme/me/profile", null).body()).isEqualTo(profile);
        signIn(); // the password is unchanged
    }
}
