package io.invoiceportal.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.core.account.AccountState;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.invoice.InvoiceDrafts;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.testing.TermsFixtures;
import io.invoiceportal.plugin.api.InvoiceView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every e-invoicing term of an invoice and the seller's contact reach the plugin API's views. */
class PluginViewsTest {
    private static final Tenant TENANT = new Tenant(1, "hollandse", "Hollandse Energie", "nl",
            new Tenant.Seller("Hollandse Energie B.V.", "Kade 1", "1011 AA", "Amsterdam", "NL", "NL001234567B01",
                    "0106", "12345678", "NL91ABNA0417164300", new Tenant.Contact("Debiteuren", "+31 20 123 4567",
                    "debiteuren@hollandse.example")),
            new Tenant.Branding("#1f4e79", "#f0a500", null), List.of("nl"), List.of("pdf"), List.of("email"),
            List.of(), ZoneId.of("Europe/Amsterdam"), List.of());
    private static final Customer CUSTOMER = new Customer(2, "C-1", "Bakkerij B.V.", "a@b.example", "nl", "email",
            null, null, null, null, null, "NL", "NL123456789B01", null, null, "bakkerij", AccountState.ACTIVE);

    /** Document type, preceding invoice, references, terms, dates, notes, allowances, charges and totals map one to one. */
    @Test
    void mapsEveryTerm() {
        Invoice invoice = InvoiceDrafts.compute(TermsFixtures.creditNote("CN-1", "10.00"));
        InvoiceView v = PluginViews.invoice(TENANT, CUSTOMER, invoice);
        assertThat(v.documentType()).isEqualTo(InvoiceView.DocumentType.CREDIT_NOTE);
        assertThat(v.precedingInvoice().number()).isEqualTo("2026-000100");
        assertThat(v.precedingInvoice().issueDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(List.of(v.orderReference(), v.contractReference(), v.paymentTerms(), v.note()))
                .containsExactly("ORD-1", "CON-9", "30 dagen netto", "Zie contract");
        assertThat(v.deliveryDate()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(v.allowances()).singleElement().satisfies(a -> {
            assertThat(a.amount()).isEqualByComparingTo("50.00");
            assertThat(List.of(a.reason(), a.reasonCode(), a.vatCategory())).containsExactly("Korting", "95", "S");
            assertThat(a.vatRate()).isEqualByComparingTo("21");
        });
        assertThat(v.charges()).singleElement().satisfies(c -> assertThat(c.reasonCode()).isEqualTo("FC"));
        InvoiceView.Line line = v.lines().get(0);
        assertThat(List.of(line.note(), line.sellerItemId(), line.standardItemId().scheme(), line.standardItemId().id()))
                .containsExactly("Unit 34", "HUUR-34", "0160", "8712345678906");
        assertThat(List.of(line.periodStart(), line.periodEnd()))
                .containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        InvoiceView.VatBreakdown exempt = v.vatBreakdown().get(0);
        assertThat(List.of(exempt.vatCategory(), exempt.exemptionReason(), exempt.exemptionReasonCode()))
                .containsExactly("E", "Vrijgestelde verhuur", "VATEX-EU-132");
        assertThat(v.vatBreakdown().get(1).exemptionReason()).isNull();
        InvoiceView.Totals t = v.totals();
        assertThat(List.of(t.allowanceTotal(), t.chargeTotal(), t.taxExclusive(), t.prepaidAmount(), t.payable()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("50"), new BigDecimal("10"), new BigDecimal("1210"),
                        new BigDecimal("100"), new BigDecimal("1154.10"));
    }

    /** The seller's contact from the tenant's settings is the seller party's contact (BG-6). */
    @Test
    void sellerContact() {
        var contact = PluginViews.seller(TENANT).contact();
        assertThat(List.of(contact.name(), contact.phone(), contact.email()))
                .containsExactly("Debiteuren", "+31 20 123 4567", "debiteuren@hollandse.example");
        assertThat(PluginViews.seller(new Tenant(1, "x", "X", "nl", TENANT.seller().withContact(null),
                TENANT.branding(), List.of(), List.of(), List.of(), List.of(), ZoneId.of("UTC"), List.of())).contact()).isNull();
    }

    /** An SVG logo reaches plugins as a PNG too; an uploaded PNG is passed as it is; no logo stays null. */
    @Test
    void logoPngForEveryLogo() {
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' width='20' height='10'><rect width='20' height='10' fill='#1f4e79'/></svg>";
        byte[] uploaded = {(byte) 0x89, 'P', 'N', 'G'};

        byte[] fromSvg = PluginViews.branding(withBranding(new Tenant.Branding("#1f4e79", "#f0a500", svg))).logoPng();
        byte[] asUploaded = PluginViews.branding(withBranding(new Tenant.Branding(null, "#1f4e79", "#f0a500", null, null,
                uploaded, null, null, null, null, null))).logoPng();

        assertThat(fromSvg).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(asUploaded).isEqualTo(uploaded);
        assertThat(PluginViews.branding(TENANT).logoPng()).isNull();
    }

    private static Tenant withBranding(Tenant.Branding branding) {
        return new Tenant(1, "x", "X", "nl", TENANT.seller(), branding, List.of(), List.of(), List.of(), List.of(),
                ZoneId.of("UTC"), List.of());
    }
}
