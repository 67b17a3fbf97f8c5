package io.invoiceportal.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.PartyView;
import io.invoiceportal.plugin.api.PluginSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link InvoiceExporter} must pass. A plugin's test extends it and returns its
 * exporter:
 *
 * <pre>{@code
 * class MyExporterContractTest extends ExporterContract {
 *     protected InvoiceExporter exporter() { return new MyExporter(); }
 * }
 * }</pre>
 *
 * It checks the id and names, that the stream is written and left open, that an
 * {@link IOException} of the stream is passed on, that concurrent exports give what single ones
 * give, and that nothing of one tenant shows up in the next tenant's export.
 */
public abstract class ExporterContract {

    /** For subclasses. */
    protected ExporterContract() {}

    /** The exporter under test; a new one or a shared one, as the plugin creates it. */
    protected abstract InvoiceExporter exporter();

    /** The invoice exported by the checks; {@link TestViews#invoice()} unless overridden. */
    protected InvoiceView invoice() {
        return TestViews.invoice().build();
    }

    /**
     * The context of the checks; unless overridden, {@link TestViews#exportContext()} with the
     * defaults of the settings the exporter declares.
     */
    protected ExportContext context() {
        return TestViews.exportContext().settings(PluginSettings.of(exporter().settings(), Map.of())).build();
    }

    /**
     * What must be the same in two exports of the same invoice and context: by default all bytes. A
     * format with a random part (such as a PDF's document id) returns what matters instead (such as
     * the text of each page).
     */
    protected String comparable(byte[] output) throws IOException {
        return new String(output, StandardCharsets.ISO_8859_1);
    }

    /** Exports and returns the bytes. */
    protected final byte[] export(InvoiceView invoice, ExportContext context) throws ExportException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter().export(invoice, context, out);
        return out.toByteArray();
    }

    @Test
    void idIsLowerCaseLettersDigitsAndHyphens() {
        assertThat(exporter().id()).matches("[a-z0-9-]+");
        assertThat(exporter().id()).as("the id is stable").isEqualTo(exporter().id());
    }

    @Test
    void describesItselfInDutchAndEnglish() {
        InvoiceExporter exporter = exporter();
        assertThat(exporter.displayName(Locale.ENGLISH)).isNotBlank();
        assertThat(exporter.displayName(TestViews.DUTCH)).isNotBlank();
        assertThat(exporter.mediaType()).as("mediaType").isNotBlank().contains("/");
        assertThat(exporter.fileExtension()).as("fileExtension, without the dot").matches("[a-z0-9]+");
    }

    @Test
    void writesTheInvoiceAndLeavesTheStreamOpen() throws Exception {
        CloseRecordingStream out = new CloseRecordingStream();
        exporter().export(invoice(), context(), out);
        assertThat(out.size()).as("bytes written").isPositive();
        assertThat(out.closed).as("the stream belongs to the portal: never closed by the exporter").isFalse();
    }

    @Test
    void passesOnAnIoExceptionOfTheStream() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("client went away");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("client went away");
            }
        };
        assertThatThrownBy(() -> exporter().export(invoice(), context(), broken))
                .as("a failing stream is an IOException (or an ExportException caused by it), nothing else")
                .satisfiesAnyOf(
                        e -> assertThat(e).isInstanceOf(IOException.class),
                        e -> assertThat(e).isInstanceOf(ExportException.class).hasRootCauseInstanceOf(IOException.class));
    }

    @Test
    void concurrentExportsGiveWhatSingleOnesGive() throws Exception {
        InvoiceView invoice = invoice();
        ExportContext context = context();
        String alone = comparable(export(invoice, context));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> export(invoice, context)));
            }
            for (Future<byte[]> result : results) {
                assertThat(comparable(result.get()).equals(alone))
                        .as("an export made while others run equals one made alone").isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepsNothingOfOneTenantForTheNext() throws Exception {
        ExportContext acme = context();
        // the other seller keeps the example's contact: a format may need one (XRechnung does)
        PartyView otherSeller = TestViews.seller().legalName("Zeta Handel B.V.").vatId("NL111111111B01")
                .contact(invoice().seller().contact()).build();
        ExportContext zeta = ExportContext.builder()
                .tenant(TestViews.tenant().slug("zeta").name("Zeta").seller(otherSeller)
                        .portalUrl("https://portal.example/t/zeta").build())
                .locale(Locale.ENGLISH)
                .clock(acme.clock())
                .settings(PluginSettings.of(exporter().settings(), Map.of()))
                .build();
        InvoiceView zetaInvoice = InvoiceView.builder(invoice()).invoiceNumber("Z-0001").seller(otherSeller).build();

        String first = comparable(export(invoice(), acme));
        String other = comparable(export(zetaInvoice, zeta));
        String again = comparable(export(invoice(), acme));

        assertThat(other.contains("Acme")).as("the other tenant's export names nothing of Acme's").isFalse();
        assertThat(again.equals(first)).as("the same export again after another tenant's").isTrue();
    }

    /** Counts what is written and records a close. */
    private static final class CloseRecordingStream extends ByteArrayOutputStream {
        private boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
