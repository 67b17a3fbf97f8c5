-- Sessions remember the credentials version they were opened with; a password change bumps it,
-- which ends the account's other sessions.
alter table account add column credentials_version int not null default 0;

-- Failed logins per account name and per client address, for a growing delay (never a lockout).
create table login_throttle (
    tenant_id      bigint not null references tenant (id),
    key            text not null,
    failures       int not null,
    last_failure_at timestamptz not null,
    primary key (tenant_id, key)
);

create index one_time_token_account on one_time_token (tenant_id, account_id, purpose) where used_at is null;
