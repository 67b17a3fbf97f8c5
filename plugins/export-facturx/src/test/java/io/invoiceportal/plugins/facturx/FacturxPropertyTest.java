package io.invoiceportal.plugins.facturx;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.testkit.TestViews;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Many varied invoices, each exported and judged by Mustang's validator. */
class FacturxPropertyTest {
    private static final int COUNT = Integer.getInteger("facturx.invoices", 200);
    private static final long SEED = Long.getLong("facturx.seed", 20261129L);

    private final FacturxInvoiceExporter exporter = new FacturxInvoiceExporter();

    /** Every one of the varied invoices (all VAT categories, rates, exemptions, allowances, credit notes, prepaid, 1-500 lines) exports as valid PDF/A-3b with valid EN 16931 XML. */
    @Test
    void everyVariedInvoiceIsValidFacturX() throws Exception {
        VariedInvoices invoices = new VariedInvoices(SEED);
        List<String> invalid = new ArrayList<>();
        long exportNanos = 0;
        long validateNanos = 0;
        for (int n = 0; n < COUNT; n++) {
            InvoiceView invoice = invoices.next(n);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long start = System.nanoTime();
            exporter.export(invoice, TestViews.exportContext().build(), out);
            long exported = System.nanoTime();
            MustangValidation validation = MustangValidation.of(out.toByteArray(), invoice.invoiceNumber() + ".pdf");
            validateNanos += System.nanoTime() - exported;
            exportNanos += exported - start;
            if (Boolean.getBoolean("facturx.verbose")) {
                System.out.printf("%s %d lines: export %d ms, validation %d ms%n", invoice.invoiceNumber(), invoice.lines().size(),
                        (exported - start) / 1_000_000, (System.nanoTime() - exported) / 1_000_000);
            }
            if (!validation.valid()) {
                invalid.add(invoice.invoiceNumber() + " (" + invoice.lines().size() + " lines): pdf " + validation.pdfStatus()
                        + ", xml " + validation.xmlStatus() + " " + validation.errors());
            }
        }
        System.out.printf("facturx property test: %d invoices, export %d ms, validation %d ms in all%n",
                COUNT, exportNanos / 1_000_000, validateNanos / 1_000_000);
        assertThat(invalid).as("invalid Factur-X files (seed %d)", SEED).isEmpty();
    }
}
