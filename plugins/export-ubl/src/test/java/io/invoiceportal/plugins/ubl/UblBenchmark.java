package io.invoiceportal.plugins.ubl;

import com.helger.ubl21.UBL21Marshaller;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.testkit.ExportBenchmark;
import io.invoiceportal.plugin.testkit.TestViews;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;

/**
 * The UBL case of {@code bench/einvoice-benchmark.sh}: prints one table row per invoice size (see
 * {@link ExportBenchmark.Row}). The baseline is ph-ubl21 marshalling alone (as the exporter does
 * it: indented, no schema check) of the same document, built once: what the export adds to the library's own work.
 *
 * <p>Arguments: {@code --seconds=N} for the two-thread run (default 10), {@code --count=N} timed
 * single exports (default 500).
 */
public final class UblBenchmark {

    private UblBenchmark() {}

    public static void main(String[] args) throws Exception {
        int seconds = option(args, "--seconds=", 10);
        int count = option(args, "--count=", 500);
        UblInvoiceExporter exporter = new UblInvoiceExporter();
        ExportContext context = UblSamples.context(Map.of());
        for (int lines : new int[] {1, 20, 200}) {
            InvoiceView invoice = invoice(lines);
            byte[] file = export(exporter, invoice, context);
            ExportBenchmark.Timing export = ExportBenchmark.time(() -> export(exporter, invoice, context), count, count);
            double perSecond = ExportBenchmark.perSecond(() -> export(exporter, invoice, context), 2, Duration.ofSeconds(seconds));
            ExportBenchmark.Timing validation = ExportBenchmark.time(() -> {
                if (!Phive.peppol(file).isEmpty() || !Phive.en16931(file).isEmpty()) {
                    throw new IllegalStateException("the benchmark's document is not valid");
                }
                return null;
            }, 5, 20);
            InvoiceType built = UblDocuments.invoice(invoice, new PeppolProfile());
            ExportBenchmark.Timing baseline = ExportBenchmark.time(
                    () -> UBL21Marshaller.invoice().setFormattedOutput(true).setUseSchema(false).getAsBytes(built), count, count);
            System.out.println(new ExportBenchmark.Row("ubl (" + lines + (lines == 1 ? " line" : " lines") + ", "
                    + file.length / 1024 + " KB)", perSecond, export, "phive Peppol 2026.5 + EN 16931", validation,
                    "ph-ubl21 marshalling of the built document", baseline).markdown());
        }
    }

    private static byte[] export(UblInvoiceExporter exporter, InvoiceView invoice, ExportContext context) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
        exporter.export(invoice, context, out);
        return out.toByteArray();
    }

    /** {@code lines} lines of 1-7 pieces at 9.95, 21 % VAT, on the test kit's parties. */
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
        return UblSamples.invoice().lines(result)
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
