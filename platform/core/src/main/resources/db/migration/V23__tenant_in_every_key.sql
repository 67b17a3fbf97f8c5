-- Every key carries tenant_id, so that the schema can be distributed by tenant (Citus, distribution
-- column tenant_id; docs/scaling.md) and CitusReadinessTest holds. Reference tables, copied whole to
-- every node, are the exception: tenant, and tenant_host, whose host names are unique across all
-- tenants because a request is mapped to its tenant by its host.
--
-- Both tokens below are random (32 bytes), so being unique per tenant is as good as being unique;
-- each is looked up with its tenant, which the URL names (/t/{tenant}/...).

-- The login page preview (V17): its token hash was the whole primary key.
alter table branding_preview drop constraint branding_preview_pkey;
alter table branding_preview add primary key (tenant_id, token_hash);

-- Portal sessions (V18): the token hash was unique on its own.
alter table portal_session drop constraint portal_session_token_hash_key;
alter table portal_session add constraint portal_session_token_hash_key unique (tenant_id, token_hash);
