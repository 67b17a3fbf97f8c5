package io.invoiceportal.core.invoice;

import java.util.Collections;
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
 * <p>The count comes first, in the same snapshot as the page, because it makes paging cheap: a
 * page in the back half is read from the end in the opposite order (a short index scan instead of
 * skipping most of the list). The page's ids are found with an index-only scan (every list index
 * carries the read flag, see V6); only those rows are then read (by primary key, so the columns
 * shown, such as the document type, need no place in the list indexes).
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
            tx.execute("set transaction isolation level repeatable read, read only");
            return new InvoiceListDao(tx, tenantId, customerId, q).page();
        });
    }

    private InvoicePage page() {
        String where = filters();
        long total = bind(h.createQuery("select count(*) from invoice i" + where)).mapTo(Long.class).one();
        long offset = (long) q.page() * q.size();
        long end = Math.min(offset + q.size(), total);
        List<Long> ids = offset < end ? ids(where, offset, end, total) : List.of();
        return new InvoicePage(ids.isEmpty() ? List.of() : rows(ids), total, q.page(), q.size());
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
     * The ids of rows {@code from} (inclusive) to {@code to} (exclusive) of a list of {@code size}
     * rows in the query's order, tie broken by id; read backwards from the end when that is shorter.
     */
    private List<Long> ids(String where, long from, long to, long size) {
        boolean backwards = size - to < from;
        boolean ascending = q.ascending() != backwards;
        String direction = ascending ? " asc" : " desc";
        String order = sortKey() + direction + (nullable() ? (ascending ? " nulls first" : " nulls last") : "")
                + ", i.id" + direction;
        List<Long> ids = bind(h.createQuery("select i.id from invoice i" + where + " order by " + order
                + " limit :limit offset :offset"))
                .bind("limit", to - from).bind("offset", backwards ? size - to : from).mapTo(Long.class).list();
        if (backwards) {
            Collections.reverse(ids);
        }
        return ids;
    }

    private List<InvoiceSummary> rows(List<Long> ids) {
        return h.createQuery("select i.invoice_number, i.issue_date, i.due_date, i.category, i.description, i.currency,"
                        + " i.tax_inclusive as total_amount, i.read, i.document_type"
                        + " from unnest(:ids) with ordinality p (id, n) join invoice i on i.tenant_id = :tenantId and i.id = p.id"
                        + " order by p.n")
                .registerArrayType(Long.class, "bigint").bindArray("ids", Long.class, ids)
                .bind("tenantId", tenantId)
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
