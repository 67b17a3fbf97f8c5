package io.invoiceportal.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.core.account.AccountDao;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.invoice.InvoiceQuery.Sort;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The customer's invoice list on a real PostgreSQL: filters, sorting, paging, read marks, isolation. */
class CustomerInvoiceServiceTest {
    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension("list");
    static Jdbi jdbi;
    static InvoiceService invoices;
    static CustomerInvoiceService list;
    static Tenant tenant;
    static Tenant other;
    static SignedIn alice;
    static SignedIn bob;
    static SignedIn otherTenantUser;
    static final String[] CATEGORIES = {"Algemene doorbelastingen", "algemeen onderhoud", "Energie", "Huur", null};

    @BeforeAll
    static void data() {
        jdbi = db.jdbi();
        invoices = new InvoiceService(jdbi);
        list = new CustomerInvoiceService(jdbi, invoices);
        tenant = Fixtures.tenant(jdbi, "hollandse", "nl");
        other = Fixtures.tenant(jdbi, "northwind", "en");
        Fixtures.customer(jdbi, tenant, "C-1", "alice", "alice@example.test");
        Fixtures.customer(jdbi, tenant, "C-2", "bob", "bob@example.test");
        Fixtures.customer(jdbi, other, "C-1", "alice", "alice@example.test");
        List<InvoiceRequest> a = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            a.add(invoice("A-" + String.format("%03d", i), "C-1", LocalDate.of(2026, 1, 1).plusDays(i % 30),
                    CATEGORIES[i % CATEGORIES.length], String.valueOf(i % 7 + 1) + ".00"));
        }
        invoices.publishAll(tenant, a, "test");
        invoices.publishAll(tenant, List.of(invoice("B-001", "C-2", LocalDate.of(2026, 1, 5), "Energie", "1.00")), "test");
        invoices.publishAll(other, List.of(invoice("A-001", "C-1", LocalDate.of(2026, 1, 5), "Energie", "1.00")), "test");
        alice = user(tenant, "C-1");
        bob = user(tenant, "C-2");
        otherTenantUser = user(other, "C-1");
        for (String read : List.of("A-003", "A-017", "A-018", "A-044", "A-059")) {
            list.markRead(tenant, alice, List.of(list.get(tenant, alice, read)));
        }
    }

    static InvoiceRequest invoice(String number, String customer, LocalDate date, String category, String price) {
        return new InvoiceRequest(number, customer, date.toString(), date.plusDays(30).toString(), category, "EUR",
                null, "Omschrijving " + number, List.of(new InvoiceRequest.LineInput("1", "Regel", "1", "C62", price,
                        "S", "21")), null, null);
    }

    static SignedIn user(Tenant t, String number) {
        Customer c = new CustomerService(jdbi).get(t, number);
        long accountId = jdbi.withExtension(AccountDao.class, d -> d.findByCustomer(t.id(), c.id())).orElseThrow().id();
        return new SignedIn(t.id(), t.slug(), accountId, c.id(), number, c.login(), c.companyName(), "nl", 0);
    }

    static InvoiceQuery q(Boolean read, String number, LocalDate from, LocalDate to, String category, Sort sort,
            boolean asc, int page, int size) {
        return new InvoiceQuery(read, number, from, to, category, sort, asc, page, size);
    }

    static List<String> numbers(InvoicePage p) {
        return p.items().stream().map(InvoiceSummary::invoiceNumber).toList();
    }

    /** Dates filter inclusively at both ends. */
    @Test
    void dateRangeIsInclusive() {
        LocalDate day = LocalDate.of(2026, 1, 6);
        InvoicePage p = list.list(tenant, alice, q(null, null, day, day, null, Sort.ISSUE_DATE, true, 0, 100));
        assertThat(p.items()).isNotEmpty().allSatisfy(i -> assertThat(i.issueDate()).isEqualTo(day));
        assertThat(p.total()).isEqualTo(2);
    }

    /** The category filter is a case-insensitive prefix, wildcards taken literally. */
    @Test
    void categoryPrefixIgnoresCase() {
        InvoicePage p = list.list(tenant, alice, q(null, null, null, null, "ALG", Sort.ISSUE_DATE, true, 0, 100));
        assertThat(p.total()).isEqualTo(24);
        assertThat(p.items()).allSatisfy(i -> assertThat(i.category().toLowerCase()).startsWith("alg"));
        assertThat(list.list(tenant, alice, q(null, null, null, null, "%", Sort.ISSUE_DATE, true, 0, 100)).total()).isZero();
    }

    /** Filters combine; a number that is not the user's finds nothing. */
    @Test
    void filtersCombineAndNoMatch() {
        InvoicePage p = list.list(tenant, alice, q(null, null, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20),
                "energie", Sort.ISSUE_DATE, true, 0, 100));
        assertThat(p.items()).allSatisfy(i -> {
            assertThat(i.category()).isEqualTo("Energie");
            assertThat(i.issueDate()).isBetween(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20));
        });
        assertThat(p.total()).isPositive();
        assertThat(list.list(tenant, alice, q(null, "A-007", null, null, null, Sort.ISSUE_DATE, true, 0, 10)).total()).isEqualTo(1);
        assertThat(list.list(tenant, alice, q(null, "B-001", null, null, null, Sort.ISSUE_DATE, true, 0, 10)).total()).isZero();
        assertThat(list.list(tenant, alice, q(null, "Z-999", null, null, null, Sort.ISSUE_DATE, true, 0, 10)).items()).isEmpty();
    }

    /** Every column sorts both ways, and paging through a sort never repeats or skips a row. */
    @Test
    void everySortBothWaysPagesWithoutRepeats() {
        for (Sort sort : Sort.values()) {
            for (boolean asc : new boolean[] {true, false}) {
                Set<String> seen = new HashSet<>();
                List<InvoiceSummary> all = new ArrayList<>();
                for (int page = 0; page < 7; page++) {
                    InvoicePage p = list.list(tenant, alice, q(null, null, null, null, null, sort, asc, page, 9));
                    all.addAll(p.items());
                    p.items().forEach(i -> assertThat(seen.add(i.invoiceNumber())).as(sort + " " + asc).isTrue());
                }
                assertThat(seen).as(sort + " " + asc).hasSize(60);
                List<InvoiceSummary> sorted = new ArrayList<>(all);
                sorted.sort(comparator(sort, asc));
                assertThat(all).as(sort + " " + asc).extracting(key(sort)).containsExactlyElementsOf(
                        sorted.stream().map(key(sort)).toList());
            }
        }
    }

    /**
     * The read and unread filters with every sort both ways: the right rows, in order, each once;
     * the read sort puts the unread ones first ascending, each part by id.
     */
    @Test
    void readFiltersAndReadSortPageWithoutRepeats() {
        for (Boolean read : new Boolean[] {true, false}) {
            for (Sort sort : Sort.values()) {
                for (boolean asc : new boolean[] {true, false}) {
                    List<InvoiceSummary> all = new ArrayList<>();
                    long total = -1;
                    for (int page = 0; page == 0 || all.size() == page * 4; page++) {
                        InvoicePage p = list.list(tenant, alice, q(read, null, null, null, null, sort, asc, page, 4));
                        all.addAll(p.items());
                        total = p.total();
                    }
                    String as = read + " " + sort + " " + asc;
                    assertThat(all).as(as).allSatisfy(i -> assertThat(i.read()).isEqualTo(read));
                    assertThat(all).as(as).extracting(InvoiceSummary::invoiceNumber).doesNotHaveDuplicates();
                    assertThat(total).as(as).isEqualTo(all.size());
                    List<InvoiceSummary> sorted = new ArrayList<>(all);
                    sorted.sort(comparator(sort, asc));
                    assertThat(all).as(as).extracting(key(sort)).containsExactlyElementsOf(
                            sorted.stream().map(key(sort)).toList());
                }
            }
        }
        assertThat(list.list(tenant, alice, q(true, null, null, null, null, Sort.READ, true, 0, 10)).total()
                + list.list(tenant, alice, q(false, null, null, null, null, Sort.READ, true, 0, 10)).total()).isEqualTo(60);
        List<String> byRead = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            byRead.addAll(numbers(list.list(tenant, alice, q(null, null, null, null, "huur", Sort.READ, true, page, 4))));
        }
        // "Huur" is every fifth invoice from A-003; of those, A-003 and A-018 are read
        assertThat(byRead).containsExactly("A-008", "A-013", "A-023", "A-028", "A-033", "A-038", "A-043", "A-048",
                "A-053", "A-058", "A-003", "A-018");
        assertThat(numbers(list.list(tenant, alice, q(null, null, null, null, "huur", Sort.READ, false, 0, 4))))
                .containsExactly("A-018", "A-003", "A-058", "A-053");
    }

    static java.util.function.Function<InvoiceSummary, Object> key(Sort sort) {
        return switch (sort) {
            case INVOICE_NUMBER -> InvoiceSummary::invoiceNumber;
            case ISSUE_DATE -> InvoiceSummary::issueDate;
            case DUE_DATE -> InvoiceSummary::dueDate;
            case CATEGORY -> i -> i.category() == null ? "" : i.category().toLowerCase();
            case DESCRIPTION -> i -> i.description() == null ? "" : i.description().toLowerCase();
            case TOTAL_AMOUNT -> i -> i.totalAmount().stripTrailingZeros();
            case READ -> InvoiceSummary::read;
        };
    }

    @SuppressWarnings("unchecked")
    static java.util.Comparator<InvoiceSummary> comparator(Sort sort, boolean asc) {
        java.util.Comparator<InvoiceSummary> c = java.util.Comparator.comparing(
                i -> (Comparable<Object>) key(sort).apply(i), java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        if (sort == Sort.CATEGORY) {
            c = java.util.Comparator.comparing(i -> i.category() == null ? null : i.category().toLowerCase(),
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        }
        if (sort == Sort.DESCRIPTION) {
            c = java.util.Comparator.comparing(i -> i.description() == null ? null : i.description().toLowerCase(),
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        }
        return asc ? c : c.reversed();
    }

    /** Page size must be 1-100, and "from" after "to" is refused at the field. */
    @Test
    void invalidQueries() {
        assertThatThrownBy(() -> list.list(tenant, alice, q(null, null, null, null, null, Sort.ISSUE_DATE, true, 0, 101)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("size");
        assertThatThrownBy(() -> list.list(tenant, alice, q(null, null, null, null, null, Sort.ISSUE_DATE, true, 0, 0)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> list.list(tenant, alice, q(null, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1),
                null, Sort.ISSUE_DATE, true, 0, 10))).isInstanceOf(ValidationException.class).hasMessageContaining("dateFrom");
    }

    /** Read marks belong to one account: reading an invoice changes the read filter for that account only. */
    @Test
    void readMarksPerAccount() {
        Invoice opened = list.get(tenant, alice, "A-010");
        list.markRead(tenant, alice, List.of(opened));
        list.markRead(tenant, alice, List.of(opened));
        assertThat(numbers(list.list(tenant, alice, q(true, null, null, null, null, Sort.ISSUE_DATE, true, 0, 100))))
                .contains("A-010");
        assertThat(list.list(tenant, alice, q(false, null, null, null, null, Sort.ISSUE_DATE, true, 0, 100)).items())
                .extracting(InvoiceSummary::invoiceNumber).doesNotContain("A-010");
        assertThat(list.list(tenant, bob, q(true, null, null, null, null, Sort.ISSUE_DATE, true, 0, 100)).total()).isZero();
    }

    /** Guessing invoice numbers of another customer or tenant finds nothing. */
    @Test
    void isolation() {
        assertThat(list.find(tenant, alice, "B-001")).isEmpty();
        assertThat(list.find(tenant, bob, "A-001")).isEmpty();
        assertThat(list.find(other, otherTenantUser, "A-002")).isEmpty();
        assertThat(list.find(other, otherTenantUser, "A-001")).isPresent();
        assertThat(list.list(other, otherTenantUser, q(null, null, null, null, null, Sort.ISSUE_DATE, true, 0, 100)).total())
                .isEqualTo(1);
        assertThatThrownBy(() -> list.list(other, alice, InvoiceQuery.firstPage())).isInstanceOf(RuntimeException.class);
    }
}
