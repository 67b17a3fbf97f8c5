-- Every tenant-owned table carries tenant_id in its primary key, its unique constraints and
-- every foreign key, so the schema can be distributed by tenant (Citus) without redesign.

create table tenant (
    id               bigint generated always as identity primary key,
    slug             text not null unique check (slug ~ '^[a-z0-9-]{2,40}$'),
    name             text not null,
    default_language text not null check (default_language in ('nl', 'en')),
    settings         jsonb not null,
    created_at       timestamptz not null default now()
);

create table tenant_host (
    tenant_id bigint not null references tenant (id),
    host      text not null,
    primary key (tenant_id, host)
);
create unique index tenant_host_host on tenant_host (lower(host));

create table tenant_api_key (
    tenant_id  bigint not null references tenant (id),
    id         bigint generated always as identity,
    key_hash   bytea not null,
    created_at timestamptz not null default now(),
    revoked_at timestamptz,
    primary key (tenant_id, id),
    unique (tenant_id, key_hash)
);

create table customer (
    tenant_id        bigint not null references tenant (id),
    id               bigint generated always as identity,
    customer_number  text not null,
    company_name     text not null,
    email            text not null,
    language         text not null,
    delivery_channel text not null,
    contact_name     text,
    contact_phone    text,
    street           text,
    postal_code      text,
    city             text,
    country_code     text,
    vat_id           text,
    endpoint_scheme  text,
    endpoint_id      text,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, customer_number)
);

create table account (
    tenant_id     bigint not null,
    id            bigint generated always as identity,
    customer_id   bigint not null,
    login         text not null,
    password_hash text,
    state         text not null default 'pending' check (state in ('pending', 'active')),
    activated_at  timestamptz,
    created_at    timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, customer_id),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id)
);
create unique index account_login on account (tenant_id, lower(login));

create table one_time_token (
    tenant_id  bigint not null,
    id         bigint generated always as identity,
    account_id bigint not null,
    purpose    text not null check (purpose in ('activation', 'password-reset')),
    token_hash bytea not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, token_hash),
    foreign key (tenant_id, account_id) references account (tenant_id, id)
);

create table invoice (
    tenant_id          bigint not null,
    id                 bigint generated always as identity,
    customer_id        bigint not null,
    invoice_number     text not null,
    issue_date         date not null,
    due_date           date,
    category           text,
    description        text,
    currency           char(3) not null,
    buyer_reference    text,
    payment_means_code text,
    payment_iban       text,
    payment_reference  text,
    line_total         numeric(19, 2) not null,
    tax_exclusive      numeric(19, 2) not null,
    tax_total          numeric(19, 2) not null,
    tax_inclusive      numeric(19, 2) not null,
    payable            numeric(19, 2) not null,
    content_hash       bytea not null,
    created_at         timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, invoice_number),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id)
);
create index invoice_customer_issue_date on invoice (tenant_id, customer_id, issue_date, id);

create table invoice_line (
    tenant_id    bigint not null,
    invoice_id   bigint not null,
    position     int not null,
    line_id      text not null,
    name         text not null,
    quantity     numeric(19, 4) not null,
    unit_code    text not null,
    unit_price   numeric(19, 4) not null,
    vat_category text not null,
    vat_rate     numeric(5, 2),
    line_amount  numeric(19, 2) not null,
    primary key (tenant_id, invoice_id, position),
    foreign key (tenant_id, invoice_id) references invoice (tenant_id, id)
);

create table invoice_pdf (
    tenant_id  bigint not null,
    invoice_id bigint not null,
    content    bytea not null,
    primary key (tenant_id, invoice_id),
    foreign key (tenant_id, invoice_id) references invoice (tenant_id, id)
);

create table invoice_read (
    tenant_id  bigint not null,
    account_id bigint not null,
    invoice_id bigint not null,
    read_at    timestamptz not null default now(),
    primary key (tenant_id, account_id, invoice_id),
    foreign key (tenant_id, account_id) references account (tenant_id, id),
    foreign key (tenant_id, invoice_id) references invoice (tenant_id, id)
);

create table idempotency_key (
    tenant_id       bigint not null references tenant (id),
    key             text not null,
    request_hash    bytea not null,
    response_status int,
    response_body   text,
    created_at      timestamptz not null default now(),
    primary key (tenant_id, key)
);

-- Notifications to deliver, written in the same transaction as the change that causes them.
create table outbox (
    tenant_id       bigint not null references tenant (id),
    id              bigint generated always as identity,
    kind            text not null check (kind in ('activation', 'password-reset', 'new-invoice', 'email-changed')),
    customer_id     bigint not null,
    invoice_id      bigint,
    channel         text not null,
    payload         jsonb not null,
    state           text not null default 'queued' check (state in ('queued', 'sent', 'failed')),
    attempts        int not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    message_id      text not null,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id),
    foreign key (tenant_id, invoice_id) references invoice (tenant_id, id)
);
create index outbox_due on outbox (next_attempt_at) where state = 'queued';
create index outbox_invoice on outbox (tenant_id, invoice_id) where invoice_id is not null;

create table audit_event (
    tenant_id  bigint not null references tenant (id),
    id         bigint generated always as identity,
    at         timestamptz not null default now(),
    actor      text not null,
    action     text not null,
    subject    text,
    detail     jsonb,
    primary key (tenant_id, id)
);
