-- Branding an issuer previews on the login page before saving it (POST .../settings/preview?part=login):
-- kept 10 minutes under the SHA-256 of a random token, bound to its tenant.
create table branding_preview (
    token_hash  bytea primary key,
    tenant_id   bigint not null references tenant (id),
    branding    jsonb not null,
    expires_at  timestamptz not null
);
create index branding_preview_expiry on branding_preview (expires_at);
