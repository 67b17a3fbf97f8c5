package io.invoiceportal.core.invoice;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * SQL for folding the per-customer invoice count deltas (V20: the delta rows each writing statement
 * appends) into the base rows. The list reads the counts in InvoiceListDao, in its own snapshot.
 */
public interface InvoiceCountDao {

    /** Whether this transaction is the one compacting now (any node); released at its end. */
    @SqlQuery("select pg_try_advisory_xact_lock(hashtext('customer_invoice_count_delta'))")
    boolean tryLock();

    /** Folds at most {@code limit} delta rows into the base rows; the number folded. */
    @SqlQuery("""
            with gone as (
                delete from customer_invoice_count_delta d
                using (select tenant_id, customer_id, id from customer_invoice_count_delta limit :limit) s
                where d.tenant_id = s.tenant_id and d.customer_id = s.customer_id and d.id = s.id
                returning d.tenant_id, d.customer_id, d.total, d.unread),
            folded as (
                insert into customer_invoice_count as c (tenant_id, customer_id, total, unread)
                select tenant_id, customer_id, sum(total), sum(unread) from gone
                group by tenant_id, customer_id order by tenant_id, customer_id
                on conflict (tenant_id, customer_id) do update
                    set total = c.total + excluded.total, unread = c.unread + excluded.unread)
            select count(*) from gone""")
    int compact(@Bind("limit") int limit);

}
