package io.invoiceportal.core.export;

import io.invoiceportal.core.common.NotFoundException;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.customer.CustomerDao;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.invoice.InvoiceService;
import io.invoiceportal.core.tenant.PluginSettingsService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PluginSettings;
import io.invoiceportal.plugin.api.TenantView;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.Jdbi;

/** Renders invoices through the export plugins a tenant has enabled. */
public class ExportService {
    /**
     * The media type of a PDF: the first format of this type is the one a customer opens, and the
     * issuer's own PDF, when it sent one, is served instead of what that format makes. Later PDF
     * formats (Factur-X: a PDF with the e-invoice inside) are always rendered.
     */
    public static final String PDF = "application/pdf";
    private final Jdbi jdbi;
    private final InvoiceService invoices;
    private final ExporterCatalog catalog;
    private final String publicUrl;
    private final Clock clock;
    private final PluginSettingsService pluginSettings;

    public ExportService(Jdbi jdbi, InvoiceService invoices, ExporterCatalog catalog, String publicUrl, Clock clock) {
        this.jdbi = jdbi;
        this.invoices = invoices;
        this.catalog = catalog;
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.pluginSettings = new PluginSettingsService(jdbi);
    }

    /** The formats this tenant offers: enabled by the tenant and provided by a loaded plugin. */
    public List<InvoiceExporter> formats(Tenant tenant) {
        return tenant.enabledFormats().stream().map(catalog::exporter).flatMap(Optional::stream).toList();
    }

    /** The tenant's first format whose exporter makes a PDF: the one a customer opens and an e-mail attaches. */
    public Optional<InvoiceExporter> pdfFormat(Tenant tenant) {
        return formats(tenant).stream().filter(e -> PDF.equals(e.mediaType())).findFirst();
    }

    /** The exporter for {@code format}, if the tenant offers it. */
    public Optional<InvoiceExporter> format(Tenant tenant, String format) {
        return tenant.enabledFormats().contains(format) ? catalog.exporter(format) : Optional.empty();
    }

    /** The name of delivery channel {@code id} as its plugin gives it in {@code locale}; the id when no plugin provides it. */
    public String channelName(String id, Locale locale) {
        return catalog.channel(id).map(c -> c.displayName(locale)).orElse(id);
    }

    /** A rendering ready to be written: the exporter (for media type and file name) and the work. */
    public Rendering render(Tenant tenant, Invoice invoice, String format, Locale locale) {
        return render(new Lookups(tenant), invoice, format, locale);
    }

    private Rendering render(Lookups lookups, Invoice invoice, String format, Locale locale) {
        Tenant tenant = lookups.tenant;
        InvoiceExporter exporter = format(tenant, format)
                .orElseThrow(() -> new NotFoundException("This portal does not offer the format '" + format + "'"));
        Customer customer = lookups.customer(invoice.customerId());
        Locale readerLocale = locale != null ? locale : customer.locale();
        return new Rendering(exporter, FileNames.single(invoice.invoiceNumber(), exporter.fileExtension()), out -> {
            if (invoice.hasOriginalPdf() && pdfFormat(tenant).filter(pdf -> pdf.id().equals(exporter.id())).isPresent()) {
                out.write(invoices.originalPdf(tenant, invoice).orElseThrow());
                return;
            }
            exporter.export(lookups.withSource(PluginViews.invoice(tenant, customer, invoice), invoice),
                    ExportContext.builder().tenant(lookups.tenantView()).locale(readerLocale).clock(clock)
                            .settings(lookups.settings(exporter)).build(), out);
        });
    }

    /**
     * What the renders of one file read besides the invoice. A single file reads each once; the
     * entries of an archive share one instance (and its threads use it at the same time), so an
     * archive reads the tenant's view, each customer, each format's settings and each invoice's
     * source type once, not once per entry.
     */
    private final class Lookups {
        private final Tenant tenant;
        private final Map<Long, Customer> customers = new ConcurrentHashMap<>();
        private final Map<String, PluginSettings> settings = new ConcurrentHashMap<>();
        private final Map<Long, Optional<String>> sourceTypes = new ConcurrentHashMap<>();
        private volatile TenantView tenantView;

        Lookups(Tenant tenant) {
            this.tenant = tenant;
        }

        Customer customer(long id) {
            return customers.computeIfAbsent(id, key -> jdbi.withExtension(CustomerDao.class,
                    dao -> dao.findById(tenant.id(), key)).orElseThrow());
        }

        TenantView tenantView() {
            TenantView view = tenantView;
            if (view == null) {
                view = PluginViews.tenant(tenant, publicUrl);
                tenantView = view;
            }
            return view;
        }

        PluginSettings settings(InvoiceExporter exporter) {
            return settings.computeIfAbsent(exporter.id(), id -> pluginSettings.of(tenant.id(), id, exporter.settings()));
        }

        /**
         * The view with the document the invoice was imported from, if it was (plugins may serve it back).
         * Its bytes (up to 16 MiB) are read only when a plugin asks for them, not for every PDF or ZIP entry.
         */
        InvoiceView withSource(InvoiceView view, Invoice invoice) {
            return sourceTypes.computeIfAbsent(invoice.id(), id -> invoices.sourceMediaType(tenant, invoice))
                    .map(type -> InvoiceView.builder(view)
                            .source(new StoredSource(type, () -> invoices.sourceContent(tenant, invoice))).build())
                    .orElse(view);
        }
    }

    /** An imported original whose bytes are read from the database when asked for, a fresh copy each time. */
    private record StoredSource(String mediaType, Supplier<byte[]> bytes)
            implements InvoiceView.SourceDocument {
        @Override
        public byte[] content() {
            return bytes.get();
        }
    }

    /**
     * Writes a ZIP with one file per invoice in {@code format} ({@code {invoiceNumber}.{ext}}), as
     * {@link #writeArchive} does.
     */
    public void zip(Tenant tenant, List<Invoice> invoices, String format, Locale locale, OutputStream out)
            throws IOException, ExportException {
        zip(tenant, invoices, List.of(format), locale, out);
    }

    /**
     * A whole ZIP with each invoice in each of the formats (the per-row "all formats" download, the
     * ZIP of ticked invoices): {@link #writeArchive}, then the ZIP's end. The first failure stops it.
     */
    public void zip(Tenant tenant, List<Invoice> invoices, List<String> formats, Locale locale, OutputStream out)
            throws IOException, ExportException {
        ZipOutputStream zip = new ZipOutputStream(out);
        writeArchive(tenant, invoices, formats, locale, zip, ArchiveListener.NONE);
        zip.finish();
        zip.flush();
    }

    /**
     * Writes each invoice in each of the formats as an entry of {@code zip}, in order: invoice by
     * invoice, each in the order of {@code formats}. The first format's file is {@code {number}.{ext}};
     * a later format with the same extension (the portal's XML and UBL, PDF and Factur-X) is
     * {@code {number}-{format}.{ext}}. The ZIP is left open (not finished), so the caller can add its
     * own entries (a manifest) and finish it.
     *
     * <p>The entries are rendered in parallel on a pool shared by all archives (one thread per core),
     * a few at a time, and written in order as they are ready, so memory stays flat however many
     * invoices there are: {@code invoices} is iterated only as renders start, and may be read lazily
     * (page by page). {@code listener} is told of every entry once it is in the ZIP, on this thread.
     * An entry that fails to render stops the archive with its {@link ExportException} (the entries
     * before it are written, none after) unless the listener {@linkplain ArchiveListener#skip skips}
     * it. A format the tenant does not offer is a {@link NotFoundException}. Nothing is marked read.
     */
    public void writeArchive(Tenant tenant, Iterable<Invoice> invoices, List<String> formats, Locale locale,
            ZipOutputStream zip, ArchiveListener listener) throws IOException, ExportException {
        Lookups lookups = new Lookups(tenant);
        new ArchiveWriter((invoice, format) -> render(lookups, invoice, format, locale), RenderPool.shared(),
                RenderPool.WINDOW).write(invoices, formats, zip, listener);
    }

    /** The name of a ZIP of several invoices: "Facturen {company} {yyyy-MM-dd HHmm}.zip" in the tenant's time now. */
    public String archiveName(Tenant tenant, Locale reader) {
        return FileNames.archive(tenant, reader, clock);
    }

    /** The name of the ZIP of one invoice in every bundle format: "Factuur {company} {number}.zip". */
    public String bundleName(Tenant tenant, Locale reader, String invoiceNumber) {
        return FileNames.bundle(tenant, reader, invoiceNumber);
    }

    /** The formats of the per-invoice bundle: every format the tenant offers, in the tenant's order. */
    public List<String> bundleFormats(Tenant tenant) {
        return formats(tenant).stream().map(InvoiceExporter::id).toList();
    }

    /** Writes one rendered invoice. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException, ExportException;
    }

    /** A file to be produced by {@link #writer}. */
    public record Rendering(InvoiceExporter exporter, String fileName, Writer writer) {
        public String mediaType() {
            return exporter.mediaType();
        }
    }
}
