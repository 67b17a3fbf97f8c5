-- Read status on the invoice itself, so that the list can index it (docs/benchmarks.md).
--
-- A customer has exactly one account (account: unique (tenant_id, customer_id)), so "read by this
-- account" is a property of the invoice. Kept in a separate table it could not be indexed with the
-- sort columns: the unread filter and the read sort checked every row against the account's read
-- marks, and deep pages of them took over 100 ms with 100,000 invoices. The time of reading was
-- never shown or used; only the flag is kept.
alter table invoice add column read boolean not null default false;

update invoice i set read = true from invoice_read r where r.tenant_id = i.tenant_id and r.invoice_id = i.id;
drop table invoice_read;

-- Every sort column's index carries the flag, so the unread and read filters are checked inside
-- an index-only scan; the read sort and the read counts have an index of their own.
drop index invoice_customer_issue_date;
create index invoice_customer_issue_date on invoice (tenant_id, customer_id, issue_date, id) include (read);

drop index invoice_customer_due_date;
create index invoice_customer_due_date on invoice (tenant_id, customer_id, due_date nulls first, id) include (read);

drop index invoice_customer_total;
create index invoice_customer_total on invoice (tenant_id, customer_id, tax_inclusive, id) include (read);

drop index invoice_customer_category;
create index invoice_customer_category on invoice
    (tenant_id, customer_id, (lower(category) collate "C") nulls first, id) include (category, read);

drop index invoice_customer_description;
create index invoice_customer_description on invoice
    (tenant_id, customer_id, (lower(description) collate "C") nulls first, id) include (description, read);

drop index invoice_customer_number;
create index invoice_customer_number on invoice
    (tenant_id, customer_id, (invoice_number collate "C"), id) include (invoice_number, read);

drop index invoice_customer_id;
create index invoice_customer_read on invoice (tenant_id, customer_id, read, id);

-- Index-only scans skip the heap only for pages the visibility map marks all-visible; marking
-- invoices read changes rows, so vacuum visits this table after 1% changed or inserted rows
-- (the default, 20%, is 200,000 rows on a table of a million).
alter table invoice set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);
