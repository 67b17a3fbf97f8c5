package io.invoiceportal.plugins.pdf;

import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.testkit.ExporterContract;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The test kit's contract for every export format. */
class PdfExporterContractTest extends ExporterContract {

    private final PdfInvoiceExporter exporter = new PdfInvoiceExporter();

    @Override
    protected InvoiceExporter exporter() {
        return exporter;
    }

    /** Every PDF has its own document id; the pages and their text must be the same. */
    @Override
    protected String comparable(byte[] output) throws IOException {
        try (PDDocument document = Loader.loadPDF(output)) {
            return document.getNumberOfPages() + "\n" + new PDFTextStripper().getText(document);
        }
    }
}
