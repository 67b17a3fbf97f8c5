-- Issue #15: the audit trail is append-only and kept per the tenant's security.auditRetentionDays.
--
-- 1. Older rows are brought to the action names of the activity trail (account.login becomes
--    account.signed-in with method password) and a customer's own events get their customer_id,
--    so they show in the customer's trail. This is the last update the table allows.
update audit_event set action = 'account.signed-in', detail = '{"method": "password"}'::jsonb
 where action = 'account.login';

update audit_event e set customer_id = a.customer_id
  from account a
 where e.customer_id is null and a.tenant_id = e.tenant_id and e.actor = 'customer:' || a.login
   and (e.action like 'account.%' or e.action = 'customer.profile-saved');

-- 2. Append-only: UPDATE, DELETE and TRUNCATE are refused, except the deletes of the retention
--    purge below, which sets the transaction-local setting portal.audit_purge while it deletes.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('portal.audit_purge', true) = 'on' then
        return old;
    end if;
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- 3. The retention purge: one tenant's events older than p_before, at most p_limit of them (oldest
--    first), in the caller's transaction; the number deleted.
create function purge_audit_events(p_tenant bigint, p_before timestamptz, p_limit int) returns int
    language plpgsql as $$
declare
    deleted int;
begin
    perform set_config('portal.audit_purge', 'on', true);
    delete from audit_event
     where tenant_id = p_tenant
       and id in (select id from audit_event
                   where tenant_id = p_tenant and at < p_before
                   order by at limit p_limit);
    get diagnostics deleted = row_count;
    perform set_config('portal.audit_purge', 'off', true);
    return deleted;
end
$$;

-- The issuer's trail of one invoice (subject is the invoice number) and the purge's oldest-first walk.
create index audit_event_invoice on audit_event (tenant_id, subject, at desc, id desc) where action like 'invoice.%';
create index audit_event_at on audit_event (tenant_id, at);
