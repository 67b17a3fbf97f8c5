package io.invoiceportal.core.export;

import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.invoice.DocumentType;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.tenant.LogoRenderer;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.TenantView;

/** Turns core records into the read-only views of the plugin API. */
public final class PluginViews {
    private PluginViews() {}

    public static TenantView tenant(Tenant t, String publicUrl) {
        return TenantView.builder()
                .slug(t.slug())
                .name(t.displayName())
                .defaultLocale(t.defaultLocale())
                .seller(seller(t))
                .branding(branding(t))
                .portalUrl(io.invoiceportal.core.tenant.PortalUrls.of(publicUrl, t))
                .build();
    }

    /** The tenant's branding as plugins see it; an SVG logo is also given as PNG, rendered by {@link LogoRenderer}. */
    public static TenantView.Branding branding(Tenant t) {
        Tenant.Branding b = t.branding();
        java.util.Map<String, TenantView.Branding.Footer> footers = new java.util.HashMap<>();
        b.footer().forEach((language, f) -> footers.put(language, TenantView.Branding.Footer.of(f.text(),
                f.links().stream().map(l -> TenantView.Branding.Link.of(l.label(), l.url())).toList())));
        return TenantView.Branding.builder()
                .primaryColor(b.primaryColor())
                .accentColor(b.accentColor())
                .logoSvg(b.logoSvg())
                .logoPng(b.logoPng() != null ? b.logoPng() : LogoRenderer.png(b.logoSvg()))
                .fontFamily(b.fontFamily() == null ? null : io.invoiceportal.core.tenant.Fonts.stack(b.fontFamily()))
                .defaultLocale(t.defaultLocale())
                .footers(footers)
                .mailSenderName(b.mailSenderName())
                .texts(b.texts())
                .build();
    }

    public static PartyView seller(Tenant t) {
        Tenant.Seller s = t.seller();
        return PartyView.builder()
                .legalName(s.legalName())
                .address(PartyView.AddressView.of(s.street(), s.postalCode(), s.city(), s.countryCode()))
                .vatId(s.vatId())
                .endpointScheme(s.endpointScheme())
                .endpointId(s.endpointId())
                .iban(s.iban())
                .contact(s.contact() == null ? null
                        : PartyView.Contact.of(s.contact().name(), s.contact().phone(), s.contact().email()))
                .build();
    }

    public static CustomerView customer(Customer c) {
        PartyView party = PartyView.builder()
                .legalName(c.companyName())
                .address(PartyView.AddressView.of(c.street(), c.postalCode(), c.city(), c.countryCode()))
                .vatId(c.vatId())
                .endpointScheme(c.endpointScheme())
                .endpointId(c.endpointId())
                .build();
        return CustomerView.builder()
                .customerNumber(c.customerNumber())
                .party(party)
                .email(c.email())
                .contactName(c.contactName())
                .contactPhone(c.contactPhone())
                .locale(c.locale())
                .login(c.login())
                .build();
    }

    public static InvoiceView invoice(Tenant tenant, Customer customer, Invoice i) {
        Invoice.Amounts a = i.amounts();
        return InvoiceView.builder()
                .documentType(i.documentType() == DocumentType.CREDIT_NOTE ? InvoiceView.DocumentType.CREDIT_NOTE
                        : InvoiceView.DocumentType.INVOICE)
                .invoiceNumber(i.invoiceNumber())
                .issueDate(i.issueDate())
                .dueDate(i.dueDate())
                .category(i.category())
                .currency(i.currency())
                .buyerReference(i.buyerReference())
                .description(i.description())
                .precedingInvoice(i.precedingInvoice() == null ? null
                        : InvoiceView.PrecedingInvoice.of(i.precedingInvoice().number(), i.precedingInvoice().issueDate()))
                .orderReference(i.orderReference())
                .contractReference(i.contractReference())
                .paymentTerms(i.paymentTerms())
                .deliveryDate(i.deliveryDate())
                .note(i.note())
                .seller(seller(tenant))
                .buyer(customer(customer))
                .lines(i.lines().stream().map(PluginViews::line).toList())
                .allowances(i.allowances().stream().map(PluginViews::adjustment).toList())
                .charges(i.charges().stream().map(PluginViews::adjustment).toList())
                .vatBreakdown(a.vatBreakdown().stream().map(v -> InvoiceView.VatBreakdown.of(v.vatCategory(),
                        v.vatRate(), v.taxableAmount(), v.taxAmount(), v.exemptionReason(), v.exemptionReasonCode()))
                        .toList())
                .totals(InvoiceView.Totals.builder()
                        .lineTotal(a.lineTotal())
                        .allowanceTotal(a.allowanceTotal())
                        .chargeTotal(a.chargeTotal())
                        .taxExclusive(a.taxExclusive())
                        .taxTotal(a.taxTotal())
                        .taxInclusive(a.taxInclusive())
                        .prepaidAmount(a.prepaidAmount())
                        .payable(a.payable())
                        .build())
                .payment(i.paymentMeansCode() == null && i.paymentIban() == null && i.paymentReference() == null
                        ? null : InvoiceView.Payment.of(i.paymentMeansCode(), i.paymentIban(), i.paymentReference()))
                .build();
    }

    private static InvoiceView.AllowanceCharge adjustment(Invoice.AllowanceCharge a) {
        return InvoiceView.AllowanceCharge.of(a.amount(), a.reason(), a.reasonCode(), a.vatCategory(), a.vatRate());
    }

    private static InvoiceView.Line line(Invoice.Line l) {
        return InvoiceView.Line.builder()
                .id(l.id())
                .name(l.name())
                .quantity(l.quantity())
                .unitCode(l.unitCode())
                .unitPrice(l.unitPrice())
                .vatCategory(l.vatCategory())
                .vatRate(l.vatRate())
                .lineAmount(l.lineAmount())
                .note(l.note())
                .sellerItemId(l.sellerItemId())
                .standardItemId(l.standardItemId() == null ? null
                        : InvoiceView.ItemId.of(l.standardItemId().scheme(), l.standardItemId().id()))
                .periodStart(l.periodStart())
                .periodEnd(l.periodEnd())
                .build();
    }
}
