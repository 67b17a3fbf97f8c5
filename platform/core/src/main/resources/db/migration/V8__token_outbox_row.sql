-- The outbox row whose delivery made a token. Every attempt to deliver one row makes a token and
-- all of them stay valid until one is used, so that any copy of a mail sent more than once (a
-- retry after an unclear failure, a crash after the send) has a working link. No foreign key:
-- queued rows may be discarded while their tokens run out on their own.
alter table one_time_token add column outbox_id bigint;
