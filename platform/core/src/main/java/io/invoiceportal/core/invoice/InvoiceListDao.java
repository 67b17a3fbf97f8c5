package io.invoiceportal.core.invoice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * SQL for the customer's invoice list. The statement is assembled from the filters in use (a
 * condition that is not asked for is left out, so the planner sees the plain query and picks the
 * index of the sort column); all values are bound, never concatenated.
 *
 * <p>Counts come first, in the same snapshot as the page, because they make paging cheap: a page
 * in the back half is read from the end in the opposite order (a short index scan instead of
 * skipping most of the list), and the read sort becomes two id-ordered parts (unread and read)
 * whose sizes are known. The page's ids are found with an index-only scan; only those rows are
 * then read.
 */
final class InvoiceListDao {
    private static final String READ = " exists (select 1 from invoice_read x where x.tenant_id = i.tenant_id"
            + " and x.account_id = :accountId and x.invoice_id = i.id)";

    private final Handle h;
    private final long tenantId;
    private final long customerId;
    private final long accountId;
    private final InvoiceQuery q;

    private InvoiceListDao(Handle h, long tenantId, long customerId, long accountId, InvoiceQuery q) {
        this.h = h;
        this.tenantId = tenantId;
        this.customerId = customerId;
        this.accountId = accountId;
        this.q = q;
    }

    static InvoicePage page(Handle h, long tenantId, long customerId, long accountId, InvoiceQuery q) {
        return h.inTransaction(tx -> {
            tx.execute("set transaction isolation level repeatable read, read only");
            return new InvoiceListDao(tx, tenantId, customerId, accountId, q).page();
        });
    }

    private InvoicePage page() {
        String where = filters();
        boolean readSort = q.sort() == InvoiceQuery.Sort.READ;
        long all = Boolean.TRUE.equals(q.read()) ? 0 : count("select count(*) from invoice i" + where);
        long read = q.read() != null || readSort ? count("select count(*) from invoice_read x join invoice i"
                + " on i.tenant_id = x.tenant_id and i.id = x.invoice_id" + where + " and x.account_id = :accountId") : 0;
        long total = q.read() == null ? all : q.read() ? read : all - read;
        long offset = (long) q.page() * q.size();
        long end = Math.min(offset + q.size(), total);
        List<Long> ids = new ArrayList<>();
        if (offset < end && readSort && q.read() == null) {
            // ascending: the unread ones by id, then the read ones; descending: read first, ids descending
            boolean firstRead = !q.ascending();
            long first = firstRead ? read : all - read;
            if (offset < first) {
                ids.addAll(ids(where + readCondition(firstRead), "i.id", false, offset, Math.min(end, first), first));
            }
            if (end > first) {
                ids.addAll(ids(where + readCondition(!firstRead), "i.id", false, Math.max(offset, first) - first,
                        end - first, total - first));
            }
        } else if (offset < end) {
            String w = q.read() == null ? where : where + readCondition(q.read());
            ids.addAll(readSort ? ids(w, "i.id", false, offset, end, total) : ids(w, sortKey(), nullable(), offset, end, total));
        }
        return new InvoicePage(ids.isEmpty() ? List.of() : rows(ids), total, q.page(), q.size());
    }

    private String filters() {
        StringBuilder where = new StringBuilder(" where i.tenant_id = :tenantId and i.customer_id = :customerId");
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

    private static String readCondition(boolean read) {
        return (read ? " and" : " and not") + READ;
    }

    private String sortKey() {
        return switch (q.sort()) {
            case INVOICE_NUMBER -> "i.invoice_number collate \"C\"";
            case ISSUE_DATE -> "i.issue_date";
            case DUE_DATE -> "i.due_date";
            case CATEGORY -> "lower(i.category) collate \"C\"";
            case DESCRIPTION -> "lower(i.description) collate \"C\"";
            case TOTAL_AMOUNT -> "i.tax_inclusive";
            case READ -> "i.id";
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
    private List<Long> ids(String where, String key, boolean nullable, long from, long to, long size) {
        boolean backwards = size - to < from;
        boolean ascending = q.ascending() != backwards;
        String direction = ascending ? " asc" : " desc";
        String order = key + direction + (nullable ? (ascending ? " nulls first" : " nulls last") : "")
                + (key.equals("i.id") ? "" : ", i.id" + direction);
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
                        + " i.tax_inclusive as total_amount, (r.invoice_id is not null) as read"
                        + " from unnest(:ids) with ordinality p (id, n) join invoice i on i.tenant_id = :tenantId and i.id = p.id"
                        + " left join invoice_read r on r.tenant_id = i.tenant_id and r.account_id = :accountId"
                        + " and r.invoice_id = i.id order by p.n")
                .registerArrayType(Long.class, "bigint").bindArray("ids", Long.class, ids)
                .bind("tenantId", tenantId).bind("accountId", accountId)
                .map(ConstructorMapper.of(InvoiceSummary.class)).list();
    }

    private long count(String sql) {
        return bind(h.createQuery(sql)).mapTo(Long.class).one();
    }

    private Query bind(Query query) {
        query.bind("tenantId", tenantId).bind("customerId", customerId).bind("accountId", accountId);
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
        query.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
        return query;
    }

    /** Escapes LIKE wildcards so that a prefix is taken literally. */
    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
