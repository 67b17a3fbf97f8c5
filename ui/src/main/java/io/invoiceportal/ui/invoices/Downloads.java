package io.invoiceportal.ui.invoices;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.invoice.CustomerInvoiceService;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.ui.UiServices;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The files behind the download controls of the Facturenscherm, the same as the REST API serves:
 * one invoice in one format, a ZIP of several, or a ZIP of one invoice in PDF, XML and CSV. Each
 * is written straight into the response while the browser receives it (the handler runs in the
 * download request, outside the UI lock), and each marks its invoices read for this account.
 */
final class Downloads {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    private static final String ZIP = "application/zip";

    private final CustomerInvoiceService invoices;
    private final ExportService exports;
    private final Tenant tenant;
    private final SignedIn user;
    private final Locale locale;

    Downloads(Tenant tenant, SignedIn user, Locale locale) {
        UiServices services = UiServices.current();
        this.invoices = services.invoices();
        this.exports = services.exports();
        this.tenant = tenant;
        this.user = user;
        this.locale = locale;
    }

    /** A file the browser is to save: its name and the handler that writes it. */
    record File(String fileName, DownloadHandler handler) {}

    /**
     * One invoice as {@code {number}.{ext}}; several as {@code {tenant}-invoices-{yyyyMMdd-HHmm}.zip}
     * with one {@code {number}.{ext}} entry each.
     */
    File selection(List<String> numbers, InvoiceExporter format) {
        if (numbers.size() == 1) {
            String type = "pdf".equals(format.id()) ? "application/pdf" : format.mediaType();
            return file(numbers.get(0) + "." + format.fileExtension(), numbers, (selected, out) ->
                    exports.render(tenant, selected.get(0), format.id(), locale).writer().writeTo(out), type);
        }
        String name = tenant.slug() + "-invoices-" + LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).format(STAMP) + ".zip";
        return file(name, numbers, (selected, out) -> exports.zip(tenant, selected, format.id(), locale, out), ZIP);
    }

    /** One invoice in every bundle format (PDF, XML and CSV as far as offered), as {@code {tenant}-{number}.zip}. */
    File bundle(String number) {
        List<String> formats = exports.bundleFormats(tenant);
        return file(tenant.slug() + "-" + number + ".zip", List.of(number),
                (selected, out) -> exports.zip(tenant, selected, formats, locale, out), ZIP);
    }

    private interface Body {
        void write(List<Invoice> invoices, OutputStream out) throws IOException, ExportException;
    }

    private File file(String fileName, List<String> numbers, Body body, String contentType) {
        List<String> wanted = List.copyOf(numbers);
        DownloadHandler handler = (DownloadEvent event) -> {
            List<Invoice> selected = invoices.getAll(tenant, user, wanted);
            event.setFileName(fileName);
            event.setContentType(contentType);
            try (OutputStream out = event.getOutputStream()) {
                body.write(selected, out);
            } catch (ExportException e) {
                throw new IOException("export failed: " + e.getMessage(), e);
            }
            invoices.markRead(tenant, user, selected);
        };
        return new File(fileName, handler);
    }
}
