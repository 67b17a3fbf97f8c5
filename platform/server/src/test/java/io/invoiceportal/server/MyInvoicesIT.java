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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The customer's invoice list and downloads over REST, with the built PDF plugin. */
@ExtendWith(DropwizardExtensionsSupport.class)
class MyInvoicesIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("myinvoices");
    static String api;
    static String key;

    @BeforeAll
    static void data() {
        api = "http://localhost:" + APP.getLocalPort() + "/api";
        Http admin = new Http(api);
        key = admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme Energie B.V.",
                "seller", Map.of("legalName", "Acme Energie B.V.", "iban", "NL91ABNA0417164300"))).json().path("apiKey").asText();
        String otherKey = admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "globex", "name", "Globex Ltd"))
                .json().path("apiKey").asText();
        for (String c : List.of("C-1", "C-2", "C-4")) {
            admin.put("/v1/tenants/acme/customers/" + c, key, Map.of("companyName", "Klant " + c, "email", c + "@example.test"));
        }
        admin.put("/v1/tenants/globex/customers/C-1", otherKey, Map.of("companyName", "Globex klant", "email", "g@example.test"));
        String[] categories = {"Algemene doorbelastingen", "Energie", "Huur"};
        for (int i = 1; i <= 30; i++) {
            Answer a = admin.post("/v1/tenants/acme/invoices", key, invoice(String.format("2026-%04d", i), "C-1",
                    String.format("2026-03-%02d", i), categories[i % 3]));
            assertThat(a.status()).as(a.body()).isEqualTo(201);
        }
        admin.post("/v1/tenants/acme/invoices", key, invoice("2026-9001", "C-2", "2026-03-05", "Energie"));
        Map<String, Object> withPdf = new java.util.HashMap<>(invoice("2026-9002", "C-2", "2026-03-06", "Huur"));
        withPdf.put("pdf", java.util.Base64.getEncoder().encodeToString(ISSUER_PDF));
        assertThat(admin.post("/v1/tenants/acme/invoices", key, withPdf).status()).isEqualTo(201);
        admin.post("/v1/tenants/globex/invoices", otherKey, invoice("2026-0001", "C-1", "2026-03-05", "Energie"));
        PortalApp.activate(APP, "acme", "C-1", "Factuur2026");
        PortalApp.activate(APP, "acme", "C-2", "Factuur2026");
        PortalApp.activate(APP, "acme", "C-4", "Factuur2026");
        manyInvoices("C-4", 10_050);
    }

    /** Invoices for a customer in one statement, as a bulk load writes them (one a day from 2020-01-01). */
    static void manyInvoices(String customerNumber, int count) {
        Services services = APP.<PortalApplication>getApplication().services();
        io.invoiceportal.core.tenant.Tenant tenant = services.tenants().findBySlug("acme").orElseThrow();
        long customerId = services.customers().get(tenant, customerNumber).id();
        services.jdbi().useHandle(h -> h.createUpdate("""
                insert into invoice (tenant_id, customer_id, invoice_number, issue_date, due_date, category,
                    description, currency, line_total, tax_exclusive, tax_total, tax_inclusive, payable, content_hash)
                select :t, :c, 'M-' || lpad(g::text, 6, '0'), date '2020-01-01' + g, null, 'Energie', 'Bulk ' || g,
                    'EUR', 1, 1, 0, 1, 1, decode(md5(g::text), 'hex')
                from generate_series(1, :count) g
                """).bind("t", tenant.id()).bind("c", customerId).bind("count", count).execute());
    }

    static final byte[] ISSUER_PDF = "%PDF-1.4\n% the issuer's own PDF\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** When the issuer sent its own PDF, that PDF is what the customer opens. */
    @Test
    void issuersOwnPdfIsServed() {
        Answer pdf = signedIn("C-2").get("/v1/tenants/acme/me/invoices/2026-9002/pdf", null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.raw().body()).isEqualTo(ISSUER_PDF);
    }

    static Map<String, Object> invoice(String number, String customer, String date, String category) {
        return Map.of("invoiceNumber", number, "customerNumber", customer, "issueDate", date, "dueDate", "2026-04-30",
                "category", category, "currency", "EUR", "description", "Doorbelasting " + number,
                "lines", List.of(Map.of("name", "Servicekosten", "quantity", "2", "unitPrice", "125.00",
                        "vatCategory", "S", "vatRate", "21")));
    }

    static Http signedIn(String login) {
        Http http = new Http(api);
        assertThat(http.post("/v1/tenants/acme/session", null, Map.of("login", login, "password", "Factuur2026")).status())
                .isEqualTo(200);
        return http;
    }

    static List<String> numbers(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.path("items").forEach(i -> out.add(i.path("invoiceNumber").asText()));
        return out;
    }

    /** Each list item says whether it is an invoice or a credit note. */
    @Test
    void listItemsCarryTheDocumentType() {
        Http admin = new Http(api);
        admin.put("/v1/tenants/acme/customers/C-3", key, Map.of("companyName", "Klant C-3", "email", "C-3@example.test"));
        assertThat(admin.post("/v1/tenants/acme/invoices", key, invoice("2026-3001", "C-3", "2026-03-02", "Energie"))
                .status()).isEqualTo(201);
        Map<String, Object> credit = new java.util.HashMap<>(invoice("2026-3002", "C-3", "2026-03-03", "Energie"));
        credit.put("documentType", "credit-note");
        credit.put("precedingInvoice", Map.of("number", "2026-3001", "issueDate", "2026-03-02"));
        Answer created = admin.post("/v1/tenants/acme/invoices", key, credit);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        PortalApp.activate(APP, "acme", "C-3", "Factuur2026");

        JsonNode items = signedIn("C-3").get("/v1/tenants/acme/me/invoices?sort=invoiceNumber,asc", null).json().path("items");

        assertThat(items.get(0).path("documentType").asText()).isEqualTo("invoice");
        assertThat(items.get(1).path("invoiceNumber").asText()).isEqualTo("2026-3002");
        assertThat(items.get(1).path("documentType").asText()).isEqualTo("credit-note");
        assertThat(items.get(1).path("totalAmount").asText()).as("a credit note's amount is positive").isEqualTo("302.50");
    }

    /** The list filters, sorts and pages, answering items and the total. */
    @Test
    void listFiltersSortsAndPages() {
        Http http = signedIn("C-1");
        JsonNode all = http.get("/v1/tenants/acme/me/invoices?size=10&sort=invoiceNumber,asc", null).json();
        assertThat(all.path("total").asLong()).isEqualTo(30);
        assertThat(numbers(all)).startsWith("2026-0001", "2026-0002").hasSize(10);
        JsonNode page2 = http.get("/v1/tenants/acme/me/invoices?size=10&page=2&sort=invoiceNumber,desc", null).json();
        assertThat(numbers(page2)).startsWith("2026-0010").endsWith("2026-0001");
        JsonNode alg = http.get("/v1/tenants/acme/me/invoices?category=alg&dateFrom=2026-03-01&dateTo=2026-03-12&size=100", null).json();
        assertThat(alg.path("total").asLong()).isEqualTo(4); // 3, 6, 9, 12
        JsonNode first = all.path("items").get(0);
        assertThat(first.path("totalAmount").asText()).isEqualTo("302.50");
        assertThat(first.path("issueDate").asText()).isEqualTo("2026-03-01");
        assertThat(first.path("read").asBoolean()).isFalse();
        assertThat(first.path("description").asText()).isEqualTo("Doorbelasting 2026-0001");
    }

    /**
     * The whole list has an exact total however long; a filtered list of more than 10,000 says
     * "more than 10,000" (total 10000, totalIsExact false) and pages forward with the same rows as
     * the exact list, until the page that reaches the end, whose total is exact.
     */
    @Test
    void longFilteredListsHaveAnInexactTotalAndPageOn() {
        Http http = signedIn("C-4");
        JsonNode all = http.get("/v1/tenants/acme/me/invoices?size=100", null).json();
        assertThat(all.path("total").asLong()).isEqualTo(10_050);
        assertThat(all.path("totalIsExact").asBoolean()).isTrue();
        String filter = "/v1/tenants/acme/me/invoices?dateFrom=2019-01-01&size=100&category=ener";
        JsonNode first = http.get(filter, null).json();
        assertThat(first.path("total").asLong()).isEqualTo(10_000);
        assertThat(first.path("totalIsExact").asBoolean()).isFalse();
        assertThat(numbers(first)).isEqualTo(numbers(all)).hasSize(100);
        JsonNode deep = http.get(filter + "&page=70", null).json();
        assertThat(deep.path("totalIsExact").asBoolean()).isFalse();
        assertThat(numbers(deep)).isEqualTo(numbers(http.get("/v1/tenants/acme/me/invoices?size=100&page=70", null).json()));
        JsonNode last = http.get(filter + "&page=100", null).json();
        assertThat(last.path("totalIsExact").asBoolean()).isTrue();
        assertThat(last.path("total").asLong()).isEqualTo(10_050);
        assertThat(numbers(last)).hasSize(50).endsWith("M-000001");
        JsonNode small = http.get("/v1/tenants/acme/me/invoices?dateFrom=2020-01-01&dateTo=2020-01-10", null).json();
        assertThat(small.path("total").asLong()).isEqualTo(9);
        assertThat(small.path("totalIsExact").asBoolean()).isTrue();
        assertThat(signedIn("C-1").get("/v1/tenants/acme/me/invoices?dateFrom=2019-01-01", null).json()
                .path("total").asLong()).as("another customer's invoices are not counted").isEqualTo(30);
    }

    /** Invalid list parameters answer 422 naming the parameter. */
    @Test
    void invalidParameters() {
        Http http = signedIn("C-1");
        for (String query : List.of("size=101", "size=0", "page=-1", "sort=colour,asc", "sort=issueDate,up", "read=maybe",
                "dateFrom=2026-13-01", "dateFrom=2026-03-10&dateTo=2026-03-01", "size=ten")) {
            Answer a = http.get("/v1/tenants/acme/me/invoices?" + query, null);
            assertThat(a.status()).as(query).isEqualTo(422);
            assertThat(a.json().path("errors").get(0).path("field").asText()).as(query)
                    .isEqualTo(query.substring(0, query.indexOf('=')));
        }
        assertThat(http.get("/v1/tenants/acme/me/invoices?size=101", null).json().path("errors").get(0).path("message")
                .asText()).isEqualTo("must be from 1 to 100");
        Answer dutch = http.send("GET", "/v1/tenants/acme/me/invoices?size=101", null, null, null,
                Map.of("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.8"));
        assertThat(dutch.json().path("errors").get(0).path("message").asText()).isEqualTo("moet van 1 tot en met 100 zijn");
        Answer none = http.send("POST", "/v1/tenants/acme/me/exports", null, Map.of("invoiceNumbers",
                List.of(), "format", "pdf"), "application/json", Map.of("Accept-Language", "nl"));
        assertThat(none.json().path("errors").get(0).path("message").asText()).isEqualTo("kies minstens een factuur");
        Map<String, String> dutchTexts = Map.of("sort=colour,asc", "moet een van deze zijn: invoiceNumber, issueDate, "
                + "dueDate, category, description, totalAmount, read", "read=maybe", "moet true of false zijn",
                "size=ten", "moet een geheel getal zijn");
        dutchTexts.forEach((query, text) -> assertThat(http.send("GET", "/v1/tenants/acme/me/invoices?" + query, null,
                null, null, Map.of("Accept-Language", "nl")).json().path("errors").get(0).path("message").asText())
                .as(query).isEqualTo(text));
    }

    /** Downloading the PDF gives the rendered invoice and marks it read (per account: see CustomerInvoiceServiceTest). */
    @Test
    void pdfDownloadMarksRead() throws Exception {
        Http http = signedIn("C-1");
        Answer pdf = http.get("/v1/tenants/acme/me/invoices/2026-0007/pdf", null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains("2026-0007.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.raw().body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("2026-0007", "Klant C-1", "Acme Energie B.V.");
        }
        assertThat(numbers(http.get("/v1/tenants/acme/me/invoices?read=true&size=100", null).json())).contains("2026-0007");
        assertThat(numbers(http.get("/v1/tenants/acme/me/invoices?read=false&size=100", null).json())).doesNotContain("2026-0007");
        assertThat(http.get("/v1/tenants/acme/me/invoices/2026-0007/doc", null).status()).isEqualTo(404);
    }

    static List<String> zipEntries(byte[] zip) throws java.io.IOException {
        List<String> names = new ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertThat(in.readAllBytes()).as(e.getName()).isNotEmpty();
                names.add(e.getName());
            }
        }
        return names;
    }

    /** The row download gives one ZIP with the invoice as PDF, XML and CSV, and marks it read. */
    @Test
    void bundleHasAllThreeFormats() throws Exception {
        Http http = signedIn("C-1");
        Answer zip = http.get("/v1/tenants/acme/me/invoices/2026-0011/bundle", null);
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.header("Content-Type")).isEqualTo("application/zip");
        assertThat(zip.header("Content-Disposition")).isEqualTo("attachment; filename=\"Factuur Acme Energie B.V. 2026-0011.zip\"");
        assertThat(zipEntries(zip.raw().body())).containsExactly("2026-0011.pdf", "2026-0011.xml", "2026-0011.csv");
        assertThat(numbers(http.get("/v1/tenants/acme/me/invoices?read=true&size=100", null).json())).contains("2026-0011");
    }

    /** Several invoices in one format give one ZIP named after the company, in Dutch; nothing selected is 422. */
    @Test
    void multipleDownload() throws Exception {
        Http http = signedIn("C-1");
        Answer zip = http.post("/v1/tenants/acme/me/exports", null,
                Map.of("invoiceNumbers", List.of("2026-0003", "2026-0004", "2026-0005"), "format", "csv"));
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.header("Content-Disposition"))
                .matches("attachment; filename=\"Facturen Acme Energie B\\.V\\. \\d{4}-\\d{2}-\\d{2} \\d{4}\\.zip\"");
        assertThat(zipEntries(zip.raw().body())).containsExactly("2026-0003.csv", "2026-0004.csv", "2026-0005.csv");
        Answer none = http.post("/v1/tenants/acme/me/exports", null, Map.of("invoiceNumbers", List.of(), "format", "pdf"));
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.json().path("errors").get(0).path("field").asText()).isEqualTo("invoiceNumbers");
        Answer notMine = http.post("/v1/tenants/acme/me/exports", null,
                Map.of("invoiceNumbers", List.of("2026-0003", "2026-9001"), "format", "pdf"));
        assertThat(notMine.status()).isEqualTo(422);
        assertThat(notMine.json().path("errors").get(0).path("field").asText()).isEqualTo("invoiceNumbers[1]");
        Answer badFormat = http.post("/v1/tenants/acme/me/exports", null,
                Map.of("invoiceNumbers", List.of("2026-0003"), "format", "docx"));
        assertThat(badFormat.json().path("errors").get(0).path("field").asText()).isEqualTo("format");
        JsonNode formats = http.get("/v1/tenants/acme/me/formats", null).json();
        assertThat(formats.findValuesAsText("id")).containsExactly("pdf", "xml", "csv");
    }

    /** Another customer's or tenant's invoice numbers find nothing, and without a session nothing is shown. */
    @Test
    void isolation() {
        Http other = signedIn("C-2");
        assertThat(other.get("/v1/tenants/acme/me/invoices/2026-0001/pdf", null).status()).isEqualTo(404);
        assertThat(numbers(other.get("/v1/tenants/acme/me/invoices", null).json())).containsExactly("2026-9002", "2026-9001");
        assertThat(other.get("/v1/tenants/globex/me/invoices", null).status()).isEqualTo(401);
        assertThat(new Http(api).get("/v1/tenants/acme/me/invoices", null).status()).isEqualTo(401);
        assertThat(other.get("/v1/tenants/acme/me/invoices?number=2026-0001", null).json().path("total").asLong()).isZero();
    }
}
