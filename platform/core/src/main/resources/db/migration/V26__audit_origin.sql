-- Issue #15: an audit event says whose it is and where it came from. customer_id is the customer
-- the event belongs to (their own activity trail); ip and user_agent are the client's; via is the
-- way it came in: ui, rest, embed, api (an issuer's key) or system.
alter table audit_event
    add column customer_id bigint,
    add column ip          text,
    add column user_agent  text,
    add column via         text;

alter table audit_event
    add constraint audit_event_customer foreign key (tenant_id, customer_id) references customer (tenant_id, id);

create index audit_event_customer_at on audit_event (tenant_id, customer_id, at desc, id desc)
    where customer_id is not null;
