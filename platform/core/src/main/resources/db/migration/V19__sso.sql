-- Partner single sign-on (GET /t/{t}/sso?token=...): the public keys a tenant registered, its
-- HS256 secret, and the JWT ids already used.

-- Public JWKs (Ed25519, ES256, RS256), each with the one algorithm and issuer it is valid for.
create table sso_key (
    tenant_id  bigint not null references tenant (id),
    kid        text not null,
    algorithm  text not null,
    issuer     text not null,
    jwk        jsonb not null,
    primary key (tenant_id, kid)
);

-- At most one HS256 secret per tenant. It has to verify signatures, so it cannot be hashed: it is
-- stored as made, only in this table, and never returned by GET nor written to a log.
create table sso_secret (
    tenant_id  bigint primary key references tenant (id),
    kid        text not null,
    issuer     text not null,
    secret     bytea not null,
    created_at timestamptz not null default now()
);

-- Each token's jti is accepted once per tenant and issuer; kept until the token has expired.
create table sso_used_jti (
    tenant_id  bigint not null references tenant (id),
    issuer     text not null,
    jti        text not null,
    expires_at timestamptz not null,
    primary key (tenant_id, issuer, jti)
);
create index sso_used_jti_expiry on sso_used_jti (expires_at);
