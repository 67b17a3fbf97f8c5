package io.invoiceportal.core.invoice;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * SQL for the customer's invoice list. The statement is assembled from the filters in use (a
 * condition that is not asked for is left out, so the planner sees the plain query and picks the
 * index of the sort column); all values are bound, never concatenated.
 */
final class InvoiceListDao {
    private InvoiceListDao() {}

    static InvoicePage page(Handle h, long tenantId, long customerId, long accountId, InvoiceQuery q) {
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
        if (q.read() != null) {
            where.append(q.read() ? " and exists" : " and not exists").append(" (select 1 from invoice_read x where"
                    + " x.tenant_id = i.tenant_id and x.account_id = :accountId and x.invoice_id = i.id)");
        }
        String direction = q.ascending() ? " asc" : " desc";
        String order = switch (q.sort()) {
            case INVOICE_NUMBER -> "i.invoice_number collate \"C\"";
            case ISSUE_DATE -> "i.issue_date";
            case DUE_DATE -> "i.due_date";
            case CATEGORY -> "lower(i.category) collate \"C\"";
            case TOTAL_AMOUNT -> "i.tax_inclusive";
            case READ -> "(exists (select 1 from invoice_read x where x.tenant_id = i.tenant_id"
                    + " and x.account_id = :accountId and x.invoice_id = i.id))";
        };
        String nulls = q.ascending() ? " nulls first" : " nulls last";
        String ids = "select i.id from invoice i" + where + " order by " + order + direction + nulls + ", i.id"
                + direction + " limit :limit offset :offset";
        String sql = "with page as (" + ids + ")"
                + " select i.invoice_number, i.issue_date, i.due_date, i.category, i.description, i.currency,"
                + " i.tax_inclusive as total_amount, (r.invoice_id is not null) as read"
                + " from page p join invoice i on i.tenant_id = :tenantId and i.id = p.id"
                + " left join invoice_read r on r.tenant_id = i.tenant_id and r.account_id = :accountId and r.invoice_id = i.id"
                + " order by " + (q.sort() == InvoiceQuery.Sort.READ ? "(r.invoice_id is not null)" : order)
                + direction + nulls + ", i.id" + direction;
        List<InvoiceSummary> items = bind(h.createQuery(sql), tenantId, customerId, accountId, q)
                .bind("limit", q.size()).bind("offset", (long) q.page() * q.size())
                .map(ConstructorMapper.of(InvoiceSummary.class)).list();
        long total = bind(h.createQuery("select count(*) from invoice i" + where), tenantId, customerId, accountId, q)
                .mapTo(Long.class).one();
        return new InvoicePage(items, total, q.page(), q.size());
    }

    private static Query bind(Query query, long tenantId, long customerId, long accountId, InvoiceQuery q) {
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
            query.bind("category", escapeLike(q.categoryPrefix().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        query.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
        return query;
    }

    /** Escapes LIKE wildcards so that a prefix is taken literally. */
    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
