package io.invoiceportal.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.invoice.InvoiceService;
import io.invoiceportal.core.tenant.SettingsRequest;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import io.invoiceportal.core.testing.TestExporter;
import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The issuer's own PDF is served by the tenant's first format whose exporter makes PDF, whatever that plugin's id. */
class OriginalPdfTest {
    @RegisterExtension
    final TestDatabaseExtension db = new TestDatabaseExtension("originalpdf");

    static final InvoiceExporter PDF = new TestExporter("invoice-pdf", "PDF", "application/pdf", "pdf") {
        @Override
        public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws IOException {
            out.write("%PDF-1.7 rendered".getBytes(StandardCharsets.US_ASCII));
        }
    };

    /** A second PDF format, which carries the e-invoice inside (Factur-X); never replaced by the issuer's PDF. */
    static final InvoiceExporter FACTURX = new TestExporter("facturx", "Factur-X", "application/pdf", "pdf") {
        @Override
        public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws IOException {
            out.write("%PDF-1.7 with factur-x.xml".getBytes(StandardCharsets.US_ASCII));
        }
    };

    /** The first PDF format serves the issuer's PDF; a later PDF format (Factur-X) is rendered as always. */
    @Test
    void theIssuersPdfIsServedByThePdfFormat() throws Exception {
        ExporterCatalog catalog = new ExporterCatalog() {
            @Override
            public List<InvoiceExporter> exporters() {
                return List.of(PDF, FACTURX);
            }

            @Override
            public List<DeliveryChannel> channels() {
                return List.of();
            }
        };
        Tenant tenant = Fixtures.tenants(db.jdbi()).updateSettings(Fixtures.tenant(db.jdbi(), "acme", "nl"),
                new SettingsRequest(List.of("invoice-pdf", "facturx"), null, null, null, null, null, null, null),
                Set.of("invoice-pdf", "facturx"),
                Set.of("email"), Map.of());
        Fixtures.customer(db.jdbi(), tenant, "C-1", "klant", "klant@example.test");
        String original = Base64.getEncoder().encodeToString("%PDF-1.4 the issuer's own".getBytes(StandardCharsets.US_ASCII));
        InvoiceService invoices = new InvoiceService(db.jdbi());
        invoices.publishAll(tenant, List.of(new InvoiceRequest("A-1", "C-1", "2026-01-05", "2026-02-04", null, "EUR", null, null,
                List.of(new InvoiceRequest.LineInput("1", "Regel", "1", "C62", "10.00", "S", "21")), null, original)),
                "test");
        Invoice invoice = invoices.get(tenant, "A-1");
        ExportService exports = new ExportService(db.jdbi(), invoices, catalog, "http://portal.test", Clock.systemUTC());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.render(tenant, invoice, "invoice-pdf", null).writer().writeTo(out);
        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 the issuer's own");
        ByteArrayOutputStream facturx = new ByteArrayOutputStream();
        exports.render(tenant, invoice, "facturx", null).writer().writeTo(facturx);
        assertThat(facturx.toString(StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7 with factur-x.xml");
    }
}
