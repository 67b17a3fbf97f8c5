-- Issue #15: the signed-in sessions of customers (screens, embedded screens, REST cookies), one row
-- each. The HTTP session keeps a random handle; only its SHA-256 is stored. A session is good while
-- ended_at is null, its account's credentials_version is still the one it signed in with, it was
-- used (last_seen_at: the last user action, never background traffic) within the tenant's idle time
-- and it began (created_at) within the tenant's absolute time. Every node reads the row on every
-- request, so ending it here ends the session everywhere.
create table user_session (
    tenant_id           bigint not null references tenant (id),
    id                  bigint generated always as identity,
    handle_hash         bytea not null,
    account_id          bigint not null,
    customer_id         bigint not null,
    credentials_version int not null,
    method              text not null,
    embed               boolean not null,
    ip                  text,
    user_agent          text,
    created_at          timestamptz not null,
    last_seen_at        timestamptz not null,
    ended_at            timestamptz,
    end_reason          text check (end_reason in ('signed-out', 'ended-elsewhere', 'idle', 'absolute', 'password', 'mfa')),
    primary key (tenant_id, id),
    unique (tenant_id, handle_hash),
    foreign key (tenant_id, account_id) references account (tenant_id, id),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id),
    check ((ended_at is null) = (end_reason is null))
);

create index user_session_open on user_session (tenant_id, account_id) where ended_at is null;
