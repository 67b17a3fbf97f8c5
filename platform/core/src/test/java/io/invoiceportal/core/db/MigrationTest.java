package io.invoiceportal.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.core.invoice.InvoiceService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.TestDatabase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Migrations that move data, run on a database holding data of the version before. */
class MigrationTest {

    /** V6 moves the read marks from invoice_read onto the invoices. */
    @Test
    void readMarksMoveOntoTheInvoices() {
        try (TestDatabase db = TestDatabase.empty("migration")) {
            readMarksMoveOntoTheInvoices(db);
        }
    }

    private static void readMarksMoveOntoTheInvoices(TestDatabase db) {
        Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration").target("5").load().migrate();
        Jdbi jdbi = db.jdbi();
        Tenant tenant = Fixtures.tenant(jdbi, "hollandse", "nl");
        Fixtures.customer(jdbi, tenant, "C-1", "alice", "alice@example.test");
        insertInvoice(jdbi, tenant, "A-1");
        insertInvoice(jdbi, tenant, "A-2");
        OffsetDateTime when = OffsetDateTime.of(2026, 3, 4, 5, 6, 7, 0, ZoneOffset.UTC);
        jdbi.useHandle(h -> h.createUpdate("insert into invoice_read (tenant_id, account_id, invoice_id, read_at)"
                        + " select i.tenant_id, a.id, i.id, :when from invoice i join account a"
                        + " on a.tenant_id = i.tenant_id and a.customer_id = i.customer_id where i.invoice_number = 'A-2'")
                .bind("when", when).execute());

        Database.migrate(db.dataSource());

        InvoiceService invoices = new InvoiceService(jdbi);
        assertThat(invoices.issuerView(tenant, "A-1").read()).isFalse();
        assertThat(invoices.issuerView(tenant, "A-2").read()).isTrue();
        boolean dropped = jdbi.withHandle(h -> h.select("select to_regclass('invoice_read') is null")
                .mapTo(Boolean.class).one());
        assertThat(dropped).isTrue();
    }

    /** V13 runs the logos stored before the SVG sanitiser through it; one it refuses is removed. */
    @Test
    void storedLogosAreSanitised() {
        try (TestDatabase db = TestDatabase.empty("migration")) {
            Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration").target("12").load().migrate();
            Jdbi jdbi = db.jdbi();
            Tenant dirty = Fixtures.tenant(jdbi, "hollandse", "nl");
            Tenant refused = Fixtures.tenant(jdbi, "northwind", "en");
            Fixtures.tenant(jdbi, "globex", "en");
            storeLogo(jdbi, dirty, "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script>"
                    + "<rect width=\"10\" height=\"10\" fill=\"#1b7340\"/></svg>");
            storeLogo(jdbi, refused, "<html><body onload=\"alert(1)\"/></html>");

            Database.migrate(db.dataSource());

            TenantService tenants = Fixtures.tenants(jdbi);
            String clean = tenants.findBySlug("hollandse").orElseThrow().branding().logoSvg();
            assertThat(clean).contains("<rect").doesNotContain("script", "onload", "alert");
            assertThat(tenants.findBySlug("northwind").orElseThrow().branding().logoSvg()).isNull();
            assertThat(tenants.findBySlug("globex").orElseThrow().branding().logoSvg()).isNull();
            assertThat(tenants.findBySlug("northwind").orElseThrow().name()).isEqualTo(refused.name());
        }
    }

    private static void storeLogo(Jdbi jdbi, Tenant tenant, String svg) {
        jdbi.useHandle(h -> h.createUpdate("update tenant set settings = jsonb_set(settings, '{branding,logoSvg}',"
                + " to_jsonb(:svg::text)) where id = :id").bind("svg", svg).bind("id", tenant.id()).execute());
    }

    /** An invoice as the schema of V5 holds it (today's service writes columns added since). */
    private static void insertInvoice(Jdbi jdbi, Tenant tenant, String number) {
        jdbi.useHandle(h -> h.createUpdate("insert into invoice (tenant_id, customer_id, invoice_number, issue_date,"
                        + " currency, line_total, tax_exclusive, tax_total, tax_inclusive, payable, content_hash)"
                        + " select c.tenant_id, c.id, :number, date '2026-01-05', 'EUR', 10, 10, 2.10, 12.10, 12.10,"
                        + " :hash from customer c where c.tenant_id = :tenantId and c.customer_number = 'C-1'")
                .bind("number", number).bind("hash", new byte[32]).bind("tenantId", tenant.id()).execute());
    }
}
