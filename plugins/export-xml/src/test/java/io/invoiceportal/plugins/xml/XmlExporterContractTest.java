package io.invoiceportal.plugins.xml;

import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.testkit.ExporterContract;

/** The test kit's contract for every export format. */
class XmlExporterContractTest extends ExporterContract {

    private final XmlInvoiceExporter exporter = new XmlInvoiceExporter();

    @Override
    protected InvoiceExporter exporter() {
        return exporter;
    }
}
