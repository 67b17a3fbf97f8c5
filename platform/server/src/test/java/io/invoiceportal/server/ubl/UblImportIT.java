package io.invoiceportal.server.ubl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PortalApp;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST invoices with a UBL body over real HTTP and a real PostgreSQL: safe parsing, the official rules, matching, totals. */
@ExtendWith(DropwizardExtensionsSupport.class)
class UblImportIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("ubl-import");
    static final String XML = "application/xml";
    static Http http;
    static String acme;
    static String globex;

    @BeforeAll
    static void tenants() {
        http = new Http("http://localhost:" + APP.getLocalPort() + "/api");
        acme = tenant("acme");
        globex = tenant("globex");
        customer(acme, "acme", "BUYER-Z", Map.of("endpoint", Map.of("scheme", "0184", "id", "12345678")));
        customer(globex, "globex", "BUYER-O", Map.of("endpoint", Map.of("scheme", "0192", "id", "987654325")));
    }

    static String tenant(String slug) {
        Answer a = http.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", slug, "name", slug + " Ltd"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("apiKey").asText();
    }

    static void customer(String key, String slug, String number, Map<String, Object> identifiers) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("companyName", "The Buyercompany",
                "email", "buyer@" + number.toLowerCase() + ".example", "login", number.toLowerCase()));
        body.putAll(identifiers);
        Answer a = http.put("/v1/tenants/" + slug + "/customers/" + number, key, body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
    }

    static String example(String name) {
        try (InputStream in = UblImportIT.class.getResourceAsStream("/ubl/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Peppol's zero-rated example (buyer endpoint 0184:12345678) under another invoice number. */
    static String zeroRated(String number) {
        return example("peppol/vat-category-Z.xml").replace("<cbc:ID>Vat-Z</cbc:ID>", "<cbc:ID>" + number + "</cbc:ID>");
    }

    static Answer post(String slug, String key, String xml, Map<String, String> headers) {
        return http.send("POST", "/v1/tenants/" + slug + "/invoices", key, xml, XML, headers);
    }

    static Answer post(String slug, String key, String xml) {
        return post(slug, key, xml, Map.of());
    }

    static long invoices() {
        return APP.<PortalApplication>getApplication().services().jdbi()
                .withHandle(h -> h.createQuery("select count(*) from invoice").mapTo(Long.class).one());
    }

    static List<String> fields(Answer a) {
        return a.json().path("errors").findValuesAsText("field");
    }

    /** A valid document becomes an invoice for the matched customer, its totals as computed, its bytes kept as they came. */
    @Test
    void importsAndKeepsTheOriginal() {
        String xml = zeroRated("UBL-1");
        Answer a = post("acme", acme, xml);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        JsonNode json = a.json();
        assertThat(json.path("invoiceNumber").asText()).isEqualTo("UBL-1");
        assertThat(json.path("customerNumber").asText()).isEqualTo("BUYER-Z");
        assertThat(json.path("currency").asText()).isEqualTo("GBP");
        assertThat(json.path("payableAmount").asText()).isEqualTo("1200.00");
        assertThat(json.path("lines").get(0).path("standardItemId").path("id").asText()).isEqualTo("192387129837129873");
        assertThat(json.path("paymentTerms").asText()).isEqualTo("Payment within 30 days");
        assertThat(json.path("peppol").isArray()).isTrue();
        assertThat(json.path("peppol")).isEmpty();
        byte[] kept = APP.<PortalApplication>getApplication().services().jdbi().withHandle(h -> h.createQuery(
                "select s.content from invoice_source s join invoice i on i.tenant_id = s.tenant_id and i.id = s.invoice_id"
                        + " where i.invoice_number = 'UBL-1'").mapTo(byte[].class).one());
        assertThat(kept).isEqualTo(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(http.get("/v1/tenants/acme/invoices/UBL-1", acme).status()).isEqualTo(200);
    }

    /** An EN 16931-valid document that Peppol would refuse is imported, and the answer names the Peppol rules it breaks. */
    @Test
    void peppolGapsAreReported() {
        String xml = zeroRated("UBL-2").replace("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0",
                "urn:cen.eu:en16931:2017");
        Answer a = post("acme", acme, xml);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().path("peppol").findValuesAsText("rule")).contains("PEPPOL-EN16931-R004");
    }

    /** A document that breaks EN 16931 is refused with one error per broken rule, naming the official rule id; nothing is stored. */
    @Test
    void en16931ViolationsNameTheirRules() {
        long before = invoices();
        String xml = zeroRated("UBL-3").replace("<cbc:PayableAmount currencyID=\"GBP\">1200.00</cbc:PayableAmount>",
                "<cbc:PayableAmount currencyID=\"GBP\">1300.00</cbc:PayableAmount>");
        Answer a = post("acme", acme, xml);
        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(a.json().path("errors").findValuesAsText("rule")).contains("BR-CO-16");
        assertThat(fields(a)).allMatch(f -> f.startsWith("/Invoice"));
        assertThat(invoices()).isEqualTo(before);
    }

    /** Totals that are not the ones the portal computes from the lines are refused naming each amount; nothing is stored. */
    @Test
    void totalsMustAgree() {
        long before = invoices();
        String xml = zeroRated("UBL-4").replace("<cbc:PriceAmount currencyID=\"GBP\">120.00</cbc:PriceAmount>",
                "<cbc:PriceAmount currencyID=\"GBP\">100.00</cbc:PriceAmount>");
        Answer a = post("acme", acme, xml);
        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(fields(a)).contains("InvoiceLine[1]/LineExtensionAmount", "LegalMonetaryTotal/LineExtensionAmount",
                "LegalMonetaryTotal/TaxExclusiveAmount", "LegalMonetaryTotal/TaxInclusiveAmount",
                "LegalMonetaryTotal/PayableAmount");
        assertThat(a.body()).contains("BT-115 is 1200.00 in the document, but the lines add up to 1000.00");
        assertThat(invoices()).isEqualTo(before);
    }

    /** A buyer that is none of the tenant's customers is refused naming the buyer party. */
    @Test
    void unknownBuyer() {
        long before = invoices();
        Answer a = post("acme", acme, zeroRated("UBL-5").replace(">12345678</cbc:EndpointID>", ">99999999</cbc:EndpointID>"));
        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(fields(a)).containsExactly("AccountingCustomerParty");
        assertThat(a.body()).contains("0184:99999999");
        assertThat(invoices()).isEqualTo(before);
    }

    /** Another tenant's customer is never matched: the same document is refused for one tenant and imported by its own. */
    @Test
    void buyersOfOtherTenantsAreNotMatched() {
        String xml = example("peppol/vat-category-O.xml");
        Answer refused = post("acme", acme, xml);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(fields(refused)).containsExactly("AccountingCustomerParty");
        Answer own = post("globex", globex, xml);
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(own.json().path("customerNumber").asText()).isEqualTo("BUYER-O");
    }

    /** Without an electronic address the buyer is found by VAT id (spaces, dots and case aside), then by party id as customer number. */
    @Test
    void matchesByVatIdThenByCustomerNumber() {
        customer(acme, "acme", "VAT-1", Map.of("vatId", "dk 1234.5678"));
        customer(acme, "acme", "PARTY-1", Map.of());
        String endpoint = "<cbc:EndpointID schemeID=\"0184\">12345678</cbc:EndpointID>";
        String legalEntity = "<cac:PartyLegalEntity>\n                <cbc:RegistrationName>The Buyercompany<";
        String byVat = zeroRated("UBL-11").replace(endpoint, "").replace(legalEntity, "<cac:PartyTaxScheme><cbc:CompanyID>"
                + "DK12345678</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>"
                + legalEntity);
        Answer vat = post("acme", acme, byVat);
        assertThat(vat.status()).as(vat.body()).isEqualTo(201);
        assertThat(vat.json().path("customerNumber").asText()).isEqualTo("VAT-1");
        String byNumber = zeroRated("UBL-12").replace(endpoint,
                "<cac:PartyIdentification><cbc:ID>PARTY-1</cbc:ID></cac:PartyIdentification>");
        Answer number = post("acme", acme, byNumber);
        assertThat(number.status()).as(number.body()).isEqualTo(201);
        assertThat(number.json().path("customerNumber").asText()).isEqualTo("PARTY-1");
    }

    /** An identifier that two customers share matches neither: the import is refused naming it. */
    @Test
    void sharedIdentifierIsAmbiguous() {
        customer(globex, "globex", "TWIN-1", Map.of("endpoint", Map.of("scheme", "0184", "id", "12345678")));
        customer(globex, "globex", "TWIN-2", Map.of("endpoint", Map.of("scheme", "0184", "id", "12345678")));
        Answer a = post("globex", globex, zeroRated("UBL-13"));
        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(fields(a)).containsExactly("AccountingCustomerParty");
        assertThat(a.body()).contains("several customers");
    }

    /** A repeat with the same Idempotency-Key gets the first answer again and stores nothing more. */
    @Test
    void idempotencyKeyRepeat() {
        String xml = zeroRated("UBL-6");
        Answer first = post("acme", acme, xml, Map.of("Idempotency-Key", "ubl-import-6"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long after = invoices();
        Answer again = post("acme", acme, xml, Map.of("Idempotency-Key", "ubl-import-6"));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(invoices()).isEqualTo(after);
    }

    /** The same number with other content is a conflict; the same document again is the invoice as it was. */
    @Test
    void sameNumberOtherContentConflicts() {
        String xml = zeroRated("UBL-7");
        assertThat(post("acme", acme, xml).status()).isEqualTo(201);
        assertThat(post("acme", acme, xml).status()).isEqualTo(200);
        String other = xml.replace("<cbc:BuyerReference>test reference</cbc:BuyerReference>",
                "<cbc:BuyerReference>another reference</cbc:BuyerReference>");
        Answer conflict = post("acme", acme, other);
        assertThat(conflict.status()).as(conflict.body()).isEqualTo(409);
        assertThat(http.get("/v1/tenants/acme/invoices/UBL-7", acme).json().path("buyerReference").asText())
                .isEqualTo("test reference");
    }

    /** An external entity naming a local file is never read: any DOCTYPE is refused before its entities are looked at. */
    @Test
    void xxeFileEntityIsRefused() {
        long before = invoices();
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + zeroRated("UBL-8").replaceFirst("<\\?xml[^>]*>", "").replace("test reference", "&xxe;");
        Answer a = post("acme", acme, xml);
        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(fields(a)).containsExactly("body");
        assertThat(a.body()).contains("DOCTYPE").doesNotContain("root:");
        assertThat(invoices()).isEqualTo(before);
    }

    /** Neither an external general nor a parameter entity with a URL is fetched: the server named in them sees no request. */
    @Test
    void xxeUrlEntityIsNeverFetched() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer trap = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        trap.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        trap.start();
        try {
            String url = "http://127.0.0.1:" + trap.getAddress().getPort();
            String body = zeroRated("UBL-9").replaceFirst("<\\?xml[^>]*>", "").replace("test reference", "&xxe;");
            for (String doctype : List.of("<!DOCTYPE Invoice [<!ENTITY xxe SYSTEM \"" + url + "/general\">]>",
                    "<!DOCTYPE Invoice [<!ENTITY % remote SYSTEM \"" + url + "/parameter\"> %remote;]>",
                    "<!DOCTYPE Invoice SYSTEM \"" + url + "/dtd\">")) {
                Answer a = post("acme", acme, doctype + body);
                assertThat(a.status()).as(a.body()).isEqualTo(422);
                assertThat(fields(a)).containsExactly("body");
            }
        } finally {
            trap.stop(0);
        }
        assertThat(hits).hasValue(0);
    }

    /** Nested entity expansion (billion laughs) is refused at once instead of being expanded. */
    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        long started = System.nanoTime();
        Answer a = post("acme", acme, dtd + "<lolz>&lol9;</lolz>");
        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(fields(a)).containsExactly("body");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
    }

    /** A DOCTYPE of any kind, even one without entities, is refused; in Dutch when asked. */
    @Test
    void anyDoctypeIsRefused() {
        Answer a = post("acme", acme, "<!DOCTYPE Invoice>" + zeroRated("UBL-10").replaceFirst("<\\?xml[^>]*>", ""),
                Map.of("Accept-Language", "nl"));
        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(a.json().path("errors").get(0).path("message").asText()).contains("documenttype");
    }

    /** A body that is not XML, or XML that is not a UBL Invoice or CreditNote, is refused on "body". */
    @Test
    void notXmlAndNotUbl() {
        for (String body : List.of("this is not XML", "{\"invoiceNumber\": \"1\"}", "<Invoice>unclosed",
                "<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>",
                "<Invoice xmlns=\"urn:example:not-ubl\"/>")) {
            Answer a = post("acme", acme, body);
            assertThat(a.status()).as(body + " -> " + a.body()).isEqualTo(422);
            assertThat(fields(a)).containsExactly("body");
        }
    }
}
