package io.invoiceportal.plugins.ubl;

import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.testkit.ExporterContract;

/** The test kit's contract for every export format, on an invoice Peppol accepts. */
class UblExporterContractTest extends ExporterContract {

    private final UblInvoiceExporter exporter = new UblInvoiceExporter();

    @Override
    protected InvoiceExporter exporter() {
        return exporter;
    }

    @Override
    protected InvoiceView invoice() {
        return UblSamples.invoice().build();
    }
}
