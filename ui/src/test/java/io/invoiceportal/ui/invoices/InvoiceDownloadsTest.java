package io.invoiceportal.ui.invoices;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.invoiceportal.ui.invoices.InvoicesViewTest.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import io.invoiceportal.core.export.ExporterCatalog;
import io.invoiceportal.core.invoice.InvoiceQuery;
import io.invoiceportal.core.invoice.InvoiceQuery.Sort;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.invoice.InvoiceSummary;
import io.invoiceportal.core.tenant.SettingsRequest;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.testing.PortalUiTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvoiceDownloadsTest extends PortalUiTest {

    /** A real exporter that writes "{format} {number} {total}" as text (a PDF for pdf); the CSV of A-013 fails half-way. */
    private record TextExporter(String id, String name, String fileExtension) implements InvoiceExporter {
        TextExporter(String id, String name) {
            this(id, name, id);
        }

        @Override
        public String displayName(Locale locale) {
            return name;
        }

        @Override
        public String mediaType() {
            return id.equals("pdf") ? "application/pdf" : "text/plain; charset=UTF-8";
        }

        @Override
        public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws IOException, ExportException {
            out.write((id + " " + invoice.invoiceNumber() + " " + invoice.totals().payable()).getBytes(StandardCharsets.UTF_8));
            if (id.equals("csv") && invoice.invoiceNumber().equals("A-013")) {
                throw new ExportException("no CSV for A-013");
            }
        }
    }

    @Override
    protected ExporterCatalog exporters() {
        return new ExporterCatalog() {
            @Override
            public List<InvoiceExporter> exporters() {
                return List.of(new TextExporter("pdf", "PDF"), new TextExporter("xml", "XML"),
                        new TextExporter("csv", "Factuur als CSV"), new TextExporter("ubl", "UBL"),
                        new TextExporter("einvoice", "E-factuur", "xml"));
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
            mine.add(invoice(String.format("A-%03d", i), "C-1", LocalDate.of(2026, 1, 1).plusDays(i), "Energie", "10.00"));
        }
        invoiceService.publishAll(tenant, mine, "test");
        signIn(tenant, "korenschoof", "Factuur2026");
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
    }

    @SuppressWarnings("unchecked")
    private static Grid<InvoiceSummary> grid() {
        return _get(Grid.class);
    }

    private static Anchor hiddenFile() {
        return _get(Anchor.class, spec -> spec.withClasses("download-file"));
    }

    private static void download() {
        _click(_get(Button.class, spec -> spec.withText("Downloaden")));
    }

    @SuppressWarnings("unchecked")
    private static void chooseFormat(String label) {
        Select<InvoiceExporter> format = _get(Select.class, spec -> spec.withLabel("Download opties"));
        _setValue(format, format.getListDataView().getItems().filter(e -> e.displayName(Locale.ROOT).equals(label))
                .findFirst().orElseThrow());
    }

    /** Ticks the checkbox of this row, as a click on it does (Karibu's _selectRow would untick the others). */
    private static void tick(int row) {
        grid().getSelectionModel().selectFromClient(GridKt._get(grid(), row));
    }

    /**
     * Clicks the download icon of a row as the browser does: the grid tells the server the invoice
     * number the icon carries.
     */
    private static void clickRowIcon(int row) {
        String number = rowIcon(row).attr("data-invoice");
        assertThat(number).isNotBlank();
        ElementUtilsKt._fireDomEvent(grid().getElement(), new DomEvent(grid().getElement(), InvoiceGrid.DOWNLOAD_EVENT,
                JacksonUtils.createObjectNode().put("event.detail", number)));
    }

    private static org.jsoup.nodes.Element rowIcon(int row) {
        return GridCells.cell(grid(), row, "download");
    }

    private static boolean clickedFromServer() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .anyMatch(js -> js.getExpression().contains(".click()")
                        && js.getParameters().get(0).equals(hiddenFile().getElement()));
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static String readIcon(int row) {
        return GridCells.cell(grid(), row, "read").attr("aria-label");
    }

    private List<String> readInDatabase() {
        return customerInvoices.list(tenant, UiServices.current().sessions().current(tenant).orElseThrow(),
                new InvoiceQuery(true, null, null, null, null, Sort.INVOICE_NUMBER, true, 0, 100))
                .items().stream().map(InvoiceSummary::invoiceNumber).toList();
    }

    /** The format select offers the tenant's formats by their display names, the first one chosen. */
    @Test
    void formatsAreTheTenantsOwn() {
        Select<?> format = _get(Select.class, spec -> spec.withLabel("Download opties"));
        assertThat(format.getListDataView().getItems().map(e -> ((InvoiceExporter) e).displayName(Locale.ROOT)))
                .containsExactly("PDF", "XML", "Factuur als CSV");
        assertThat(((InvoiceExporter) format.getValue()).id()).isEqualTo("pdf");
    }

    /** Downloading with no row ticked says so next to the button and in a notification, and starts nothing. */
    @Test
    void nothingSelectedGivesMessageAndNoDownload() {
        download();

        assertThat(_get(Span.class, spec -> spec.withClasses("download-message")).getText())
                .isEqualTo("Er is geen factuur geselecteerd.");
        NotificationsKt.expectNotifications("Er is geen factuur geselecteerd.");
        assertThat(hiddenFile().getHref()).isEmpty();
        assertThat(clickedFromServer()).isFalse();
        assertThat(readInDatabase()).isEmpty();
    }

    /** One ticked row downloads that invoice's own file in the chosen format, named {number}.{ext}. */
    @Test
    void oneSelectedDownloadsItsFile() {
        tick(1);
        chooseFormat("Factuur als CSV");

        download();

        assertThat(clickedFromServer()).isTrue();
        assertThat(hiddenFile().getElement().getAttribute("download")).isEqualTo("A-029.csv");
        assertThat(new String(DownloadKt._download(hiddenFile()), StandardCharsets.UTF_8)).isEqualTo("csv A-029 12.10");
        assertThat(readInDatabase()).containsExactly("A-029");
    }

    /**
     * Several ticked rows download one ZIP named "Facturen {company} {yyyy-MM-dd HHmm}.zip" (the
     * tenant's time) with one {number}.{ext} per invoice.
     */
    @Test
    void severalSelectedDownloadOneZip() throws IOException {
        tick(0);
        tick(2);
        chooseFormat("XML");

        download();

        String stamp = clock.instant().atZone(ZoneId.of("Europe/Amsterdam")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HHmm"));
        assertThat(hiddenFile().getElement().getAttribute("download"))
                .isEqualTo("Facturen " + tenant.name() + " " + stamp + ".zip");
        assertThat(unzip(DownloadKt._download(hiddenFile())))
                .containsExactly(Map.entry("A-030.xml", "xml A-030 12.10"), Map.entry("A-028.xml", "xml A-028 12.10"));
    }

    /** The header checkbox ticks exactly the rows of the page on screen, and a new page starts with none ticked. */
    @Test
    void selectAllTicksThePageOnly() {
        GridKt._selectAll(grid());

        assertThat(grid().getSelectedItems()).extracting(InvoiceSummary::invoiceNumber)
                .containsExactlyInAnyOrderElementsOf(GridKt._fetch(grid(), 0, 25).stream().map(InvoiceSummary::invoiceNumber).toList())
                .hasSize(25).doesNotContain("A-005");

        _click(_get(Button.class, spec -> spec.withClasses("next")));

        assertThat(grid().getSelectedItems()).isEmpty();
    }

    /** The download icon of a row gives a ZIP "Factuur {company} {number}.zip" with that invoice in PDF, XML and CSV. */
    @Test
    void rowIconDownloadsAllFormats() throws IOException {
        org.jsoup.nodes.Element icon = rowIcon(0);
        assertThat(icon.attr("aria-label")).contains("Download PDF, XML en CSV");

        clickRowIcon(0);

        assertThat(clickedFromServer()).isTrue();
        assertThat(hiddenFile().getElement().getAttribute("download")).isEqualTo("Factuur " + tenant.name() + " A-030.zip");
        assertThat(unzip(DownloadKt._download(hiddenFile()))).containsOnlyKeys("A-030.pdf", "A-030.xml", "A-030.csv")
                .containsEntry("A-030.csv", "csv A-030 12.10");
    }

    /** The row's ZIP holds every format the tenant enables, in its order, and the icon says which. */
    @Test
    void rowIconFollowsTheTenantsFormats() throws IOException {
        tenants.updateSettings(tenant, new SettingsRequest(List.of("ubl", "pdf"), null, null, null, null, null, null, null),
                Set.of("pdf", "xml", "csv", "ubl"), Set.of("email"), Map.of());
        navigate("t/" + tenant.slug() + "/invoices");

        assertThat(rowIcon(0).attr("aria-label")).contains("Download UBL en PDF");
        clickRowIcon(0);
        assertThat(unzip(DownloadKt._download(hiddenFile()))).containsOnlyKeys("A-030.ubl", "A-030.pdf");
    }

    /**
     * A format with the same extension as an earlier one (an e-invoice in XML after the portal's XML)
     * is named in the icon's label, kept in the row's ZIP under its own name, and offered for the selection.
     */
    @Test
    void formatsSharingAnExtensionAreAllOffered() throws IOException {
        tenants.updateSettings(tenant, new SettingsRequest(List.of("pdf", "xml", "einvoice"), null, null, null, null, null,
                null, null), Set.of("pdf", "xml", "csv", "ubl", "einvoice"), Set.of("email"), Map.of());
        navigate("t/" + tenant.slug() + "/invoices");

        assertThat(rowIcon(0).attr("aria-label")).contains("Download PDF, XML en E-factuur");
        clickRowIcon(0);
        assertThat(unzip(DownloadKt._download(hiddenFile()))).containsOnlyKeys("A-030.pdf", "A-030.xml", "A-030-einvoice.xml")
                .containsEntry("A-030-einvoice.xml", "einvoice A-030 12.10");

        tick(0);
        tick(1);
        chooseFormat("E-factuur");
        _click(_get(Button.class, spec -> spec.withText("Downloaden")));
        assertThat(unzip(DownloadKt._download(hiddenFile()))).containsOnlyKeys("A-030.xml", "A-029.xml")
                .containsEntry("A-029.xml", "einvoice A-029 12.10");
    }

    /** Downloads show the rows as read at once and mark them read for the account. */
    @Test
    void downloadsMarkRowsRead() {
        tick(0);
        download();
        DownloadKt._download(hiddenFile());
        clickRowIcon(3);
        DownloadKt._download(hiddenFile());

        assertThat(readIcon(0)).isEqualTo("Gelezen");
        assertThat(readIcon(3)).isEqualTo("Gelezen");
        assertThat(readIcon(1)).isEqualTo("Ongelezen");
        assertThat(grid().getSelectedItems()).extracting(InvoiceSummary::invoiceNumber).containsExactly("A-030");
        assertThat(readInDatabase()).containsExactlyInAnyOrder("A-030", "A-027");
    }

    /**
     * A file that fails half-way (here the CSV of A-013) sends nothing, marks none of its invoices
     * read and says why next to the download button.
     */
    @Test
    void failedDownloadsMarkNothing() {
        tick(16);
        tick(17);
        chooseFormat("Factuur als CSV");
        download();
        assertThat(DownloadKt._download(hiddenFile())).isEmpty();
        MockVaadin.clientRoundtrip();
        assertThat(_get(Span.class, spec -> spec.withClasses("download-message")).getText())
                .startsWith("Dit bestand kon niet worden gemaakt: ");

        clickRowIcon(17);
        assertThat(DownloadKt._download(hiddenFile())).isEmpty();

        assertThat(readInDatabase()).isEmpty();
    }

    /**
     * An English user gets the download controls, the message and the date range in English; the
     * end of the range is named as fully as its start (not a bare "to").
     */
    @Test
    void englishUserSeesEnglish() {
        Tenant english = newTenant("en");
        activeCustomer(english, "E-1", "northwind", "Invoice2026");
        invoiceService.publishAll(english, List.of(invoice("E-001", "E-1", LocalDate.of(2026, 1, 1), "Rent", "5.00")), "test");
        UiServices.current().sessions().login(english, "northwind", "Invoice2026");
        navigate("t/" + english.slug() + "/invoices");

        _get(Select.class, spec -> spec.withLabel("Download options"));
        _get(DatePicker.class, spec -> spec.withLabel("Invoice date from"));
        _get(DatePicker.class, spec -> spec.withLabel("Invoice date to"));
        _click(_get(Button.class, spec -> spec.withText("Download")));

        assertThat(_get(Span.class, spec -> spec.withClasses("download-message")).getText()).isEqualTo("No invoice selected.");
        assertThat(rowIcon(0).attr("aria-label")).contains("Download PDF, XML and CSV");
    }
}
