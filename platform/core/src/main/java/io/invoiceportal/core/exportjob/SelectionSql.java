package io.invoiceportal.core.exportjob;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * SQL that snapshots a job's invoices into {@code export_job_item} in one statement each, without
 * reading them into memory: by the list's filters (newest first, as the list shows them) or by
 * the numbers given (in their order). The statement is assembled from the filters in use; all
 * values are bound, never concatenated. Always bound to the tenant and the customer.
 */
final class SelectionSql {
    private SelectionSql() {}

    /** The list's filters, checked and cleaned (null: not asked for). */
    record Filter(Boolean read, String number, LocalDate dateFrom, LocalDate dateTo, String categoryPrefix) {}

    /** Snapshots at most {@code limit} of the customer's invoices that match; returns how many. */
    static int byFilter(Handle h, long tenantId, long customerId, long jobId, Filter f, int limit) {
        StringBuilder where = new StringBuilder(" where i.tenant_id = :tenantId and i.customer_id = :customerId");
        if (f.read() != null) {
            where.append(f.read() ? " and i.read" : " and not i.read");
        }
        if (f.number() != null) {
            where.append(" and i.invoice_number = :number");
        }
        if (f.dateFrom() != null) {
            where.append(" and i.issue_date >= :dateFrom");
        }
        if (f.dateTo() != null) {
            where.append(" and i.issue_date <= :dateTo");
        }
        if (f.categoryPrefix() != null) {
            where.append(" and lower(i.category) collate \"C\" like :category");
        }
        Update insert = h.createUpdate("insert into export_job_item (tenant_id, job_id, seq, invoice_id)"
                + " select :tenantId, :jobId, row_number() over (order by i.issue_date desc, i.id desc), i.id"
                + " from invoice i" + where + " order by i.issue_date desc, i.id desc limit :limit")
                .bind("tenantId", tenantId).bind("customerId", customerId).bind("jobId", jobId).bind("limit", limit);
        if (f.number() != null) {
            insert.bind("number", f.number());
        }
        if (f.dateFrom() != null) {
            insert.bind("dateFrom", f.dateFrom());
        }
        if (f.dateTo() != null) {
            insert.bind("dateTo", f.dateTo());
        }
        if (f.categoryPrefix() != null) {
            insert.bind("category", escapeLike(f.categoryPrefix().toLowerCase(Locale.ROOT)) + "%");
        }
        return insert.execute();
    }

    /** The numbers of the list that are the customer's invoices. */
    static List<String> owned(Handle h, long tenantId, long customerId, List<String> numbers) {
        return h.createQuery("select i.invoice_number from unnest(:numbers) u (number)"
                        + " join invoice i on i.tenant_id = :tenantId and i.customer_id = :customerId"
                        + " and i.invoice_number = u.number")
                .bindArray("numbers", String.class, numbers)
                .bind("tenantId", tenantId).bind("customerId", customerId)
                .mapTo(String.class).list();
    }

    /** Snapshots the customer's invoices with these (distinct) numbers in their order; returns how many. */
    static int byNumbers(Handle h, long tenantId, long customerId, long jobId, List<String> numbers) {
        return h.createUpdate("insert into export_job_item (tenant_id, job_id, seq, invoice_id)"
                        + " select :tenantId, :jobId, row_number() over (order by u.n), i.id"
                        + " from unnest(:numbers) with ordinality u (number, n)"
                        + " join invoice i on i.tenant_id = :tenantId and i.customer_id = :customerId"
                        + " and i.invoice_number = u.number")
                .bindArray("numbers", String.class, numbers)
                .bind("tenantId", tenantId).bind("customerId", customerId).bind("jobId", jobId)
                .execute();
    }

    /** Escapes LIKE wildcards so that a prefix is taken literally. */
    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
