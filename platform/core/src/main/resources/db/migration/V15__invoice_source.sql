-- The document an invoice was imported from (POST .../invoices with a UBL body), byte for byte,
-- so that the ubl format can serve the original when the tenant wishes (docs/invoice-model.md).
create table invoice_source (
    tenant_id  bigint not null,
    invoice_id bigint not null,
    media_type text   not null,
    content    bytea  not null,
    primary key (tenant_id, invoice_id),
    foreign key (tenant_id, invoice_id) references invoice (tenant_id, id)
);
