-- Issue #15, second factor: an account's TOTP secret (RFC 6238) and its recovery codes.
-- The secret is encrypted with AES-256-GCM under the portal's MFA key (PORTAL_MFA_KEY or
-- dataDir/mfa.key): 12-byte nonce followed by the ciphertext and tag, bound to tenant and account.
-- confirmed_at null: an enrolment begun but not confirmed with a code yet (it never signs in).
-- last_step: the last 30-second time step whose code was accepted; a code is accepted only for a
-- later step, so each code works once.
create table totp_secret (
    tenant_id    bigint not null,
    account_id   bigint not null,
    secret       bytea not null,
    created_at   timestamptz not null default now(),
    confirmed_at timestamptz,
    last_step    bigint,
    primary key (tenant_id, account_id),
    foreign key (tenant_id, account_id) references account (tenant_id, id)
);

-- Single-use recovery codes, stored as SHA-256 of account id and code (the codes carry 60 random bits).
create table recovery_code (
    tenant_id  bigint not null,
    account_id bigint not null,
    code_hash  bytea not null,
    created_at timestamptz not null default now(),
    used_at    timestamptz,
    primary key (tenant_id, account_id, code_hash),
    foreign key (tenant_id, account_id) references account (tenant_id, id)
);
