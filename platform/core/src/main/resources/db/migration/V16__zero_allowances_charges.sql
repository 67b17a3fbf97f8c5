-- EN 16931 allows a document allowance or charge of 0.00 (the CEN example issue116 has one).
alter table invoice_allowance_charge drop constraint invoice_allowance_charge_amount_check;
alter table invoice_allowance_charge add constraint invoice_allowance_charge_amount_check check (amount >= 0);
