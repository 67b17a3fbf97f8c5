package io.invoiceportal.server.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PortalApp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each EN 16931 business rule the JSON API checks, over real HTTP and PostgreSQL: 422 naming field and rule id, nothing stored. */
@ExtendWith(DropwizardExtensionsSupport.class)
class InvoiceRulesIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("rules");
    static Http http;
    static String key;

    @BeforeAll
    static void tenant() {
        http = new Http("http://localhost:" + APP.getLocalPort() + "/api");
        key = createTenant(http, "acme");
        assertThat(http.put("/v1/tenants/acme/customers/C-1", key, Map.of("companyName", "Zonder btw-nummer",
                "email", "c1@example.test")).status()).isEqualTo(201);
        assertThat(http.put("/v1/tenants/acme/customers/C-2", key, Map.of("companyName", "Met btw-nummer",
                "email", "c2@example.test", "vatId", "DE123456789")).status()).isEqualTo(201);
    }

    static String createTenant(Http http, String slug) {
        Answer a = http.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", slug, "name", slug + " B.V.",
                "language", "nl", "seller", Map.of("legalName", slug + " B.V.", "vatId", "NL123456789B01")));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("apiKey").asText();
    }

    /** A valid invoice to C-1: one standard-rated line, a due date. */
    static Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>(Map.of("invoiceNumber", "R-1", "customerNumber", "C-1",
                "issueDate", "2026-11-01", "dueDate", "2026-12-01", "currency", "EUR"));
        body.put("lines", new ArrayList<>(List.of(line("S", "21"))));
        return body;
    }

    static Map<String, Object> line(String category, String rate) {
        Map<String, Object> line = new HashMap<>(Map.of("name", "Levering", "quantity", "1", "unitPrice", "100.00",
                "vatCategory", category));
        if (rate != null) {
            line.put("vatRate", rate);
        }
        return line;
    }

    static Map<String, Object> adjustment(String category, String rate, String reason, String code) {
        Map<String, Object> a = new HashMap<>(Map.of("amount", "10.00", "vatCategory", category));
        a.put("vatRate", rate);
        a.put("reason", reason);
        a.put("reasonCode", code);
        return a;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> lines(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("lines");
    }

    static Arguments rule(String rule, String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(rule, field, change);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("BR-E-10", "vatExemptions", b -> lines(b).add(line("E", null))),
                rule("BR-O-10", "vatExemptions[0]", b -> {
                    lines(b).set(0, line("O", null));
                    b.put("vatExemptions", List.of(Map.of("vatCategory", "O")));
                }),
                rule("BR-AE-02", "customerNumber", b -> {
                    lines(b).set(0, line("AE", null));
                    b.put("vatExemptions", List.of(Map.of("vatCategory", "AE", "reasonCode", "VATEX-EU-AE")));
                }),
                rule("BR-IC-03", "customerNumber", b -> {
                    b.put("allowances", List.of(adjustment("K", null, "Korting", null)));
                    b.put("vatExemptions", List.of(Map.of("vatCategory", "K", "reasonCode", "VATEX-EU-IC")));
                    b.put("deliveryDate", "2026-10-30");
                }),
                rule("BR-IC-11", "deliveryDate", b -> {
                    b.put("customerNumber", "C-2");
                    lines(b).set(0, line("K", "0"));
                    b.put("vatExemptions", List.of(Map.of("vatCategory", "K", "reasonCode", "VATEX-EU-IC")));
                }),
                rule("BR-O-12", "lines[1].vatCategory", b -> {
                    lines(b).add(0, line("O", null));
                    b.put("vatExemptions", List.of(Map.of("vatCategory", "O", "reason", "Niet onderworpen")));
                }),
                rule("BR-O-14", "charges[0].vatCategory", b -> {
                    lines(b).set(0, line("O", null));
                    b.put("vatExemptions", List.of(Map.of("vatCategory", "O", "reason", "Niet onderworpen")));
                    b.put("charges", List.of(adjustment("S", "21", "Vracht", null)));
                }),
                rule("BR-O-05", "lines[0].vatRate", b -> lines(b).set(0, line("O", "5"))),
                rule("BR-S-05", "lines[0].vatRate", b -> lines(b).set(0, line("S", "0"))),
                rule("BR-S-06", "allowances[0].vatRate", b -> b.put("allowances", List.of(adjustment("S", "0", "Korting", null)))),
                rule("BR-Z-07", "charges[0].vatRate", b -> b.put("charges", List.of(adjustment("Z", "9", "Vracht", null)))),
                rule("BR-S-10", "vatExemptions[0].vatCategory", b -> b.put("vatExemptions", List.of(Map.of("vatCategory", "S", "reason", "x")))),
                rule("BR-33", "allowances[0]", b -> b.put("allowances", List.of(adjustment("S", "21", null, null)))),
                rule("BR-38", "charges[0]", b -> b.put("charges", List.of(adjustment("S", "21", null, null)))),
                rule("BR-CL-19", "allowances[0].reasonCode", b -> b.put("allowances", List.of(adjustment("S", "21", null, "99")))),
                rule("BR-CL-20", "charges[0].reasonCode", b -> b.put("charges", List.of(adjustment("S", "21", null, "QQQ")))),
                rule("BR-CL-21", "lines[0].standardItemId.scheme", b -> lines(b).get(0).put("standardItemId", Map.of("scheme", "9999", "id", "1"))),
                rule("BR-CL-22", "vatExemptions[0].reasonCode", b -> {
                    lines(b).add(line("E", null));
                    b.put("vatExemptions", List.of(Map.of("vatCategory", "E", "reasonCode", "VATEX-EU-999")));
                }),
                rule("PEPPOL-EN16931-P0106", "vatExemptions[0].reasonCode", b -> {
                    lines(b).add(line("E", null));
                    b.put("vatExemptions", List.of(Map.of("vatCategory", "E", "reasonCode", "VATEX-EU-IC")));
                }),
                rule("BR-CO-25", "dueDate", b -> b.remove("dueDate")),
                rule("BR-55", "precedingInvoice.number", b -> {
                    b.put("documentType", "credit-note");
                    b.put("precedingInvoice", Map.of("issueDate", "2026-10-01"));
                }),
                rule("BR-30", "lines[0].period.end", b -> lines(b).get(0).put("period", Map.of("start", "2026-10-31", "end", "2026-10-01"))),
                rule("BR-CO-20", "lines[0].period", b -> lines(b).get(0).put("period", Map.of())),
                rule("BR-61", "payment.iban", b -> b.put("payment", Map.of("meansCode", "58"))));
    }

    /** The invoice breaking the rule is refused with 422, an error entry naming field and rule id in English and Dutch, and nothing is stored. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void refusedWithRuleId(String rule, String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = body();
        change.accept(body);
        long before = invoiceCount();
        for (String language : List.of("en", "nl")) {
            Answer a = http.send("POST", "/v1/tenants/acme/invoices", key, body, "application/json",
                    Map.of("Accept-Language", language));
            assertThat(a.status()).as(a.body()).isEqualTo(422);
            JsonNode entry = entry(a.json(), rule);
            assertThat(entry).as(a.body()).isNotNull();
            assertThat(entry.path("field").asText()).isEqualTo(field);
            assertThat(entry.path("message").asText()).isNotBlank().doesNotMatch("[a-zA-Z]+\\.[a-zA-Z.]+");
        }
        assertThat(invoiceCount()).isEqualTo(before);
    }

    /** The valid base of the cases above is accepted, so each case fails for its own rule. */
    @Test
    void validBaseIsAccepted() {
        Map<String, Object> body = body();
        body.put("invoiceNumber", "OK-1");
        Answer a = http.post("/v1/tenants/acme/invoices", key, body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        Map<String, Object> termsInsteadOfDueDate = body();
        termsInsteadOfDueDate.put("invoiceNumber", "OK-2");
        termsInsteadOfDueDate.remove("dueDate");
        termsInsteadOfDueDate.put("paymentTerms", "30 dagen netto");
        assertThat(http.post("/v1/tenants/acme/invoices", key, termsInsteadOfDueDate).status()).isEqualTo(201);
    }

    private static JsonNode entry(JsonNode error, String rule) {
        for (JsonNode e : error.path("errors")) {
            if (rule.equals(e.path("rule").asText())) {
                return e;
            }
        }
        return null;
    }

    static long invoiceCount() {
        return APP.<PortalApplication>getApplication().services().jdbi()
                .withHandle(h -> h.createQuery("select count(*) from invoice").mapTo(Long.class).one());
    }
}
