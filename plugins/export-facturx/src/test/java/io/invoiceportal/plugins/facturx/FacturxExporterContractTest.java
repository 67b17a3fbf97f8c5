package io.invoiceportal.plugins.facturx;

import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.testkit.ExporterContract;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The test kit's contract for every export format. */
class FacturxExporterContractTest extends ExporterContract {

    private final FacturxInvoiceExporter exporter = new FacturxInvoiceExporter();

    @Override
    protected InvoiceExporter exporter() {
        return exporter;
    }

    /** Every PDF has its own document id and attachment dates; the pages' text and the embedded XML must be the same. */
    @Override
    protected String comparable(byte[] output) throws IOException {
        try (PDDocument document = Loader.loadPDF(output)) {
            return document.getNumberOfPages() + "\n" + new PDFTextStripper().getText(document) + "\n"
                    + FacturxFiles.text(FacturxFiles.attachments(document).get("factur-x.xml").getEmbeddedFile().toByteArray());
        }
    }
}
