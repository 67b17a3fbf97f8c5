package io.invoiceportal.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.core.account.AccountDao;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.invoice.CustomerInvoiceService;
import io.invoiceportal.core.invoice.InvoiceQuery;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.invoice.InvoiceService;
import io.invoiceportal.core.invoice.InvoiceSummary;
import io.invoiceportal.core.tenant.SettingsRequest;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantRequest;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import io.invoiceportal.core.testing.TestExporter;
import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Opening and downloading on a real PostgreSQL with real exporters: invoices are marked read only
 * when their file was written completely; names and media types come from here.
 */
class DownloadServiceTest {
    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension("downloads");
    static final Instant NOW = Instant.parse("2026-11-29T13:30:00Z");
    static final AtomicInteger SEQUENCE = new AtomicInteger();
    static Jdbi jdbi;
    static TenantService tenants;
    static CustomerInvoiceService invoices;
    static DownloadService downloads;

    Tenant tenant;
    SignedIn user;

    /** Writes "{format} {number}" as text, under the media type it is given (whatever its id). */
    static final class TextExporter extends TestExporter {
        TextExporter(String id, String mediaType) {
            this(id, mediaType, id);
        }

        TextExporter(String id, String mediaType, String extension) {
            super(id, id, mediaType, extension);
        }

        @Override
        public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws IOException {
            out.write((id() + " " + invoice.invoiceNumber()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Writes part of the file for the invoices after the first one, then gives up. */
    static final class FailingExporter extends TestExporter {
        FailingExporter() {
            super("csv", "csv", "text/csv", "csv");
        }

        @Override
        public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws IOException, ExportException {
            out.write("Factuurnummer;".getBytes(StandardCharsets.UTF_8));
            if (!invoice.invoiceNumber().endsWith("1")) {
                throw new ExportException("no CSV for " + invoice.invoiceNumber());
            }
        }
    }

    /** A connection that breaks after a few bytes. */
    static final class BreakingStream extends OutputStream {
        private int left = 20;

        @Override
        public void write(int b) throws IOException {
            if (--left < 0) {
                throw new IOException("connection reset");
            }
        }
    }

    @BeforeAll
    static void services() {
        jdbi = db.jdbi();
        tenants = Fixtures.tenants(jdbi);
        InvoiceService invoiceService = new InvoiceService(jdbi);
        invoices = new CustomerInvoiceService(jdbi, invoiceService);
        ExporterCatalog catalog = new ExporterCatalog() {
            @Override
            public List<InvoiceExporter> exporters() {
                return List.of(new TextExporter("pdf", "text/plain"), new TextExporter("xml", "application/xml"),
                        new FailingExporter(), new TextExporter("ubl", "application/xml"),
                        new TextExporter("print", "application/pdf"), new TextExporter("einvoice", "application/xml", "xml"));
            }

            @Override
            public List<DeliveryChannel> channels() {
                return List.of();
            }
        };
        ExportService exports = new ExportService(jdbi, invoiceService, catalog, "http://portal.test",
                Clock.fixed(NOW, ZoneOffset.UTC));
        downloads = new DownloadService(invoices, exports);
    }

    @BeforeEach
    void customerWithThreeInvoices() {
        tenant = tenant("Hollandse Energie B.V.");
        Fixtures.customer(jdbi, tenant, "C-1", "korenschoof", "k@example.test");
        List<InvoiceRequest> three = new ArrayList<>();
        for (String number : List.of("A-001", "A-002", "A-003")) {
            three.add(new InvoiceRequest(number, "C-1", "2026-01-05", "2026-02-04", "Energie", "EUR", null, null,
                    List.of(new InvoiceRequest.LineInput("1", "Levering", "1", "C62", "10.00", "S", "21")), null, null));
        }
        new InvoiceService(jdbi).publishAll(tenant, three, "test");
        user = user(tenant, "C-1", "nl");
    }

    Tenant tenant(String name) {
        return tenants.create(new TenantRequest("dl-" + SEQUENCE.incrementAndGet(), name, "nl", null, null, null, null))
                .tenant();
    }

    static SignedIn user(Tenant t, String number, String language) {
        Customer c = new CustomerService(jdbi).get(t, number);
        long accountId = jdbi.withExtension(AccountDao.class, d -> d.findByCustomer(t.id(), c.id())).orElseThrow().id();
        return new SignedIn(t.id(), t.slug(), accountId, c.id(), number, c.login(), c.companyName(), language, 0);
    }

    List<String> read() {
        return invoices.list(tenant, user, new InvoiceQuery(true, null, null, null, null, InvoiceQuery.Sort.INVOICE_NUMBER,
                true, 0, 10)).items().stream().map(InvoiceSummary::invoiceNumber).toList();
    }

    static byte[] written(InvoiceFile file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writeTo(out);
        return out.toByteArray();
    }

    static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    @Test
    void downloadMarksReadOnlyOnceWritten() throws Exception {
        InvoiceFile file = downloads.download(tenant, user, "A-002", "xml");
        assertThat(read()).isEmpty();

        assertThat(new String(written(file), StandardCharsets.UTF_8)).isEqualTo("xml A-002");

        assertThat(file.fileName()).isEqualTo("A-002.xml");
        assertThat(file.inline()).isFalse();
        assertThat(read()).containsExactly("A-002");
    }

    /** The opened PDF is shown in the browser: the tenant's first format whose exporter makes a PDF. */
    @Test
    void openIsTheTenantsFirstPdfFormatInline() throws Exception {
        enable("xml", "print", "pdf");
        InvoiceFile file = downloads.open(tenant, user, "A-001");

        assertThat(file.inline()).isTrue();
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).isEqualTo("A-001.print");
        assertThat(new String(written(file), StandardCharsets.UTF_8)).isEqualTo("print A-001");
        assertThat(read()).containsExactly("A-001");
    }

    /** A format's media type is its exporter's, whatever the format is called. */
    @Test
    void mediaTypeIsTheExportersWhateverTheId() {
        enable("pdf", "print");
        assertThat(downloads.download(tenant, user, "A-001", "pdf").mediaType()).isEqualTo("text/plain");
        assertThat(downloads.download(tenant, user, "A-001", "print").mediaType()).isEqualTo("application/pdf");
        assertThat(downloads.download(tenant, user, "A-001", "print").inline()).isFalse();
    }

    /** The REST API's single file: a PDF (by media type) opens in the browser, other formats are saved. */
    @Test
    void getOpensPdfsAndSavesTheRest() {
        enable("xml", "print", "pdf");
        assertThat(downloads.get(tenant, user, "A-001", "print").inline()).isTrue();
        assertThat(downloads.get(tenant, user, "A-001", "pdf").inline()).isFalse();
        assertThat(downloads.get(tenant, user, "A-001", "xml").inline()).isFalse();
    }

    /** A portal without a PDF format has nothing to open. */
    @Test
    void openWithoutPdfFormatIsNotFound() {
        enable("xml", "pdf");
        assertThatThrownBy(() -> downloads.open(tenant, user, "A-001"))
                .isInstanceOf(io.invoiceportal.core.common.NotFoundException.class);
    }

    /** The bundle holds every format the tenant enables, in the tenant's order, new formats too. */
    @Test
    void bundleHoldsEveryEnabledFormatInTheTenantsOrder() throws Exception {
        enable("ubl", "xml", "print");
        assertThat(entries(written(downloads.bundle(tenant, user, "A-002"))))
                .containsExactly("A-002.ubl", "A-002.xml", "A-002.print");
    }

    /** Two formats with the same extension are both in the bundle: the later one named after its format. */
    @Test
    void bundleKeepsFormatsThatShareAnExtension() throws Exception {
        enable("xml", "einvoice", "pdf");
        assertThat(entries(written(downloads.bundle(tenant, user, "A-002"))))
                .containsExactly("A-002.xml", "A-002-einvoice.xml", "A-002.pdf");
    }

    void enable(String... formats) {
        tenants.updateSettings(tenant, new SettingsRequest(List.of(formats), null, null, null, null, null, null, null),
                Set.of("pdf", "xml", "csv", "ubl", "print", "einvoice"), Set.of("email"), Map.of());
        tenant = tenants.findBySlug(tenant.slug()).orElseThrow();
    }

    /** An exporter failing on the second invoice of an export: the first one's entry was written, still nothing is read. */
    @Test
    void failingExportMarksNothing() {
        InvoiceFile file = downloads.export(tenant, user, List.of("A-001", "A-002"), "csv");

        assertThatThrownBy(() -> written(file)).isInstanceOf(ExportException.class).hasMessageContaining("A-002");
        assertThat(read()).isEmpty();
    }

    @Test
    void failingBundleMarksNothing() {
        InvoiceFile file = downloads.bundle(tenant, user, "A-003");

        assertThatThrownBy(() -> written(file)).isInstanceOf(ExportException.class);
        assertThat(read()).isEmpty();
    }

    /** The connection breaking mid-way (the client went away) leaves every invoice unread. */
    @Test
    void streamBreakingMidwayMarksNothing() throws Exception {
        InvoiceFile export = downloads.export(tenant, user, List.of("A-002", "A-003"), "xml");
        InvoiceFile single = downloads.download(tenant, user, "A-001", "xml");

        assertThatThrownBy(() -> export.writeTo(new BreakingStream())).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> single.writeTo(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("connection reset");
            }
        })).isInstanceOf(IOException.class);
        assertThat(read()).isEmpty();
    }

    @Test
    void exportAndBundleMarkTheirInvoicesOnceWritten() throws Exception {
        tenants.updateSettings(tenant, new SettingsRequest(List.of("pdf", "xml"), null, null, null, null, null, null, null),
                Set.of("pdf", "xml", "csv"), Set.of("email"), Map.of());
        tenant = tenants.findBySlug(tenant.slug()).orElseThrow();

        assertThat(entries(written(downloads.export(tenant, user, List.of("A-003", "A-001"), "xml"))))
                .containsExactly("A-003.xml", "A-001.xml");
        assertThat(read()).containsExactly("A-001", "A-003");
        assertThat(entries(written(downloads.bundle(tenant, user, "A-002")))).containsExactly("A-002.pdf", "A-002.xml");
        assertThat(read()).containsExactly("A-001", "A-002", "A-003");
    }

    /** A bad request is refused before anything is written, and marks nothing. */
    @Test
    void badRequestsAreRefusedAtOnce() {
        Tenant other = tenant("Globex");
        Fixtures.customer(jdbi, other, "C-1", "globex", "g@example.test");

        assertThatThrownBy(() -> downloads.export(tenant, user, List.of("A-001"), "docx"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("format"));
        assertThatThrownBy(() -> downloads.export(tenant, user, List.of("A-001", "B-404"), "xml"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("invoiceNumbers[1]"));
        assertThatThrownBy(() -> downloads.open(other, user(other, "C-1", "nl"), "A-001"))
                .isInstanceOf(io.invoiceportal.core.common.NotFoundException.class);
        assertThat(read()).isEmpty();
    }

    /** Archive names: the user's language, the company's name, the tenant's local time, safe characters only. */
    @Test
    void archiveNamesInTheReadersLanguageAndTheTenantsTime() {
        assertThat(downloads.export(tenant, user, List.of("A-001"), "xml").fileName())
                .isEqualTo("Facturen Hollandse Energie B.V. 2026-11-29 1430.zip");
        assertThat(downloads.bundle(tenant, user(tenant, "C-1", "en"), "A-001").fileName())
                .isEqualTo("Invoice Hollandse Energie B.V. A-001.zip");

        tenants.updateSettings(tenant, new SettingsRequest(null, null, null, null, null, null, "America/New_York", null),
                Set.of(), Set.of("email"), Map.of());
        Tenant newYork = tenants.findBySlug(tenant.slug()).orElseThrow();
        assertThat(downloads.export(newYork, user(newYork, "C-1", "en"), List.of("A-001"), "xml").fileName())
                .isEqualTo("Invoices Hollandse Energie B.V. 2026-11-29 0830.zip");

        Tenant odd = tenant("Klant: A/B \"Zuid\" <test>*?|");
        Fixtures.customer(jdbi, odd, "C-1", "odd", "o@example.test");
        new InvoiceService(jdbi).publishAll(odd, List.of(new InvoiceRequest("X-1", "C-1", "2026-01-05", "2026-02-04", null,
                "EUR", null, null, List.of(new InvoiceRequest.LineInput("1", "L", "1", "C62", "1.00", "S", "21")),
                null, null)), "test");
        assertThat(downloads.export(odd, user(odd, "C-1", "nl"), List.of("X-1"), "xml").fileName())
                .isEqualTo("Facturen Klant A B Zuid test 2026-11-29 1430.zip");
    }

    @Test
    void timeZoneMustBeARealZone() {
        for (String bad : List.of("Mars/Olympus", "+01:00", "europe/amsterdam", "")) {
            assertThatThrownBy(() -> tenants.updateSettings(tenant, new SettingsRequest(null, null, null, null, null, null, bad, null),
                    Set.of(), Set.of("email"), Map.of()))
                    .as(bad).isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("timeZone"));
        }
        assertThat(tenants.findBySlug(tenant.slug()).orElseThrow().timeZone().getId()).isEqualTo("Europe/Amsterdam");
    }
}
