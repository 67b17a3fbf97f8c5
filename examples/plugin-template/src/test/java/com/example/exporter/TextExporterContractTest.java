package com.example.exporter;

import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.testkit.ExporterContract;

/** The test kit's contract for every export format. */
class TextExporterContractTest extends ExporterContract {

    @Override
    protected InvoiceExporter exporter() {
        return new TextExporter();
    }
}
