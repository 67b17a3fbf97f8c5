package io.invoiceportal.plugins.pdf;

import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.TenantView;
import io.invoiceportal.plugin.testkit.ExportBenchmark;
import io.invoiceportal.plugin.testkit.TestViews;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The PDF case of {@code bench/render-benchmark.sh}: the exporter against its limit, {@link RawPdf}
 * (a minimal PDFBox program drawing the same page contents with the fonts parsed once), for invoices
 * of 1, 20 and 200 lines with the tenant's logo (a 600 × 200 PNG, the size the portal renders SVG logos
 * to). For each: PDFs per second on two threads for both, their ratio, and the median milliseconds of one
 * PDF on one thread. Prints Markdown table rows.
 *
 * <p>Arguments: {@code --seconds=N} for each two-thread run (default 10), {@code --count=N} timed
 * single renders (default 300).
 */
public final class PdfBenchmark {

    private PdfBenchmark() {}

    public static void main(String[] args) throws Exception {
        int seconds = ExportBenchmark.option(args, "--seconds=", 10);
        int count = ExportBenchmark.option(args, "--count=", 300);
        PdfInvoiceExporter exporter = new PdfInvoiceExporter();
        byte[] logo = PdfBrandingTest.png(600, 200);
        TenantView tenant = TestViews.tenant().branding(TenantView.Branding.builder().primaryColor("#0b5394")
                .accentColor("#f1c232").logoPng(logo).build()).build();
        ExportContext context = TestViews.exportContext().tenant(tenant).locale(Locale.of("nl", "NL")).build();
        for (int lines : new int[] {1, 20, 200}) {
            InvoiceView invoice = ExportBenchmark.withLines(TestViews.invoice(), lines);
            byte[] file = ExportBenchmark.export(exporter, invoice, context);
            RawPdf raw = RawPdf.of(file);
            sameText(file, raw.render());
            Callable<byte[]> portal = () -> ExportBenchmark.export(exporter, invoice, context);
            Callable<byte[]> limit = raw::render;
            ExportBenchmark.Timing portalMs = ExportBenchmark.time(portal, count, count);
            ExportBenchmark.Timing rawMs = ExportBenchmark.time(limit, count, count);
            double portalPerSecond = ExportBenchmark.perSecond(portal, 2, Duration.ofSeconds(seconds));
            double rawPerSecond = ExportBenchmark.perSecond(limit, 2, Duration.ofSeconds(seconds));
            System.out.println(String.format(Locale.ROOT, "| pdf (%d %s, logo, %d KB) | %.0f | %.0f | %.0f %% | %.2f / %.2f |",
                    lines, lines == 1 ? "line" : "lines", file.length / 1024, portalPerSecond, rawPerSecond,
                    100 * portalPerSecond / rawPerSecond, portalMs.percentile(50), rawMs.percentile(50)));
        }
    }

    /** The limit must draw what the exporter drew, or the ratio means nothing. */
    private static void sameText(byte[] exported, byte[] raw) throws Exception {
        String expected = text(exported);
        if (!expected.equals(text(raw))) {
            throw new IllegalStateException("the raw PDF's text differs from the exporter's");
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
