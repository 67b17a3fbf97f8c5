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
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
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
        InvoiceExporter exporter = format(tenant, format)
                .orElseThrow(() -> new NotFoundException("This portal does not offer the format '" + format + "'"));
        Customer customer = jdbi.withExtension(CustomerDao.class, dao -> dao.findById(tenant.id(), invoice.customerId()))
                .orElseThrow();
        Locale readerLocale = locale != null ? locale : customer.locale();
        return new Rendering(exporter, FileNames.single(invoice.invoiceNumber(), exporter.fileExtension()), out -> {
            if (invoice.hasOriginalPdf() && pdfFormat(tenant).filter(pdf -> pdf.id().equals(exporter.id())).isPresent()) {
                out.write(invoices.originalPdf(tenant, invoice).orElseThrow());
                return;
            }
            exporter.export(withSource(tenant, PluginViews.invoice(tenant, customer, invoice), invoice),
                    ExportContext.builder().tenant(PluginViews.tenant(tenant, publicUrl)).locale(readerLocale).clock(clock)
                            .settings(pluginSettings.of(tenant.id(), exporter.id(), exporter.settings())).build(), out);
        });
    }

    /**
     * The view with the document the invoice was imported from, if it was (plugins may serve it back).
     * Its bytes (up to 16 MiB) are read only when a plugin asks for them, not for every PDF or ZIP entry.
     */
    private InvoiceView withSource(Tenant tenant, InvoiceView view, Invoice invoice) {
        return invoices.sourceMediaType(tenant, invoice)
                .map(type -> InvoiceView.builder(view).source(new StoredSource(type, () -> invoices.sourceContent(tenant, invoice)))
                        .build())
                .orElse(view);
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
     * Writes a ZIP with one file per invoice in {@code format} ({@code {invoiceNumber}.{ext}}),
     * rendering each straight into the stream, so memory does not grow with the number of invoices.
     */
    public void zip(Tenant tenant, List<Invoice> invoices, String format, Locale locale, OutputStream out)
            throws IOException, ExportException {
        zip(tenant, invoices, List.of(format), locale, out);
    }

    /**
     * A ZIP with each invoice in each of the formats (the per-row "all formats" download). Formats
     * that share an extension (the portal's XML and UBL, PDF and Factur-X) are all kept: the first
     * is {@code {number}.{ext}}, the later ones {@code {number}-{format}.{ext}}.
     */
    public void zip(Tenant tenant, List<Invoice> invoices, List<String> formats, Locale locale, OutputStream out)
            throws IOException, ExportException {
        java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Invoice invoice : invoices) {
            for (String format : formats) {
                Rendering rendering = render(tenant, invoice, format, locale);
                String name = rendering.fileName();
                if (!names.add(name)) {
                    name = FileNames.single(invoice.invoiceNumber() + "-" + format, rendering.exporter().fileExtension());
                    if (!names.add(name)) {
                        continue;
                    }
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                rendering.writer().writeTo(new NonClosing(zip));
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
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

    /** Keeps exporters from closing the ZIP stream they write an entry to. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
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
