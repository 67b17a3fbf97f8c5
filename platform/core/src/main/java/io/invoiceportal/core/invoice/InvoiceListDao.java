package io.invoiceportal.core.invoice;

import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * SQL for the customer's invoice list. The statement is assembled from the filters in use (a
 * condition that is not asked for is left out, so the planner sees the plain query and picks the
 * index of the sort column); all values are bound, never concatenated.
 *
 * <p>The total comes first, in the same snapshot as the page. The unfiltered list and the read and
 * unread filters take it from the counts the database keeps per customer (V20), without counting.
 * Other filters are counted up to {@link InvoicePage#COUNT_CAP} + 1 rows: the cost stays bounded,
 * and past the cap the total is "more than" the cap. An exact total makes paging cheap: a page in the
 * back half is read from the end in the opposite order (a short index scan instead of skipping
 * most of the list). Without one, pages are read forward with one row more, which tells whether
 * another page follows; a page that reaches the end of the list makes the total exact again.
 *
 * <p>The page's ids are found with an index-only scan (every list index carries the read flag, see
 * V6); only those rows are then read (by primary key, so the columns shown, such as the document
 * type, need no place in the list indexes), in the same statement. A filtered list is planned for its own values
 * ({@code plan_cache_mode = force_custom_plan}): a generic plan of a prepared statement cannot use
 * the category prefix or the date range's selectivity and scanned the customer's whole list.
 */
final class InvoiceListDao {
    private final Handle h;
    private final long tenantId;
    private final long customerId;
    private final InvoiceQuery q;

    private InvoiceListDao(Handle h, long tenantId, long customerId, InvoiceQuery q) {
        this.h = h;
        this.tenantId = tenantId;
        this.customerId = customerId;
        this.q = q;
    }

    static InvoicePage page(Handle h, long tenantId, long customerId, InvoiceQuery q) {
        return h.inTransaction(tx -> {
            InvoiceListDao dao = new InvoiceListDao(tx, tenantId, customerId, q);
            tx.execute("set transaction isolation level repeatable read, read only"
                    + (dao.filtered() ? "; set local plan_cache_mode = force_custom_plan" : ""));
            return dao.page();
        });
    }

    /** Filters other than read/unread, whose totals cannot come from the kept counts. */
    private boolean filtered() {
        return q.number() != null || q.dateFrom() != null || q.dateTo() != null || q.categoryPrefix() != null;
    }

    private InvoicePage page() {
        String where = filters();
        long offset = (long) q.page() * q.size();
        long total = filtered() ? cappedCount(where) : keptCount();
        if (!filtered() || total <= InvoicePage.COUNT_CAP) {
            long end = Math.min(offset + q.size(), total);
            return new InvoicePage(offset < end ? rows(where, offset, end, total) : List.of(), total, q.page(), q.size());
        }
        List<InvoiceSummary> rows = rows(where, q.ascending(), offset, q.size() + 1, false);
        if (rows.size() > q.size()) {
            return new InvoicePage(rows.subList(0, q.size()), InvoicePage.COUNT_CAP, false, q.page(), q.size());
        }
        return new InvoicePage(rows, rows.isEmpty() ? exactCount(where) : offset + rows.size(), q.page(), q.size());
    }

    /** The customer's invoices, read or unread as asked, from the counts the database keeps (V20). */
    private long keptCount() {
        return h.createQuery("select coalesce(sum(total), 0) as total, coalesce(sum(unread), 0) as unread from ("
                        + " select total, unread from customer_invoice_count"
                        + " where tenant_id = :tenantId and customer_id = :customerId"
                        + " union all"
                        + " select total, unread from customer_invoice_count_delta"
                        + " where tenant_id = :tenantId and customer_id = :customerId) c")
                .bind("tenantId", tenantId).bind("customerId", customerId)
                .map((rs, ctx) -> q.read() == null ? rs.getLong("total")
                        : q.read() ? rs.getLong("total") - rs.getLong("unread") : rs.getLong("unread"))
                .one();
    }

    /** The matching rows up to the cap + 1: more than the cap means the exact number is not known. */
    private long cappedCount(String where) {
        return bind(h.createQuery("select count(*) from (select 1 from invoice i" + where + " limit :cap) c"))
                .bind("cap", InvoicePage.COUNT_CAP + 1).mapTo(Long.class).one();
    }

    private long exactCount(String where) {
        return bind(h.createQuery("select count(*) from invoice i" + where)).mapTo(Long.class).one();
    }

    private String filters() {
        StringBuilder where = new StringBuilder(" where i.tenant_id = :tenantId and i.customer_id = :customerId");
        if (q.read() != null) {
            where.append(q.read() ? " and i.read" : " and not i.read"); // a constant, so the plan fits the filter
        }
        if (q.number() != null) {
            where.append(" and i.invoice_number = :number");
        }
        if (q.dateFrom() != null) {
            where.append(" and i.issue_date >= :dateFrom");
        }
        if (q.dateTo() != null) {
            where.append(" and i.issue_date <= :dateTo");
        }
        if (q.categoryPrefix() != null) {
            where.append(" and lower(i.category) collate \"C\" like :category");
        }
        return where.toString();
    }

    private String sortKey() {
        return switch (q.sort()) {
            case INVOICE_NUMBER -> "i.invoice_number collate \"C\"";
            case ISSUE_DATE -> "i.issue_date";
            case DUE_DATE -> "i.due_date";
            case CATEGORY -> "lower(i.category) collate \"C\"";
            case DESCRIPTION -> "lower(i.description) collate \"C\"";
            case TOTAL_AMOUNT -> "i.tax_inclusive";
            case READ -> "i.read";
        };
    }

    /** Nullable columns sort nulls first ascending, last descending; the others need no NULLS clause (and so match their index). */
    private boolean nullable() {
        return q.sort() == InvoiceQuery.Sort.DUE_DATE || q.sort() == InvoiceQuery.Sort.CATEGORY
                || q.sort() == InvoiceQuery.Sort.DESCRIPTION;
    }

    /**
     * Rows {@code from} (inclusive) to {@code to} (exclusive) of a list of {@code size} rows in the
     * query's order, tie broken by id; read backwards from the end when that is shorter.
     */
    private List<InvoiceSummary> rows(String where, long from, long to, long size) {
        boolean backwards = size - to < from;
        return rows(where, q.ascending() != backwards, backwards ? size - to : from, to - from, backwards);
    }

    /**
     * Up to {@code limit} rows from row {@code offset} on, in one statement: the ids come from an
     * index-only scan of the sort column's index, only those rows are read (by primary key), in
     * the scan's order ({@code reversed}: the other way round).
     */
    private List<InvoiceSummary> rows(String where, boolean ascending, long offset, long limit, boolean reversed) {
        String direction = ascending ? " asc" : " desc";
        String order = sortKey() + direction + (nullable() ? (ascending ? " nulls first" : " nulls last") : "")
                + ", i.id" + direction;
        return bind(h.createQuery("select i.invoice_number, i.issue_date, i.due_date, i.category, i.description,"
                        + " i.currency, i.tax_inclusive as total_amount, i.read, i.document_type"
                        + " from (select p.id, row_number() over () as n from (select i.id from invoice i" + where
                        + " order by " + order + " limit :limit offset :offset) p) p"
                        + " join invoice i on i.tenant_id = :tenantId and i.id = p.id"
                        + " order by p.n" + (reversed ? " desc" : "")))
                .bind("limit", limit).bind("offset", offset)
                .map(ConstructorMapper.of(InvoiceSummary.class)).list();
    }

    private Query bind(Query query) {
        query.bind("tenantId", tenantId).bind("customerId", customerId);
        if (q.number() != null) {
            query.bind("number", q.number());
        }
        if (q.dateFrom() != null) {
            query.bind("dateFrom", q.dateFrom());
        }
        if (q.dateTo() != null) {
            query.bind("dateTo", q.dateTo());
        }
        if (q.categoryPrefix() != null) {
            query.bind("category", escapeLike(q.categoryPrefix().toLowerCase(Locale.ROOT)) + "%");
        }
        return query;
    }

    /** Escapes LIKE wildcards so that a prefix is taken literally. */
    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
