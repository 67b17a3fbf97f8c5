package io.invoiceportal.server.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PortalApp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A credit note with every e-invoicing term over real HTTP and PostgreSQL: stored, read back with its totals, part of the content hash. */
@ExtendWith(DropwizardExtensionsSupport.class)
class InvoiceTermsIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("terms");
    static Http http;
    static String key;
    static String otherKey;

    @BeforeAll
    static void tenant() {
        http = new Http("http://localhost:" + APP.getLocalPort() + "/api");
        key = InvoiceRulesIT.createTenant(http, "acme");
        otherKey = InvoiceRulesIT.createTenant(http, "globex");
        assertThat(http.put("/v1/tenants/acme/customers/C-1", key, Map.of("companyName", "Bakkerij",
                "email", "c1@example.test", "vatId", "NL123456789B01")).status()).isEqualTo(201);
    }

    static Map<String, Object> creditNote(String number, String chargeAmount) {
        Map<String, Object> body = new HashMap<>(Map.of("invoiceNumber", number, "customerNumber", "C-1",
                "issueDate", "2026-11-01", "documentType", "credit-note", "currency", "EUR",
                "precedingInvoice", Map.of("number", "2026-000100", "issueDate", "2026-10-01"),
                "orderReference", "ORD-1", "contractReference", "CON-9", "paymentTerms", "Verrekenen met de volgende factuur"));
        body.put("deliveryDate", "2026-10-31");
        body.put("note", "Creditering huur oktober");
        body.put("lines", List.of(
                Map.of("name", "Huur unit 34", "quantity", "1", "unitCode", "MON", "unitPrice", "1000.00",
                        "vatCategory", "E", "note", "Oktober", "sellerItemId", "HUUR-34",
                        "standardItemId", Map.of("scheme", "0160", "id", "8712345678906"),
                        "period", Map.of("start", "2026-10-01", "end", "2026-10-31")),
                Map.of("name", "Service", "quantity", "3", "unitPrice", "0.335", "vatCategory", "S", "vatRate", "21")));
        body.put("vatExemptions", List.of(Map.of("vatCategory", "E", "reason", "Vrijgestelde verhuur",
                "reasonCode", "VATEX-EU-132")));
        body.put("allowances", List.of(Map.of("amount", "0.50", "reason", "Korting", "reasonCode", "95",
                "vatCategory", "S", "vatRate", "21")));
        body.put("charges", List.of(Map.of("amount", chargeAmount, "reasonCode", "FC", "vatCategory", "S",
                "vatRate", "21")));
        body.put("prepaidAmount", "100.00");
        return body;
    }

    /** Every term comes back on GET with the computed totals: allowances and charges in the S group, prepaid off the amount due. */
    @Test
    void storedAndReadBack() {
        Answer created = http.post("/v1/tenants/acme/invoices", key, creditNote("CN-1", "2.00"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode i = http.get("/v1/tenants/acme/invoices/CN-1", key).json();
        assertThat(i.path("documentType").asText()).isEqualTo("credit-note");
        assertThat(i.path("precedingInvoice").path("number").asText()).isEqualTo("2026-000100");
        assertThat(i.path("precedingInvoice").path("issueDate").asText()).isEqualTo("2026-10-01");
        assertThat(List.of(i.path("orderReference").asText(), i.path("contractReference").asText(),
                i.path("paymentTerms").asText(), i.path("deliveryDate").asText(), i.path("note").asText()))
                .containsExactly("ORD-1", "CON-9", "Verrekenen met de volgende factuur", "2026-10-31",
                        "Creditering huur oktober");
        JsonNode line = i.path("lines").get(0);
        assertThat(List.of(line.path("note").asText(), line.path("sellerItemId").asText(),
                line.path("standardItemId").path("scheme").asText(), line.path("standardItemId").path("id").asText(),
                line.path("period").path("start").asText(), line.path("period").path("end").asText()))
                .containsExactly("Oktober", "HUUR-34", "0160", "8712345678906", "2026-10-01", "2026-10-31");
        assertThat(i.path("lines").get(1).path("lineAmount").asText()).isEqualTo("1.01");
        assertThat(i.path("allowances").get(0).path("reasonCode").asText()).isEqualTo("95");
        assertThat(i.path("charges").get(0).path("amount").asText()).isEqualTo("2.00");
        JsonNode exempt = i.path("vatBreakdown").get(0);
        assertThat(List.of(exempt.path("vatCategory").asText(), exempt.path("taxableAmount").asText(),
                exempt.path("exemptionReason").asText(), exempt.path("exemptionReasonCode").asText()))
                .containsExactly("E", "1000.00", "Vrijgestelde verhuur", "VATEX-EU-132");
        // S: 1.01 - 0.50 + 2.00 = 2.51, VAT 0.5271 -> 0.53
        assertThat(i.path("vatBreakdown").get(1).path("taxableAmount").asText()).isEqualTo("2.51");
        assertThat(List.of(i.path("lineTotal").asText(), i.path("allowanceTotal").asText(),
                i.path("chargeTotal").asText(), i.path("taxExclusiveAmount").asText(), i.path("taxTotal").asText(),
                i.path("totalAmount").asText(), i.path("prepaidAmount").asText(), i.path("payableAmount").asText()))
                .containsExactly("1001.01", "0.50", "2.00", "1002.51", "0.53", "1003.04", "100.00", "903.04");
        assertThat(http.get("/v1/tenants/globex/invoices/CN-1", otherKey).status()).isEqualTo(404);
    }

    /**
     * The 201 answer is made from what was stored, without reading it back: it is what GET answers
     * (the delivery's state aside, which the relay may have moved on meanwhile).
     */
    @Test
    void createdAnswerIsWhatWasStored() throws Exception {
        Map<String, Object> body = creditNote("CN-9", "2.00");
        body.put("description", "Huur\nen service");
        body.put("buyerReference", "REF-7");
        body.put("payment", Map.of("meansCode", "58", "iban", "NL91ABNA0417164300", "reference", "CN-9"));
        Answer created = http.post("/v1/tenants/acme/invoices", key, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Answer read = http.get("/v1/tenants/acme/invoices/CN-9", key);
        com.fasterxml.jackson.databind.node.ObjectNode answered = (com.fasterxml.jackson.databind.node.ObjectNode) created.json();
        com.fasterxml.jackson.databind.node.ObjectNode stored = (com.fasterxml.jackson.databind.node.ObjectNode) read.json();
        for (com.fasterxml.jackson.databind.node.ObjectNode d : List.of(
                (com.fasterxml.jackson.databind.node.ObjectNode) answered.path("deliveries").get(0),
                (com.fasterxml.jackson.databind.node.ObjectNode) stored.path("deliveries").get(0))) {
            d.remove(List.of("state", "attempts", "sentAt", "reason"));
        }
        assertThat(answered).isEqualTo(stored);
        assertThat(answered.path("deliveries")).hasSize(1);
        assertThat(created.json().path("deliveries").get(0).path("state").asText()).isEqualTo("queued");
    }

    /** The same number with the same terms answers 200 with the stored invoice, with another charge 409; an Idempotency-Key replays the first answer. */
    @Test
    void contentHashCoversTheTerms() {
        Map<String, Object> first = creditNote("CN-2", "2.00");
        assertThat(http.send("POST", "/v1/tenants/acme/invoices", key, first, "application/json",
                Map.of("Idempotency-Key", "cn-2")).status()).isEqualTo(201);
        Answer replay = http.send("POST", "/v1/tenants/acme/invoices", key, first, "application/json",
                Map.of("Idempotency-Key", "cn-2"));
        assertThat(replay.status()).isEqualTo(201);
        assertThat(http.post("/v1/tenants/acme/invoices", key, creditNote("CN-2", "2")).status()).isEqualTo(200);
        assertThat(http.post("/v1/tenants/acme/invoices", key, creditNote("CN-2", "2.01")).status()).isEqualTo(409);
        Map<String, Object> otherNote = creditNote("CN-2", "2.00");
        otherNote.put("note", "Andere tekst");
        assertThat(http.post("/v1/tenants/acme/invoices", key, otherNote).status()).isEqualTo(409);
    }
}
