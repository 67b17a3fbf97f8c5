package io.invoiceportal.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.invoice.InvoiceService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.TestDatabase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
        InvoiceService invoices = new InvoiceService(jdbi);
        invoices.publishAll(tenant, List.of(invoice("A-1"), invoice("A-2")), "test");
        OffsetDateTime when = OffsetDateTime.of(2026, 3, 4, 5, 6, 7, 0, ZoneOffset.UTC);
        jdbi.useHandle(h -> h.createUpdate("insert into invoice_read (tenant_id, account_id, invoice_id, read_at)"
                        + " select i.tenant_id, a.id, i.id, :when from invoice i join account a"
                        + " on a.tenant_id = i.tenant_id and a.customer_id = i.customer_id where i.invoice_number = 'A-2'")
                .bind("when", when).execute());

        Database.migrate(db.dataSource());

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

    private static InvoiceRequest invoice(String number) {
        return new InvoiceRequest(number, "C-1", "2026-01-05", "2026-02-04", "Energie", "EUR", null, "Omschrijving",
                List.of(new InvoiceRequest.LineInput("1", "Regel", "1", "C62", "10.00", "S", "21")), null, null);
    }
}
