-- Bulk export jobs: a customer's ZIP of many invoices, made in the background. The selection is
-- snapshotted when the job is made (export_job_item, one row per invoice in the ZIP's order), so
-- the ZIP holds what matched the filter then, however long the job waits or is taken over.
-- The table is also the work queue: nodes claim a due job with FOR UPDATE SKIP LOCKED and hold it
-- with a lease (leased_until); a job whose node stopped is taken over when its lease has ended.
create table export_job (
    tenant_id    bigint not null references tenant (id),
    id           bigint generated always as identity,
    customer_id  bigint not null,
    account_id   bigint not null,
    formats      text not null,           -- format ids, comma-separated, in the tenant's order
    language     text not null,           -- the reader's language at creation: file names, mail
    selection    jsonb not null,          -- what was asked for (the filter or the numbers), for the list
    state        text not null default 'queued'
                 check (state in ('queued', 'running', 'done', 'failed', 'expired')),
    total        int not null,
    done         int not null default 0,
    failed_items int not null default 0,  -- invoices that could not be rendered (listed in manifest.csv)
    attempts     int not null default 0,  -- claims so far; a takeover starts the ZIP again
    worker       text,                    -- the node that holds or last held the job
    leased_until timestamptz,
    error        text,
    file_name    text,                    -- the ZIP's name under the exports folder, once done
    file_bytes   bigint,
    created_at   timestamptz not null default now(),
    started_at   timestamptz,
    finished_at  timestamptz,
    expires_at   timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id),
    foreign key (tenant_id, account_id) references account (tenant_id, id)
);
-- the queue: due jobs in order of arrival
create index export_job_due on export_job (created_at, id) where state in ('queued', 'running');
create index export_job_customer on export_job (tenant_id, customer_id, id);
create index export_job_expiry on export_job (expires_at) where state = 'done';

create table export_job_item (
    tenant_id  bigint not null,
    job_id     bigint not null,
    seq        int not null,
    invoice_id bigint not null,
    primary key (tenant_id, job_id, seq),
    foreign key (tenant_id, job_id) references export_job (tenant_id, id) on delete cascade,
    foreign key (tenant_id, invoice_id) references invoice (tenant_id, id)
);

alter table outbox drop constraint outbox_kind_check;
alter table outbox add constraint outbox_kind_check
    check (kind in ('activation', 'password-reset', 'new-invoice', 'email-changed', 'export-ready'));
