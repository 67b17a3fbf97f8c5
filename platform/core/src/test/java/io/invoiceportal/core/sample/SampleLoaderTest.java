package io.invoiceportal.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.invoice.InvoiceBatchService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.core.testing.Pbkdf2Hasher;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.invoiceportal.core.common.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SampleLoaderTest {
    @RegisterExtension
    final TestDatabaseExtension db = new TestDatabaseExtension("samples");

    static long count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /**
     * The shipped sample tenants load completely, with demo and unactivated accounts, their formats,
     * credit notes, allowances and charges, and a second load adds nothing.
     */
    @Test
    void loadsTheSampleTenantsOnce() {
        Jdbi jdbi = db.jdbi();
        TenantService tenants = Fixtures.tenants(jdbi);
        SampleLoader loader = new SampleLoader(jdbi, tenants, new CustomerService(jdbi), new InvoiceBatchService(jdbi),
                new Pbkdf2Hasher());
        Path dir = Path.of("../../tenants-sample");

        assertThat(loader.loadAll(dir)).containsExactly("hollandse-energie", "northwind-facilities");
        assertThat(count(jdbi, "select count(*) from customer")).isEqualTo(40);
        assertThat(count(jdbi, "select count(*) from invoice")).isEqualTo(2006);
        assertThat(count(jdbi, "select count(*) from account where state = 'pending'")).isEqualTo(6);
        assertThat(count(jdbi, "select count(*) from invoice where document_type = 'credit-note'")).isEqualTo(6);
        assertThat(count(jdbi, "select count(*) from invoice i join customer c on c.tenant_id = i.tenant_id"
                + " and c.id = i.customer_id where i.document_type = 'credit-note' and c.customer_number = 'C-1001'"))
                .as("the demo customers' credit notes").isEqualTo(2);
        assertThat(count(jdbi, "select count(*) from invoice_allowance_charge where not charge")).isPositive();
        assertThat(count(jdbi, "select count(*) from invoice_allowance_charge where charge")).isPositive();
        assertThat(count(jdbi, "select count(*) from invoice where buyer_reference is null")).isZero();
        assertThat(count(jdbi, "select count(*) from outbox where kind = 'activation'")).as("mails for unactivated only").isEqualTo(6);
        assertThat(count(jdbi, "select count(*) from outbox where kind = 'new-invoice'")).isZero();
        assertThat(tenants.findBySlug("hollandse-energie").orElseThrow().branding().logoSvg()).contains("<svg");
        Tenant.Branding hollandse = tenants.findBySlug("hollandse-energie").orElseThrow().branding();
        Tenant.Branding northwind = tenants.findBySlug("northwind-facilities").orElseThrow().branding();
        assertThat(hollandse.displayName()).isEqualTo("Hollandse Energie");
        assertThat(northwind.displayName()).isEqualTo("Northwind Facilities");
        assertThat(hollandse.fontFamily()).isEqualTo("humanist");
        assertThat(northwind.fontFamily()).isEqualTo("transitional");
        assertThat(hollandse.faviconSvg()).contains("<circle");
        assertThat(northwind.logoSvg()).isNotEqualTo(hollandse.logoSvg());
        assertThat(List.of(hollandse.primaryColor(), hollandse.accentColor()))
                .doesNotContainAnyElementsOf(List.of(northwind.primaryColor(), northwind.accentColor()));
        assertThat(hollandse.texts().get("en").get("newInvoice")).contains("{invoiceNumber}");
        assertThat(northwind.footer().get("nl").links()).hasSize(3);
        assertThat(northwind.mailSenderName()).isEqualTo("Northwind Accounts");
        assertThat(tenants.findBySlug("northwind-facilities").orElseThrow().defaultLanguage()).isEqualTo("en");
        assertThat(tenants.findBySlug("northwind-facilities").orElseThrow().timeZone()).isEqualTo(ZoneId.of("Europe/Dublin"));
        assertThat(tenants.findBySlug("hollandse-energie").orElseThrow().timeZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(tenants.findBySlug("hollandse-energie").orElseThrow().enabledFormats())
                .as("the sample's formats, also those whose plugin is not installed here")
                .containsExactly("pdf", "xml", "csv", "ubl", "facturx");
        assertThat(tenants.findBySlug("northwind-facilities").orElseThrow().enabledFormats())
                .containsExactly("pdf", "xml", "csv", "ubl", "xrechnung");
        Tenant partnerDemo = tenants.findBySlug("hollandse-energie").orElseThrow();
        assertThat(partnerDemo.embedOrigins()).as("the sample partner site may frame it")
                .containsExactly("https://127.0.0.1:9443");
        assertThat(tenants.isApiKeyOf(partnerDemo, "ipk_demo-hollandse-energie-partner-site")).isTrue();
        assertThat(tenants.isApiKeyOf(tenants.findBySlug("northwind-facilities").orElseThrow(),
                "ipk_demo-hollandse-energie-partner-site")).isFalse();
        assertThat(tenants.findBySlug("northwind-facilities").orElseThrow().enabledChannels())
                .containsExactly("email", "email-pdf");
        assertThat(tenants.findBySlug("northwind-facilities").orElseThrow().seller().contact())
                .as("the seller's contact, which XRechnung needs")
                .isEqualTo(new Tenant.Contact("Accounts Receivable", "+353 1 555 0142",
                        "receivables@northwind-facilities.example"));

        loader.loadAll(dir);
        assertThat(count(jdbi, "select count(*) from invoice")).isEqualTo(2006);
        assertThat(tenants.findBySlug("hollandse-energie").orElseThrow().branding()).as("a second load keeps the brand")
                .usingRecursiveComparison().isEqualTo(hollandse);
        assertThat(count(jdbi, "select count(*) from customer")).isEqualTo(40);
        assertThat(count(jdbi, "select count(*) from tenant")).isEqualTo(2);
    }

    /** A sample tenant stored before the sample had its brand (or whose brand was changed) gets the sample's brand on the next load. */
    @Test
    void brandsAnExistingSampleTenant() {
        Jdbi jdbi = db.jdbi();
        TenantService tenants = Fixtures.tenants(jdbi);
        SampleLoader loader = new SampleLoader(jdbi, tenants, new CustomerService(jdbi), new InvoiceBatchService(jdbi),
                new Pbkdf2Hasher());
        Path dir = Path.of("../../tenants-sample");
        loader.loadAll(dir);
        jdbi.useHandle(h -> h.execute("update tenant set settings = jsonb_set(settings, '{branding}',"
                + " '{\"primaryColor\": \"#1b7340\", \"accentColor\": \"#8cc63f\"}') where slug = 'hollandse-energie'"));
        assertThat(tenants.findBySlug("hollandse-energie").orElseThrow().branding().displayName()).isNull();
        loader.loadAll(dir);
        Tenant.Branding branded = tenants.findBySlug("hollandse-energie").orElseThrow().branding();
        assertThat(branded.displayName()).isEqualTo("Hollandse Energie");
        assertThat(branded.accentColor()).isEqualTo("#0e5a35");
        assertThat(branded.logoSvg()).contains("<svg");
    }
    /**
     * A sample folder whose customers and invoices are what was loaded last is not checked item by
     * item again (an invoice stored with other content would stop that check); once a file changes,
     * it is loaded again and what it adds is stored.
     */
    @Test
    void skipsAnUnchangedFolderAndLoadsAChangedOne(@TempDir Path samples) throws IOException {
        Jdbi jdbi = db.jdbi();
        SampleLoader loader = new SampleLoader(jdbi, Fixtures.tenants(jdbi), new CustomerService(jdbi),
                new InvoiceBatchService(jdbi), new Pbkdf2Hasher());
        Path tenant = samples.resolve("hollandse-energie");
        Files.createDirectories(tenant);
        try (Stream<Path> files = Files.list(Path.of("../../tenants-sample/hollandse-energie"))) {
            for (Path file : files.toList()) {
                Files.copy(file, tenant.resolve(file.getFileName()));
            }
        }
        loader.loadAll(samples);
        assertThat(count(jdbi, "select count(*) from invoice")).isEqualTo(1003);
        assertThat(count(jdbi, "select count(*) from sample_load")).isEqualTo(1);

        String tampered = "update invoice set content_hash = :hash where invoice_number = '2024-000001'";
        byte[] original = jdbi.withHandle(h -> h.createQuery("select content_hash from invoice"
                + " where invoice_number = '2024-000001'").mapTo(byte[].class).one());
        jdbi.useHandle(h -> h.createUpdate(tampered).bind("hash", new byte[] {0}).execute());
        loader.loadAll(samples);
        assertThat(count(jdbi, "select count(*) from invoice")).as("unchanged files: nothing read again").isEqualTo(1003);

        jdbi.useHandle(h -> h.createUpdate(tampered).bind("hash", original).execute());
        ArrayNode invoices = (ArrayNode) Json.MAPPER.readTree(tenant.resolve("invoices.json").toFile());
        ObjectNode extra = invoices.get(0).deepCopy();
        extra.put("invoiceNumber", "2099-000001");
        ((ObjectNode) extra.path("payment")).put("reference", "2099-000001");
        invoices.add(extra);
        Json.MAPPER.writeValue(tenant.resolve("invoices.json").toFile(), invoices);
        loader.loadAll(samples);
        assertThat(count(jdbi, "select count(*) from invoice")).as("a changed file is loaded again").isEqualTo(1004);
    }
}
