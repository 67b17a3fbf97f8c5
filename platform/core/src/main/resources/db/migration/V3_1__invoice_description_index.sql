-- The description column of the invoice list is sortable too (case-insensitive, as category).
create index invoice_customer_description on invoice (tenant_id, customer_id, (lower(description) collate "C"), id);
