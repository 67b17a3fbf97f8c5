package io.invoiceportal.plugins.ubl;

import com.helger.ubl21.UBL21Marshaller;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.testkit.ExportBenchmark;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
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
        int seconds = ExportBenchmark.option(args, "--seconds=", 10);
        int count = ExportBenchmark.option(args, "--count=", 500);
        UblInvoiceExporter exporter = new UblInvoiceExporter();
        ExportContext context = UblSamples.context(Map.of());
        for (int lines : new int[] {1, 20, 200}) {
            InvoiceView invoice = ExportBenchmark.withLines(UblSamples.invoice(), lines);
            byte[] file = ExportBenchmark.export(exporter, invoice, context);
            Callable<byte[]> work = () -> ExportBenchmark.export(exporter, invoice, context);
            ExportBenchmark.Timing export = ExportBenchmark.time(work, count, count);
            double perSecond = ExportBenchmark.perSecond(work, 2, Duration.ofSeconds(seconds));
            ExportBenchmark.Timing validation = ExportBenchmark.time(() -> {
                if (!Phive.peppol(file).isEmpty() || !Phive.en16931(file).isEmpty()) {
                    throw new IllegalStateException("the benchmark's document is not valid");
                }
                return null;
            }, 5, 20);
            InvoiceType built = UblDocuments.invoice(invoice, new PeppolProfile());
            ExportBenchmark.Timing baseline = ExportBenchmark.time(
                    () -> UBL21Marshaller.invoice().setFormattedOutput(true).setUseSchema(false).getAsBytes(built), count, count);
            System.out.println(new ExportBenchmark.Row(ExportBenchmark.label("ubl", lines, file), perSecond,
                    export, "phive Peppol 2026.5 + EN 16931", validation, "ph-ubl21 marshalling of the built document", baseline).markdown());
        }
    }
}
