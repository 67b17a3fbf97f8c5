-- An Idempotency-Key keeps the first response (status and body) for at least 24 hours; a tenant's
-- older keys are removed when it publishes. Keys stored before kept only the invoice number: they
-- are dropped (a repeat of such a request finds the invoice published and answers 200 with it).
delete from idempotency_key where response_body is null or left(response_body, 1) <> '{';
create index idempotency_key_created on idempotency_key (tenant_id, created_at);
