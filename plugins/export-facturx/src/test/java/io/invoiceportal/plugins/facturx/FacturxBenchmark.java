package io.invoiceportal.plugins.facturx;

import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.testkit.ExportBenchmark;
import io.invoiceportal.plugin.testkit.TestViews;
import io.invoiceportal.plugins.pdf.PdfInvoiceExporter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
        int seconds = option(args, "--seconds=", 10);
        int count = option(args, "--count=", 500);
        FacturxInvoiceExporter exporter = new FacturxInvoiceExporter();
        PdfInvoiceExporter pdf = new PdfInvoiceExporter();
        ExportContext context = TestViews.exportContext().build();
        for (int lines : new int[] {1, 20, 200}) {
            InvoiceView invoice = invoice(lines);
            byte[] file = export(exporter, invoice, context);
            ExportBenchmark.Timing export = ExportBenchmark.time(() -> export(exporter, invoice, context), count, count);
            double perSecond = ExportBenchmark.perSecond(() -> export(exporter, invoice, context), 2, Duration.ofSeconds(seconds));
            ExportBenchmark.Timing validation = ExportBenchmark.time(() -> {
                MustangValidation result = MustangValidation.of(file, "benchmark.pdf");
                if (!result.valid()) {
                    throw new IllegalStateException("the benchmark's file is not valid: " + result.errors());
                }
                return null;
            }, 5, 20);
            ExportBenchmark.Timing baseline = ExportBenchmark.time(() -> export(pdf, invoice, context), count, count);
            System.out.println(new ExportBenchmark.Row("facturx (" + lines + (lines == 1 ? " line" : " lines") + ", "
                    + file.length / 1024 + " KB)", perSecond, export, "Mustang 2.25.0: veraPDF PDF/A-3 + EN 16931 schematron",
                    validation, "export-pdf's plain PDF of the same invoice", baseline).markdown());
        }
    }

    private static byte[] export(InvoiceExporter exporter, InvoiceView invoice, ExportContext context) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(65536);
        exporter.export(invoice, context, out);
        return out.toByteArray();
    }

    /** {@code lines} lines of 1-7 pieces at 9.95, 21 % VAT, on the test kit's parties (as the UBL case). */
    static InvoiceView invoice(int lines) {
        List<InvoiceView.Line> result = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        BigDecimal rate = new BigDecimal("21");
        for (int i = 1; i <= lines; i++) {
            BigDecimal quantity = BigDecimal.valueOf(i % 7 + 1);
            BigDecimal amount = quantity.multiply(new BigDecimal("9.95")).setScale(2, RoundingMode.HALF_UP);
            result.add(TestViews.books().id(String.valueOf(i)).name("Artikel " + i).quantity(quantity)
                    .unitPrice(new BigDecimal("9.95")).vatRate(rate).lineAmount(amount).build());
            total = total.add(amount);
        }
        BigDecimal vat = total.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        return TestViews.invoice().lines(result)
                .vatBreakdown(List.of(InvoiceView.VatBreakdown.of("S", rate, total, vat)))
                .totals(InvoiceView.Totals.builder().lineTotal(total).taxExclusive(total).taxTotal(vat)
                        .taxInclusive(total.add(vat)).payable(total.add(vat)).build())
                .build();
    }

    private static int option(String[] args, String prefix, int fallback) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return Integer.parseInt(arg.substring(prefix.length()));
            }
        }
        return fallback;
    }
}
