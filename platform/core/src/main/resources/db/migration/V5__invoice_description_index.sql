-- The description column of the invoice list is sortable too: case-insensitive, nulls first
-- ascending (as category, see V4), carrying the column for index-only scans.
create index invoice_customer_description on invoice
    (tenant_id, customer_id, (lower(description) collate "C") nulls first, id) include (description);
