package io.invoiceportal.plugins.xrechnung;

import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.testkit.ExporterContract;

/** The test kit's contract for every export format, on an invoice XRechnung accepts. */
class XRechnungExporterContractTest extends ExporterContract {

    private final XRechnungExporter exporter = new XRechnungExporter();

    @Override
    protected InvoiceExporter exporter() {
        return exporter;
    }

    @Override
    protected InvoiceView invoice() {
        return XRechnungSamples.invoice().seller(io.invoiceportal.plugins.ubl.UblSamples.seller().build()).build();
    }
}
