package io.invoiceportal.ui.exports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.invoiceportal.core.export.ExporterCatalog;
import io.invoiceportal.core.exportjob.ExportJobWorker;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.invoice.InvoiceSummary;
import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.ui.testing.PortalUiTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Select all invoices that match the filter" on the Facturenscherm makes an export job of the
 * whole filter, not just the page; the exports panel follows it to its download.
 */
class ExportJobsViewTest extends PortalUiTest {

    /** Writes "{number}" as text. */
    private record TextExporter(String id) implements InvoiceExporter {
        @Override
        public String displayName(Locale locale) {
            return id.toUpperCase(Locale.ROOT);
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public String fileExtension() {
            return id;
        }

        @Override
        public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws IOException {
            out.write(invoice.invoiceNumber().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    protected ExporterCatalog exporters() {
        return new ExporterCatalog() {
            @Override
            public List<InvoiceExporter> exporters() {
                return List.of(new TextExporter("xml"));
            }

            @Override
            public List<DeliveryChannel> channels() {
                return List.of();
            }
        };
    }

    @BeforeEach
    void thirtyInvoices() {
        activeCustomer(tenant, "C-1", "korenschoof", "Factuur2026");
        List<InvoiceRequest> mine = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            LocalDate date = LocalDate.of(2026, 1, 1).plusDays(i);
            mine.add(new InvoiceRequest(String.format("A-%03d", i), "C-1", date.toString(), date.plusDays(30).toString(),
                    "Energie", "EUR", null, "Omschrijving", List.of(new InvoiceRequest.LineInput("1", "Regel", "1", "C62",
                            "10.00", "S", "21")), null, null));
        }
        invoiceService.publishAll(tenant, mine, "test");
        signIn(tenant, "korenschoof", "Factuur2026");
    }

    @SuppressWarnings("unchecked")
    private static Grid<InvoiceSummary> grid() {
        return _get(Grid.class);
    }

    /**
     * Ticking the whole page offers all 30 invoices of the filter; after choosing them, the download
     * queues one job of 30 (not 25), the panel shows it waiting with a progress bar and the screen
     * polls; once a worker has run it, the panel offers the ZIP with all 30 files and the fast polling
     * stops (the session watch's every 3 s remains).
     */
    @Test
    void selectAllMatchingMakesAJobThatTheScreenFollows() throws IOException {
        grid().asMultiSelect().setValue(new HashSet<>(grid().getGenericDataView().getItems().toList()));
        Button all = _get(Button.class, spec -> spec.withClasses("select-all-matching-toggle"));
        assertThat(all.getText()).isEqualTo("Selecteer alle 30 facturen die aan het filter voldoen");
        _click(all);
        assertThat(pageText()).contains("Alle 30 facturen die aan het filter voldoen zijn geselecteerd");

        _click(_get(Button.class, spec -> spec.withText("Downloaden")));

        assertThat(exportJobs.recent(tenant, signedIn()).getFirst().total()).isEqualTo(30);
        assertThat(pageText()).contains("Export van").contains("30 facturen").contains("Wacht op zijn beurt");
        assertThat(_find(ProgressBar.class)).hasSize(1);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(1000);

        new ExportJobWorker(jdbi, tenants, invoiceService, exports, exportJobSettings, clock, "test").runOne(() -> false);
        poll(); // the screen's next poll shows the job as it is now

        assertThat(pageText()).contains("Klaar, beschikbaar tot");
        assertThat(UI.getCurrent().getPollInterval()).as("back to the session watch's slower polling").isEqualTo(3000);
        Anchor link = _get(Anchor.class, spec -> spec.withClasses("export-job-download"));
        poll();
        assertThat(_get(Anchor.class, spec -> spec.withClasses("export-job-download")))
                .as("no job under way: a poll (the session watch's) leaves the download link as it is").isSameAs(link);
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(DownloadKt._download(
                _get(Anchor.class, spec -> spec.withClasses("export-job-download")))))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).hasSize(31).contains("A-001.xml", "A-030.xml", "manifest.csv");
    }

    /** A poll of the screen, as the browser sends it. */
    private static void poll() {
        com.vaadin.flow.component.ComponentUtil.fireEvent(UI.getCurrent(),
                new com.vaadin.flow.component.PollEvent(UI.getCurrent(), true));
    }

    /** The exports screen (the e-mail's link) lists the jobs, and says so when there are none. */
    @Test
    void exportsScreen() {
        navigate(path("exports"));
        assertThat(pageText()).contains("U heeft nog geen exports.");
    }

    private io.invoiceportal.core.account.SignedIn signedIn() {
        return io.invoiceportal.ui.UiServices.current().sessions().current(tenant).orElseThrow();
    }
}
