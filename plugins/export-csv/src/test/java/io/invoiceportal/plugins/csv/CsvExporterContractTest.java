package io.invoiceportal.plugins.csv;

import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.testkit.ExporterContract;

/** The test kit's contract for every export format. */
class CsvExporterContractTest extends ExporterContract {

    private final CsvInvoiceExporter exporter = new CsvInvoiceExporter();

    @Override
    protected InvoiceExporter exporter() {
        return exporter;
    }
}
