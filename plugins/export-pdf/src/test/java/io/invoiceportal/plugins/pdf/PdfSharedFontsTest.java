package io.invoiceportal.plugins.pdf;

import static io.invoiceportal.plugins.pdf.PdfInvoiceExporterTest.DUTCH;
import static io.invoiceportal.plugins.pdf.PdfInvoiceExporterTest.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.TenantView;
import io.invoiceportal.plugin.testkit.TestViews;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The parsed fonts ({@link PdfFonts}) and the compressed logo ({@link PdfLogo}) are shared between
 * documents: a document rendered while seven others are rendered on other threads is byte for byte
 * the document rendered alone, and a parsed font is reused rather than parsed again.
 */
class PdfSharedFontsTest {

    static final TenantView WITH_LOGO = PdfBrandingTest.branded(PdfBrandingTest.png(600, 200));

    private final PdfInvoiceExporter exporter = new PdfInvoiceExporter();

    /** Sixteen different invoices: 1 to 80 lines, Dutch and English, characters DejaVu lacks, other numbers, half with a logo. */
    static List<Callable<byte[]>> renders(PdfInvoiceExporter exporter) {
        List<Callable<byte[]>> renders = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int lines = i % 4 == 0 ? 3 : 1 + i * 5;
            Locale locale = i % 2 == 0 ? DUTCH : ENGLISH;
            boolean logo = i % 4 < 2;
            InvoiceView invoice = InvoiceView.builder(PdfInvoiceExporterTest.invoice(lines))
                    .invoiceNumber("2026-%06d".formatted(500 + i))
                    .description(i % 3 == 0 ? "Levering 🌞 zonnestroom 漢字 Ωmega " + i : "Doorbelasting " + i)
                    .build();
            ExportContext context = logo
                    ? TestViews.exportContext().clock(PdfInvoiceExporterTest.CLOCK).tenant(WITH_LOGO).locale(locale).build()
                    : PdfInvoiceExporterTest.context(locale);
            renders.add(() -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                exporter.export(invoice, context, out);
                return out.toByteArray();
            });
        }
        return renders;
    }

    /** What may differ between two renders of one invoice: the file identifier PDFBox derives from the time. */
    static String comparable(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1).replaceAll("/ID \\[<[0-9A-Fa-f]*> ?<[0-9A-Fa-f]*>\\]", "/ID");
    }

    /** Eight threads rendering sixteen different invoices, four rounds, give exactly the sequential documents. */
    @Test
    void concurrentRendersAreTheSequentialOnes() throws Exception {
        List<Callable<byte[]>> renders = renders(exporter);
        List<String> sequential = new ArrayList<>();
        for (Callable<byte[]> render : renders) {
            sequential.add(comparable(render.call()));
        }
        assertThat(sequential).doesNotHaveDuplicates();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 4; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<byte[]>> concurrent = new ArrayList<>();
                for (Callable<byte[]> render : renders) {
                    concurrent.add(pool.submit(() -> {
                        start.await();
                        return render.call();
                    }));
                }
                start.countDown();
                for (int i = 0; i < renders.size(); i++) {
                    assertThat(comparable(concurrent.get(i).get())).as("invoice %d, round %d", i, round)
                            .isEqualTo(sequential.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A document given back its parsed fonts lends them to the next document instead of parsing new ones. */
    @Test
    void theNextDocumentReusesTheParsedFonts() throws Exception {
        PdfFonts.Parsed first = PdfFonts.borrow();
        PdfFonts.giveBack(first);

        PdfFonts.Parsed second = PdfFonts.borrow();
        PdfFonts.giveBack(second);

        assertThat(second).isSameAs(first);
    }
}
