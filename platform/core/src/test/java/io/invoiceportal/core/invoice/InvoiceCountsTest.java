package io.invoiceportal.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.invoice.InvoiceQuery.Sort;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The per-customer counts the database keeps (V20) and the capped totals of filtered lists, on a
 * real PostgreSQL: every write path keeps the counts equal to count(*), concurrent writers neither
 * lose counts nor wait for each other, and tenants' counts stay apart.
 */
class InvoiceCountsTest {
    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension("counts");
    static Jdbi jdbi;
    static InvoiceService invoices;
    static CustomerInvoiceService list;
    static InvoiceCountCompactor compactor;
    static Tenant tenant;
    static Tenant other;
    static SignedIn carol;
    static SignedIn erin;
    static SignedIn dave;
    static SignedIn otherCarol;
    static SignedIn otherErin;
    static SignedIn big;

    @BeforeAll
    static void data() {
        jdbi = db.jdbi();
        invoices = new InvoiceService(jdbi);
        list = new CustomerInvoiceService(jdbi, invoices);
        compactor = new InvoiceCountCompactor(jdbi);
        tenant = Fixtures.tenant(jdbi, "counts", "nl");
        other = Fixtures.tenant(jdbi, "othercounts", "en");
        Fixtures.customer(jdbi, tenant, "C-1", "carol", "carol@example.test");
        Fixtures.customer(jdbi, tenant, "C-2", "dave", "dave@example.test");
        Fixtures.customer(jdbi, tenant, "C-BIG", "big", "big@example.test");
        Fixtures.customer(jdbi, tenant, "C-3", "erin", "erin@example.test");
        Fixtures.customer(jdbi, other, "C-1", "carol", "carol@example.test");
        Fixtures.customer(jdbi, other, "C-3", "erin", "erin@example.test");
        carol = user(tenant, "C-1");
        dave = user(tenant, "C-2");
        otherCarol = user(other, "C-1");
        big = user(tenant, "C-BIG");
        erin = user(tenant, "C-3");
        otherErin = user(other, "C-3");
        insertSetBased(tenant.id(), big.customerId(), "BIG-", 10_050);
    }

    static SignedIn user(Tenant t, String number) {
        var c = new io.invoiceportal.core.customer.CustomerService(jdbi).get(t, number);
        long accountId = jdbi.withExtension(io.invoiceportal.core.account.AccountDao.class,
                d -> d.findByCustomer(t.id(), c.id())).orElseThrow().id();
        return new SignedIn(t.id(), t.slug(), accountId, c.id(), number, c.login(), c.companyName(), "nl", 0);
    }

    /** Inserts invoices in one statement (as a bulk load does), one a day from 2020-01-01. */
    static void insertSetBased(long tenantId, long customerId, String prefix, int count) {
        jdbi.useHandle(h -> h.createUpdate("""
                insert into invoice (tenant_id, customer_id, invoice_number, issue_date, due_date, category,
                    description, currency, line_total, tax_exclusive, tax_total, tax_inclusive, payable, content_hash)
                select :t, :c, :prefix || lpad(g::text, 6, '0'), date '2020-01-01' + g / 7,
                    case when g % 11 = 0 then null else date '2020-01-15' + g / 7 end,
                    case when g % 3 = 0 then 'Energie' else 'Algemeen' end, 'Omschrijving ' || g, 'EUR',
                    g % 100, g % 100, 0, g % 100, g % 100, decode(md5(g::text), 'hex')
                from generate_series(1, :count) g
                """).bind("t", tenantId).bind("c", customerId).bind("prefix", prefix).bind("count", count).execute());
    }

    static long counted(SignedIn user, Boolean read) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from invoice where tenant_id = :t and customer_id = :c"
                        + (read == null ? "" : read ? " and read" : " and not read"))
                .bind("t", user.tenantId()).bind("c", user.customerId()).mapTo(Long.class).one());
    }

    static long listed(Tenant t, SignedIn user, Boolean read) {
        InvoicePage p = list.list(t, user, CustomerInvoiceServiceTest.q(read, null, null, null, null, Sort.ISSUE_DATE,
                false, 0, 10));
        assertThat(p.totalIsExact()).isTrue();
        return p.total();
    }

    /** The unfiltered, read and unread totals equal what count(*) finds, before and after folding. */
    static void assertCountsRight(Tenant t, SignedIn user) {
        for (int fold = 0; fold < 2; fold++) {
            assertThat(listed(t, user, null)).as("all").isEqualTo(counted(user, null));
            assertThat(listed(t, user, true)).as("read").isEqualTo(counted(user, true));
            assertThat(listed(t, user, false)).as("unread").isEqualTo(counted(user, false));
            compactor.compact();
        }
    }

    /** Ingestion, marking read (twice), and deleting keep the counts right; tenants' counts stay apart. */
    @Test
    void insertMarkReadAndDeleteKeepTheCounts() {
        List<InvoiceRequest> batch = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            batch.add(CustomerInvoiceServiceTest.invoice("K-" + i, "C-3", LocalDate.of(2026, 2, i), "Huur", "10.00"));
        }
        invoices.publishAll(tenant, batch, "test");
        invoices.publishAll(tenant, List.of(CustomerInvoiceServiceTest.invoice("K-13", "C-3", LocalDate.of(2026, 2, 13),
                "Huur", "10.00")), "test");
        invoices.publishAll(other, List.of(CustomerInvoiceServiceTest.invoice("K-1", "C-3", LocalDate.of(2026, 2, 1),
                "Huur", "10.00")), "test");
        assertThat(listed(tenant, erin, null)).isEqualTo(13);
        assertThat(listed(other, otherErin, null)).isEqualTo(1);

        List<Invoice> opened = List.of(list.get(tenant, erin, "K-2"), list.get(tenant, erin, "K-5"));
        list.markRead(tenant, erin, opened);
        list.markRead(tenant, erin, opened);
        assertThat(listed(tenant, erin, true)).isEqualTo(2);
        assertThat(listed(tenant, erin, false)).isEqualTo(11);
        assertThat(listed(other, otherErin, true)).isZero();
        assertCountsRight(tenant, erin);

        jdbi.useHandle(h -> {
            insert(h, erin, "D-1");
            insert(h, erin, "D-2");
            insert(h, erin, "D-3");
            h.execute("update invoice set read = true where tenant_id = ? and invoice_number = 'D-2'", tenant.id());
        });
        assertThat(listed(tenant, erin, null)).isEqualTo(16);
        assertThat(listed(tenant, erin, true)).isEqualTo(3);
        jdbi.useHandle(h -> h.execute("delete from invoice where tenant_id = ? and invoice_number in ('D-1', 'D-2')",
                tenant.id()));
        assertThat(listed(tenant, erin, null)).isEqualTo(14);
        assertThat(listed(tenant, erin, true)).isEqualTo(2);
        assertThat(listed(tenant, erin, false)).isEqualTo(12);
        assertCountsRight(tenant, erin);
        assertCountsRight(other, otherErin);
        assertCountsRight(tenant, big);
    }

    /**
     * Writers for the same customer do not wait for each other: while one transaction has inserted
     * and not committed, another inserts and commits within a short lock timeout; both count.
     */
    @Test
    void concurrentWritersDoNotWaitForEachOther() throws Exception {
        long before = counted(dave, null);
        try (Handle first = jdbi.open(); Handle second = jdbi.open()) {
            first.begin();
            insert(first, dave, "W-1");
            second.begin();
            second.execute("set local lock_timeout = '1s'");
            insert(second, dave, "W-2");
            second.execute("update invoice set read = true where tenant_id = ? and invoice_number = 'W-2'", tenant.id());
            second.commit();
            assertThat(listed(tenant, dave, null)).isEqualTo(before + 1);
            compactor.compact(); // folds the committed delta; the open one stays
            first.commit();
        }
        assertThat(listed(tenant, dave, null)).isEqualTo(before + 2);
        assertCountsRight(tenant, dave);
    }

    /** Many concurrent writers and a folding loop at the same time lose no count. */
    @Test
    void concurrentInsertsAndFoldingLoseNothing() throws Exception {
        int writers = 4;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        invoices.publishAll(tenant, List.of(CustomerInvoiceServiceTest.invoice("P-" + writer + "-" + i,
                                writer % 2 == 0 ? "C-1" : "C-2", LocalDate.of(2026, 3, 1), "Water", "5.00")), "test");
                        if (i % 5 == 0) {
                            Invoice mine = list.get(tenant, writer % 2 == 0 ? carol : dave, "P-" + writer + "-" + i);
                            list.markRead(tenant, writer % 2 == 0 ? carol : dave, List.of(mine));
                        }
                    }
                    return null;
                }));
            }
            Future<?> folding = pool.submit(() -> {
                start.await();
                while (done.stream().anyMatch(f -> !f.isDone())) {
                    compactor.compact();
                }
                return null;
            });
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            folding.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertCountsRight(tenant, carol);
        assertCountsRight(tenant, dave);
        long deltasLeft = jdbi.withHandle(h -> h.createQuery("select count(*) from customer_invoice_count_delta")
                .mapTo(Long.class).one());
        assertThat(deltasLeft).isZero();
    }

    /**
     * A filtered list of more than 10,000 invoices says "more than 10,000" and pages forward with
     * the same rows, in the same order, as the exact list; the page reaching the end is exact again.
     */
    @Test
    void filteredListsOverTheCapAreInexactAndPageLikeTheExactList() {
        LocalDate from = LocalDate.of(2019, 1, 1);
        for (Sort sort : new Sort[] {Sort.ISSUE_DATE, Sort.DUE_DATE, Sort.INVOICE_NUMBER}) {
            for (boolean asc : new boolean[] {true, false}) {
                for (int page : new int[] {0, 1, 150, 200, 201}) {
                    InvoicePage exact = list.list(tenant, big, CustomerInvoiceServiceTest.q(null, null, null, null, null,
                            sort, asc, page, 50));
                    InvoicePage filtered = list.list(tenant, big, CustomerInvoiceServiceTest.q(null, null, from, null,
                            null, sort, asc, page, 50));
                    String as = sort + " " + asc + " page " + page;
                    assertThat(exact.totalIsExact()).as(as).isTrue();
                    assertThat(exact.total()).as(as).isEqualTo(10_050);
                    assertThat(CustomerInvoiceServiceTest.numbers(filtered)).as(as)
                            .containsExactlyElementsOf(CustomerInvoiceServiceTest.numbers(exact));
                    if (page < 200) {
                        assertThat(filtered.totalIsExact()).as(as).isFalse();
                        assertThat(filtered.total()).as(as).isEqualTo(InvoicePage.COUNT_CAP);
                        assertThat(filtered.hasNext()).as(as).isTrue();
                    } else {
                        assertThat(filtered.totalIsExact()).as(as).isTrue();
                        assertThat(filtered.total()).as(as).isEqualTo(10_050);
                        assertThat(filtered.hasNext()).as(as).isFalse();
                    }
                }
            }
        }
        InvoicePage pastTheEnd = list.list(tenant, big, CustomerInvoiceServiceTest.q(null, null, from, null, null,
                Sort.ISSUE_DATE, false, 500, 50));
        assertThat(pastTheEnd.items()).isEmpty();
        assertThat(pastTheEnd.totalIsExact()).isTrue();
        assertThat(pastTheEnd.total()).isEqualTo(10_050);
        InvoicePage category = list.list(tenant, big, CustomerInvoiceServiceTest.q(null, null, null, null, "alg",
                Sort.ISSUE_DATE, false, 0, 25));
        assertThat(category.totalIsExact()).isTrue();
        assertThat(category.total()).isEqualTo(10_050 - 10_050 / 3);
        assertThat(category.hasNext()).isTrue();
        InvoicePage otherTenant = list.list(other, otherCarol,
                CustomerInvoiceServiceTest.q(null, null, from, null, null, Sort.ISSUE_DATE, false, 0, 25));
        assertThat(otherTenant.totalIsExact()).isTrue();
        assertThat(otherTenant.items()).noneMatch(i -> i.invoiceNumber().startsWith("BIG-"));
    }

    private static void insert(Handle h, SignedIn user, String number) {
        h.execute("""
                insert into invoice (tenant_id, customer_id, invoice_number, issue_date, currency, line_total,
                    tax_exclusive, tax_total, tax_inclusive, payable, content_hash)
                values (?, ?, ?, date '2026-04-01', 'EUR', 1, 1, 0, 1, 1, '\\x00')""",
                user.tenantId(), user.customerId(), number);
    }
}
