-- The customer's invoice list: one index per sort column, each ending in id so that paging is a
-- stable, index-ordered scan; text is compared case-insensitively in the "C" collation, which
-- also serves the category prefix filter (LIKE 'alg%') from the same index.
create index invoice_customer_due_date on invoice (tenant_id, customer_id, due_date, id);
create index invoice_customer_category on invoice (tenant_id, customer_id, (lower(category) collate "C"), id);
create index invoice_customer_total on invoice (tenant_id, customer_id, tax_inclusive, id);
create index invoice_customer_number on invoice (tenant_id, customer_id, (invoice_number collate "C"), id);
