package io.invoiceportal.plugins.facturx;

import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.testkit.ExportBenchmark;
import io.invoiceportal.plugin.testkit.TestViews;
import io.invoiceportal.plugins.pdf.PdfInvoiceExporter;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The Factur-X case of {@code bench/einvoice-benchmark.sh}: prints one table row per invoice size
 * (see {@link ExportBenchmark.Row}). The baseline is the PDF plugin's export of the same invoice
 * (the layout drawn with PDFBox, plain PDF): the ratio shows what PDF/A-3, the XMP, the CII and the
 * attachment add to the pages.
 *
 * <p>Arguments: {@code --seconds=N} for the two-thread run (default 10), {@code --count=N} timed
 * single exports (default 500).
 */
public final class FacturxBenchmark {

    private FacturxBenchmark() {}

    public static void main(String[] args) throws Exception {
        int seconds = ExportBenchmark.option(args, "--seconds=", 10);
        int count = ExportBenchmark.option(args, "--count=", 500);
        FacturxInvoiceExporter exporter = new FacturxInvoiceExporter();
        PdfInvoiceExporter pdf = new PdfInvoiceExporter();
        ExportContext context = TestViews.exportContext().build();
        for (int lines : new int[] {1, 20, 200}) {
            InvoiceView invoice = ExportBenchmark.withLines(TestViews.invoice(), lines);
            byte[] file = ExportBenchmark.export(exporter, invoice, context);
            Callable<byte[]> work = () -> ExportBenchmark.export(exporter, invoice, context);
            ExportBenchmark.Timing export = ExportBenchmark.time(work, count, count);
            double perSecond = ExportBenchmark.perSecond(work, 2, Duration.ofSeconds(seconds));
            ExportBenchmark.Timing validation = ExportBenchmark.time(() -> {
                MustangValidation result = MustangValidation.of(file, "benchmark.pdf");
                if (!result.valid()) {
                    throw new IllegalStateException("the benchmark's file is not valid: " + result.errors());
                }
                return null;
            }, 5, 20);
            ExportBenchmark.Timing baseline = ExportBenchmark.time(() -> ExportBenchmark.export(pdf, invoice, context), count, count);
            System.out.println(new ExportBenchmark.Row(ExportBenchmark.label("facturx", lines, file), perSecond,
                    export, "Mustang 2.25.0: veraPDF PDF/A-3 + EN 16931 schematron", validation, "export-pdf's plain PDF of the same invoice", baseline).markdown());
        }
    }
}
