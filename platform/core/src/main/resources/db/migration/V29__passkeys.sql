-- Issue #15: passkeys (WebAuthn), a second way to sign in. An account's user handle is random
-- (never its login), made at its first passkey and the same for all of them. A passkey works on
-- the host it was made on: rp_id is that host (the portal's or one of the tenant's own).
alter table account add column passkey_user_handle bytea;
create unique index account_passkey_user_handle on account (tenant_id, passkey_user_handle)
    where passkey_user_handle is not null;

create table passkey (
    tenant_id       bigint not null,
    id              bigint generated always as identity,
    account_id      bigint not null,
    credential_id   bytea not null,
    public_key_cose bytea not null,
    signature_count bigint not null,
    user_handle     bytea not null,
    name            text not null,
    rp_id           text not null,
    created_at      timestamptz not null default now(),
    last_used_at    timestamptz,
    primary key (tenant_id, id),
    unique (tenant_id, credential_id),
    foreign key (tenant_id, account_id) references account (tenant_id, id)
);
create index passkey_account on passkey (tenant_id, account_id);

-- A registration or sign-in under way: the options the browser got (with their challenge), for
-- 5 minutes and once. Only the hash of the id the client holds is stored.
create table passkey_ceremony (
    tenant_id  bigint not null,
    id_hash    bytea not null,
    kind       text not null check (kind in ('registration', 'sign-in')),
    account_id bigint,
    rp_id      text not null,
    name       text,
    request    text not null,
    expires_at timestamptz not null,
    primary key (tenant_id, id_hash),
    foreign key (tenant_id, account_id) references account (tenant_id, id)
);
create index passkey_ceremony_expires on passkey_ceremony (tenant_id, expires_at);
