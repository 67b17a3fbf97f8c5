package io.invoiceportal.server.invoice;

import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The "csv" format of a test plugin jar ({@link FailedDownloadsIT}): writes the start of the file,
 * then fails for every invoice whose number ends in 2.
 */
public class BrokenCsvExporter implements InvoiceExporter {

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
    public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws IOException, ExportException {
        out.write(("Factuurnummer;" + invoice.invoiceNumber() + "\r\n").repeat(2000).getBytes(StandardCharsets.UTF_8));
        if (invoice.invoiceNumber().endsWith("2")) {
            throw new ExportException("cannot write invoice " + invoice.invoiceNumber());
        }
    }
}
