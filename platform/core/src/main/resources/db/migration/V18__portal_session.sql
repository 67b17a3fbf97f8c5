-- One-time hand-overs of a customer to the portal (issue #13): the partner's back-end asks for a
-- portal session with the issuer key and sends the browser to its URL. Only the SHA-256 of the
-- token is stored; a row is used at most once and never after expires_at.
create table portal_session (
    tenant_id   bigint not null references tenant (id),
    id          bigint generated always as identity,
    token_hash  bytea not null unique,
    customer_id bigint not null,
    embed       boolean not null,
    language    text,
    return_url  text,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id)
);

create index portal_session_expires on portal_session (expires_at) where used_at is null;
