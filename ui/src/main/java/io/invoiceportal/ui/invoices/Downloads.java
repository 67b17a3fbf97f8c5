package io.invoiceportal.ui.invoices;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.core.export.DownloadService;
import io.invoiceportal.core.export.InvoiceFile;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.ui.UiServices;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files behind the download controls of the Facturenscherm, from the same {@link DownloadService}
 * methods the REST API uses: one invoice in one format, a ZIP of several, or a ZIP of one invoice
 * in every format the portal offers. The handler runs in the download request, outside the UI lock. Each file is
 * written to a temporary file first and sent when complete (the service marks its invoices read
 * then): a file that fails is an error answer, which the browser shows as a failed download,
 * instead of a saved file that ends half-way; the screen is told why (a plugin's refusal, such as the
 * business terms an e-invoice format misses) and when the request is over.
 */
final class Downloads {
    private final DownloadService downloads;
    private final Tenant tenant;
    private final SignedIn user;
    private final Origin origin;

    Downloads(Tenant tenant, SignedIn user) {
        this.downloads = UiServices.current().downloads();
        this.tenant = tenant;
        this.user = user;
        this.origin = UiServices.current().sessions().origin();
    }

    /** A file the browser is to save: its name and what writes it. */
    record File(String fileName, InvoiceFile source) {}

    /** What the download request tells the screen, from outside the UI lock. */
    interface Outcome {
        /** The file could not be made; nothing was sent. */
        void refused(ExportException reason);

        /** The request is over, sent or not. */
        void finished();
    }

    /** One ticked invoice as its own file, several as one ZIP. */
    File selection(List<String> numbers, InvoiceExporter format) {
        return file(numbers.size() == 1 ? downloads.download(tenant, user, numbers.get(0), format.id())
                : downloads.export(tenant, user, numbers, format.id()));
    }

    /** One invoice in every format the portal offers in one ZIP. */
    File bundle(String number) {
        return file(downloads.bundle(tenant, user, number));
    }

    private File file(InvoiceFile file) {
        return new File(file.fileName(), file.from(origin));
    }

    /** The handler of the download request for {@code target}, telling {@code outcome} how it went. */
    static DownloadHandler handler(File target, Outcome outcome) {
        InvoiceFile file = target.source();
        return (DownloadEvent event) -> {
            Path complete = Files.createTempFile("invoice-download-", ".part");
            try {
                try (OutputStream out = Files.newOutputStream(complete)) {
                    file.writeTo(out);
                } catch (ExportException e) {
                    // a refusal the screen explains, not a fault: an error status, nothing logged as an error
                    outcome.refused(e);
                    event.getResponse().setStatus(422);
                    return;
                }
                event.setFileName(file.fileName());
                event.setContentType(file.mediaType());
                event.setContentLength(Files.size(complete));
                try (OutputStream out = event.getOutputStream()) {
                    Files.copy(complete, out);
                }
            } finally {
                Files.delete(complete);
                outcome.finished();
            }
        };
    }
}
