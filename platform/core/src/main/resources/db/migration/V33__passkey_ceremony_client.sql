-- Issue #15: pending passkey sign-ins are bounded per client address and per tenant (anyone may
-- start one): each sign-in ceremony keeps the address that started it. Registrations keep none.
alter table passkey_ceremony add column client_ip text;
create index passkey_ceremony_client on passkey_ceremony (tenant_id, client_ip, expires_at)
    where kind = 'sign-in';
-- the periodic sweep removes expired ceremonies of all tenants
create index passkey_ceremony_expiry on passkey_ceremony (expires_at);
