-- EN 16931 terms of an invoice (docs/invoice-model.md, "E-invoicing terms"). Totals of allowances,
-- charges and prepaid amount are stored like the other totals; existing invoices have none of them.
alter table invoice
    add column document_type        text not null default 'invoice' check (document_type in ('invoice', 'credit-note')),
    add column preceding_number     text,
    add column preceding_issue_date date,
    add column order_reference      text,
    add column contract_reference   text,
    add column payment_terms        text,
    add column delivery_date        date,
    add column note                 text,
    add column allowance_total      numeric(19, 2) not null default 0,
    add column charge_total         numeric(19, 2) not null default 0,
    add column prepaid_amount       numeric(19, 2) not null default 0;

alter table invoice_line
    add column note                 text,
    add column seller_item_id       text,
    add column standard_item_scheme text,
    add column standard_item_id     text,
    add column period_start         date,
    add column period_end           date;

-- Document-level allowances (charge = false, BG-20) and charges (charge = true, BG-21), in input order.
create table invoice_allowance_charge (
    tenant_id    bigint not null,
    invoice_id   bigint not null,
    charge       boolean not null,
    position     int not null,
    amount       numeric(19, 2) not null check (amount > 0),
    reason       text,
    reason_code  text,
    vat_category text not null,
    vat_rate     numeric(5, 2),
    primary key (tenant_id, invoice_id, charge, position),
    foreign key (tenant_id, invoice_id) references invoice (tenant_id, id)
);

-- Why a VAT category carries no VAT on an invoice (BT-120 reason, BT-121 VATEX code), one per category.
create table invoice_vat_exemption (
    tenant_id    bigint not null,
    invoice_id   bigint not null,
    vat_category text not null,
    reason       text,
    reason_code  text,
    primary key (tenant_id, invoice_id, vat_category),
    foreign key (tenant_id, invoice_id) references invoice (tenant_id, id)
);
