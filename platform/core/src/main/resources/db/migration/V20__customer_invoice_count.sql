-- Per-customer invoice counts (all and unread) kept by the database, so that the unfiltered list
-- and the read/unread filters need no count(*) of the customer's whole list (docs/benchmarks.md).
--
-- Statement-level triggers with transition tables keep them for every writer (single and batch
-- ingestion, COPY, the sample loader, marking read, deletes) without touching its code.
--
-- Writers never update a shared row: each statement appends one delta row per customer it touched
-- to customer_invoice_count_delta. An upsert into one row per customer would hold that row's lock
-- until commit, so two transactions ingesting for the same customer would wait for each other, and
-- two batches touching the same customers in a different order could deadlock. A reader adds the
-- customer's deltas to the base row in its own snapshot (the deltas are written in the writer's
-- transaction, so counts and invoices always agree). InvoiceCountCompactor folds the deltas into
-- customer_invoice_count now and then, in one transaction, one node at a time.
create table customer_invoice_count (
    tenant_id   bigint not null,
    customer_id bigint not null,
    total       bigint not null,
    unread      bigint not null,
    primary key (tenant_id, customer_id),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id)
);

create table customer_invoice_count_delta (
    tenant_id   bigint not null,
    customer_id bigint not null,
    id          bigint generated always as identity,
    total       bigint not null,
    unread      bigint not null,
    primary key (tenant_id, customer_id, id)
);
-- Rows come and go all the time: vacuum it often (it stays small).
alter table customer_invoice_count_delta set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000,
    autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 1000);

insert into customer_invoice_count (tenant_id, customer_id, total, unread)
select tenant_id, customer_id, count(*), count(*) filter (where not read)
from invoice group by tenant_id, customer_id;

create function customer_invoice_count_insert() returns trigger language plpgsql as $$
begin
    insert into customer_invoice_count_delta (tenant_id, customer_id, total, unread)
    select tenant_id, customer_id, count(*), count(*) filter (where not read)
    from new_rows group by tenant_id, customer_id;
    return null;
end $$;

create function customer_invoice_count_delete() returns trigger language plpgsql as $$
begin
    insert into customer_invoice_count_delta (tenant_id, customer_id, total, unread)
    select tenant_id, customer_id, -count(*), -count(*) filter (where not read)
    from old_rows group by tenant_id, customer_id;
    return null;
end $$;

-- An update may mark invoices read (or unread), or in principle move one to another customer:
-- the old rows count off, the new rows count on, and only customers whose counts changed get a row.
create function customer_invoice_count_update() returns trigger language plpgsql as $$
begin
    insert into customer_invoice_count_delta (tenant_id, customer_id, total, unread)
    select tenant_id, customer_id, sum(total), sum(unread)
    from (select tenant_id, customer_id, 1 as total, case when read then 0 else 1 end as unread from new_rows
          union all
          select tenant_id, customer_id, -1, case when read then 0 else -1 end from old_rows) c
    group by tenant_id, customer_id
    having sum(total) <> 0 or sum(unread) <> 0;
    return null;
end $$;

create function customer_invoice_count_truncate() returns trigger language plpgsql as $$
begin
    delete from customer_invoice_count_delta;
    delete from customer_invoice_count;
    return null;
end $$;

create trigger invoice_count_insert after insert on invoice
    referencing new table as new_rows for each statement execute function customer_invoice_count_insert();
create trigger invoice_count_delete after delete on invoice
    referencing old table as old_rows for each statement execute function customer_invoice_count_delete();
create trigger invoice_count_update after update on invoice
    referencing old table as old_rows new table as new_rows for each statement execute function customer_invoice_count_update();
create trigger invoice_count_truncate after truncate on invoice
    for each statement execute function customer_invoice_count_truncate();
