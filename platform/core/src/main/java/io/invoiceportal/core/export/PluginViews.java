package io.invoiceportal.core.export;

import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.TenantView;

/** Turns core records into the read-only views of the plugin API. */
public final class PluginViews {
    private PluginViews() {}

    public static TenantView tenant(Tenant t, String publicUrl) {
        return new TenantView(t.slug(), t.name(), t.defaultLocale(), seller(t),
                new TenantView.Branding(t.branding().primaryColor(), t.branding().accentColor(), t.branding().logoSvg()),
                publicUrl + "/t/" + t.slug());
    }

    public static PartyView seller(Tenant t) {
        Tenant.Seller s = t.seller();
        return new PartyView(s.legalName(),
                new PartyView.AddressView(s.street(), s.postalCode(), s.city(), s.countryCode()),
                s.vatId(), s.endpointScheme(), s.endpointId(), s.iban());
    }

    public static CustomerView customer(Customer c) {
        PartyView party = new PartyView(c.companyName(),
                new PartyView.AddressView(c.street(), c.postalCode(), c.city(), c.countryCode()),
                c.vatId(), c.endpointScheme(), c.endpointId(), null);
        return new CustomerView(c.customerNumber(), party, c.email(), c.contactName(), c.contactPhone(),
                c.locale(), c.login());
    }

    public static InvoiceView invoice(Tenant tenant, Customer customer, Invoice i) {
        Invoice.Amounts a = i.amounts();
        return new InvoiceView(i.invoiceNumber(), i.issueDate(), i.dueDate(), i.category(), i.currency(),
                i.buyerReference(), i.description(), seller(tenant), customer(customer),
                i.lines().stream().map(l -> new InvoiceView.Line(l.id(), l.name(), l.quantity(), l.unitCode(),
                        l.unitPrice(), l.vatCategory(), l.vatRate(), l.lineAmount())).toList(),
                a.vatBreakdown().stream().map(v -> new InvoiceView.VatBreakdown(v.vatCategory(), v.vatRate(),
                        v.taxableAmount(), v.taxAmount())).toList(),
                new InvoiceView.Totals(a.lineTotal(), a.taxExclusive(), a.taxTotal(), a.taxInclusive(), a.payable()),
                i.paymentMeansCode() == null && i.paymentIban() == null && i.paymentReference() == null ? null
                        : new InvoiceView.Payment(i.paymentMeansCode(), i.paymentIban(), i.paymentReference()));
    }
}
