package io.invoiceportal.server.bench;

import io.invoiceportal.core.account.TokenPurpose;
import io.invoiceportal.core.customer.CustomerRequest;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantRequest;
import io.invoiceportal.server.Services;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * One tenant with many invoices for the list benchmark. Tenant, customers and the big customer's
 * account go through the real services; the invoices are inserted set-based, because a million
 * single inserts through the service would take hours.
 */
final class BenchData {
    static final String TENANT = "bench";
    static final String BIG_CUSTOMER = "C-0001";
    static final String PASSWORD = "Factuur2026";

    private BenchData() {}

    /** What was loaded, for the report. */
    record Shape(long invoices, long customers, long bigCustomerInvoices, long bigCustomerRead, String firstDate,
            String lastDate, String sampleNumber) {}

    /**
     * What to load: {@code invoices} in all over {@code tenants} tenants. The benchmark's tenant has
     * {@code customers} customers and ten times {@code big} invoices, every tenth of them for the
     * signed-in customer {@code C-0001}; the other invoices are spread evenly over the other tenants
     * (each with {@code otherCustomers} customers). The default is one tenant, a million invoices
     * and a big customer of 100,000; {@code --size=10m}: 10 million over 1,000 tenants, the biggest
     * customer 200,000.
     */
    record Load(long invoices, int tenants, int customers, int otherCustomers, long big) {
        static Load of(java.util.Map<String, String> o) {
            boolean tenMillion = "10m".equals(o.get("size"));
            long invoices = Long.parseLong(o.getOrDefault("invoices", tenMillion ? "10000000" : "1000000"));
            int tenants = Integer.parseInt(o.getOrDefault("tenants", tenMillion ? "1000" : "1"));
            long big = Long.parseLong(o.getOrDefault("big", tenMillion ? "200000" : String.valueOf(invoices / 10)));
            return new Load(invoices, tenants, Integer.parseInt(o.getOrDefault("customers", "1000")),
                    Integer.parseInt(o.getOrDefault("otherCustomers", "100")), Math.min(big, invoices / 10));
        }

        long benchInvoices() {
            return tenants == 1 ? invoices : Math.min(invoices, big * 10);
        }
    }

    /** One tenant with {@code invoices} over {@code customers}, every tenth for the big customer. */
    static void loadIfMissing(Services services, int invoices, int customers) {
        loadIfMissing(services, new Load(invoices, 1, customers, 100, invoices / 10));
    }

    /** Loads the data unless the tenant exists already (a database reused with --database); ends with VACUUM ANALYZE. */
    static void loadIfMissing(Services services, Load load) {
        if (services.tenants().findBySlug(TENANT).isPresent()) {
            System.err.println("Tenant '" + TENANT + "' exists: reusing its data");
            return;
        }
        long start = System.nanoTime();
        Tenant tenant = services.tenants().create(new TenantRequest(TENANT, "Bench Energie B.V.", "nl",
                new TenantRequest.SellerInput("Bench Energie B.V.", null, null, null, "NL91ABNA0417164300"),
                null, null, null)).tenant();
        for (int c = 1; c <= load.customers(); c++) {
            String number = customerNumber(c);
            services.customers().put(tenant, number, new CustomerRequest("Klant " + number + " B.V.",
                    number.toLowerCase() + "@example.test", null, null, null, null, null, null, null, null, null), "bench");
        }
        activate(services, tenant);
        services.jdbi().useTransaction(h -> insertInvoices(h, tenant.id(), load.benchInvoices(), true));
        long rest = load.invoices() - load.benchInvoices();
        for (int t = 2; t <= load.tenants(); t++) {
            Tenant other = services.tenants().create(new TenantRequest(String.format("bench-%04d", t),
                    "Bench " + t + " B.V.", "nl", new TenantRequest.SellerInput("Bench " + t + " B.V.", null, null, null,
                            "NL91ABNA0417164300"), null, null, null)).tenant();
            long share = rest / (load.tenants() - 1) + (t - 2 < rest % (load.tenants() - 1) ? 1 : 0);
            services.jdbi().useTransaction(h -> {
                h.createUpdate("""
                        insert into customer (tenant_id, customer_number, company_name, email, language, delivery_channel)
                        select :t, 'C-' || lpad(g::text, 4, '0'), 'Klant ' || g, 'c' || g || '@example.test', 'nl', 'email'
                        from generate_series(1, :n) g""").bind("t", other.id()).bind("n", load.otherCustomers()).execute();
                insertInvoices(h, other.id(), share, false);
            });
            if (t % 50 == 0) {
                System.err.printf("Loaded %d of %d tenants%n", t, load.tenants());
            }
        }
        services.jdbi().useHandle(h -> h.execute("vacuum analyze"));
        System.err.printf("Loaded %,d invoices over %,d tenants in %d s%n", load.invoices(), load.tenants(),
                (System.nanoTime() - start) / 1_000_000_000L);
    }

    static String customerNumber(int c) {
        return String.format("C-%04d", c);
    }

    /**
     * Every tenth invoice is the big customer's, the rest spread evenly over the others; issue
     * dates rise with the id over two years (as invoices arrive), due dates 14 or 30 days later
     * (2% without), weighted categories (1% without), amounts from 20 to 2,000 euros plus 21% VAT,
     * and 5% of the big customer's invoices read by its account.
     */
    private static void insertInvoices(Handle h, long tenantId, long count, boolean bigCustomer) {
        h.createUpdate("""
                insert into invoice (tenant_id, customer_id, invoice_number, issue_date, due_date, category,
                    description, currency, payment_means_code, payment_iban, payment_reference,
                    line_total, tax_exclusive, tax_total, tax_inclusive, payable, content_hash)
                select :t, ids[(case when :big and g % 10 = 0 then 1
                                     when :big then 2 + (g::bigint * 7919) % (cardinality(ids) - 1)
                                     else 1 + (g::bigint * 7919) % cardinality(ids) end)::int],
                    n.number, n.issue,
                    case when abs(hashint8(-g)::bigint) % 50 = 0 then null
                         else n.issue + case when abs(hashint8(g + 7)::bigint) % 3 = 0 then 30 else 14 end end,
                    n.category, coalesce(n.category, 'Diversen') || ' ' || to_char(n.issue, 'YYYY-MM'), 'EUR',
                    '30', 'NL91ABNA0417164300', n.number,
                    n.net, n.net, round(n.net * 0.21, 2), n.net + round(n.net * 0.21, 2),
                    n.net + round(n.net * 0.21, 2), decode(md5(n.number), 'hex')
                from (select array_agg(id order by customer_number) as ids from customer where tenant_id = :t) c,
                    generate_series(1, :count) g,
                    lateral (select date '2024-07-01' + (g::bigint * 730 / (:count + 1))::int as issue,
                        abs(hashint8(g)::bigint) % 100 as pick) d,
                    lateral (select 'F' || to_char(d.issue, 'YYYY') || '-' || lpad(g::text, 7, '0') as number,
                        d.issue,
                        20 + (abs(hashint8(g * 31)::bigint) % 198001) / 100.0 as net,
                        case when d.pick < 25 then 'Energie'
                             when d.pick < 40 then 'Algemene doorbelastingen'
                             when d.pick < 55 then 'Huur'
                             when d.pick < 65 then 'Onderhoud'
                             when d.pick < 75 then 'Servicekosten'
                             when d.pick < 82 then 'Water'
                             when d.pick < 89 then 'Schoonmaak'
                             when d.pick < 94 then 'algemene kosten'
                             when d.pick < 99 then 'Beveiliging'
                        end as category) n
                """).bind("t", tenantId).bind("count", count).bind("big", bigCustomer).execute();
        h.createUpdate("""
                insert into invoice_line (tenant_id, invoice_id, position, line_id, name, quantity, unit_code,
                    unit_price, vat_category, vat_rate, line_amount)
                select tenant_id, id, 1, '1', coalesce(category, 'Diversen'), 1, 'C62', tax_exclusive, 'S', 21,
                    tax_exclusive
                from invoice where tenant_id = :t
                """).bind("t", tenantId).execute();
        h.createUpdate("""
                update invoice i set read = true
                from customer c
                where c.tenant_id = i.tenant_id and c.id = i.customer_id
                    and i.tenant_id = :t and c.customer_number = :big and abs(hashint8(i.id)::bigint) % 100 < 5
                """).bind("t", tenantId).bind("big", BIG_CUSTOMER).execute();
    }

    private static void activate(Services services, Tenant tenant) {
        long customerId = services.customers().get(tenant, BIG_CUSTOMER).id();
        String token = services.jdbi().inTransaction(h -> {
            long accountId = h.createQuery("select id from account where tenant_id = :t and customer_id = :c")
                    .bind("t", tenant.id()).bind("c", customerId).mapTo(Long.class).one();
            return services.accounts().mintToken(h, tenant.id(), accountId, TokenPurpose.ACTIVATION);
        });
        services.accounts().activate(tenant, token, PASSWORD, PASSWORD);
    }

    static Shape shape(Services services) {
        Tenant tenant = services.tenants().findBySlug(TENANT).orElseThrow();
        long big = services.customers().get(tenant, BIG_CUSTOMER).id();
        return services.jdbi().withHandle(h -> {
            long t = tenant.id();
            long invoices = count(h, "select count(*) from invoice where tenant_id = ?", t);
            long customers = count(h, "select count(*) from customer where tenant_id = ?", t);
            long mine = count(h, "select count(*) from invoice where tenant_id = ? and customer_id = " + big, t);
            long read = count(h, "select count(*) from invoice where read and tenant_id = ? and customer_id = " + big, t);
            String first = h.select("select min(issue_date)::text from invoice where tenant_id = ?", t)
                    .mapTo(String.class).one();
            String last = h.select("select max(issue_date)::text from invoice where tenant_id = ?", t)
                    .mapTo(String.class).one();
            Optional<String> sample = h.select("select invoice_number from invoice where tenant_id = ? and customer_id = "
                    + big + " and issue_date >= date '2025-06-15' order by issue_date, id limit 1", t)
                    .mapTo(String.class).findOne();
            return new Shape(invoices, customers, mine, read, first, last, sample.orElseThrow());
        });
    }

    private static long count(Handle h, String sql, long tenantId) {
        return h.select(sql, tenantId).mapTo(Long.class).one();
    }
}
