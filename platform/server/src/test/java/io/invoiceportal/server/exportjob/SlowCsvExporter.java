package io.invoiceportal.server.exportjob;

import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The "csv" format of a test plugin jar ({@link ExportJobsClusterIT}): 100 ms per invoice, so that
 * a job of some dozens of invoices is still running when a node is stopped.
 */
public class SlowCsvExporter implements InvoiceExporter {

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String displayName(Locale locale) {
        return "CSV";
    }

    @Override
    public String mediaType() {
        return "text/csv";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws IOException {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
        out.write(("Factuurnummer;" + invoice.invoiceNumber() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
