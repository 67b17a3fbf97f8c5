-- The customer's invoice list with 100,000 invoices per customer (docs/benchmarks.md).
--
-- Nullable sort columns sort nulls first ascending and last descending; their indexes must say
-- NULLS FIRST, or neither scan direction gives that order and every page sorts the whole list.
-- An index on an expression only serves an index-only scan when it also carries the column the
-- expression reads (INCLUDE): without it each skipped row of a deep page is a heap visit.
drop index invoice_customer_due_date;
create index invoice_customer_due_date on invoice (tenant_id, customer_id, due_date nulls first, id);

drop index invoice_customer_category;
create index invoice_customer_category on invoice
    (tenant_id, customer_id, (lower(category) collate "C") nulls first, id) include (category);

drop index invoice_customer_number;
create index invoice_customer_number on invoice
    (tenant_id, customer_id, (invoice_number collate "C"), id) include (invoice_number);

-- The read sort reads the unread and the read invoices in id order; also the smallest index
-- to count a customer's invoices from.
create index invoice_customer_id on invoice (tenant_id, customer_id, id);
