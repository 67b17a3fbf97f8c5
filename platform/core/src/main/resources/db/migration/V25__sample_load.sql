-- What the sample loader last loaded for each sample tenant (issue #14, start-up): the SHA-256 of
-- the folder's customers.json and invoices.json. While the files are unchanged, a start skips
-- their customers and invoices, which are all stored already, instead of checking each again.
create table sample_load (
    tenant_id    bigint not null references tenant (id),
    content_hash bytea not null,
    loaded_at    timestamptz not null default now(),
    primary key (tenant_id)
);
