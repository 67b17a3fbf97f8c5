package io.invoiceportal.ui.invoices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.provider.SortDirection;
import io.invoiceportal.core.invoice.DocumentType;
import io.invoiceportal.core.invoice.InvoiceQuery.Sort;
import io.invoiceportal.core.invoice.InvoiceSummary;
import io.invoiceportal.ui.layout.ComponentTexts;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One page of the customer's invoices. The grid holds only the rows of the page the view hands it
 * (at most 100), so nothing else reaches the browser; a click on a column header does not sort
 * those rows but asks the view to query again in that order.
 */
@Uses(Button.class) // the web components the cells' templates use
@Uses(Icon.class)
@JsModule("@vaadin/tooltip/src/vaadin-tooltip.js")
class InvoiceGrid extends Grid<InvoiceSummary> {

    interface SortListener {
        void sorted(Sort sort, boolean ascending);
    }

    /**
     * Resolves once the grid has made its sort buttons. From then on the columns are fitted again
     * whenever a sort arrow changes size: Lumo styles the arrows a moment after they appear, and the
     * widths measured before that cut the header texts off.
     */
    private static final String WHEN_SORTERS_MADE = """
            return new Promise(resolve => {
              const check = () => {
                const sorters = [...this.querySelectorAll('vaadin-grid-sorter')];
                if (sorters.length === 0) { requestAnimationFrame(check); return; }
                const refit = new ResizeObserver(() => this.recalculateColumnWidths());
                sorters.forEach(sorter => refit.observe(sorter.shadowRoot.querySelector('[part=indicators]')));
                resolve();
              };
              check();
            });""";

    /**
     * A click on a row's download icon or invoice number reaches the server as an event of the grid
     * ({@value #DOWNLOAD_EVENT}, {@value #OPEN_EVENT}) with the invoice number the cell carries: the
     * grid element stays while its rows are shown again (the default order set after the page load, a
     * row shown as read), so a click in between is never addressed to something the server has
     * already replaced (it was, with a component per cell, and such clicks were lost).
     */
    static final String DOWNLOAD_EVENT = "invoice-download";
    static final String OPEN_EVENT = "invoice-open";
    private static final String ROW_ACTIONS = """
            if (this.$invoiceRowActions) { return; }
            this.$invoiceRowActions = true;
            const tell = (event, selector, name) => {
              const hit = event.composedPath().find(node => node instanceof Element && node.matches(selector));
              if (hit && hit.dataset.invoice) {
                this.dispatchEvent(new CustomEvent(name, { detail: hit.dataset.invoice }));
              }
            };
            this.addEventListener('click', event => {
              tell(event, '.invoice-download', 'invoice-download');
              tell(event, 'a.invoice-number', 'invoice-open');
            });
            this.addEventListener('auxclick', event => {
              if (event.button === 1) { tell(event, 'a.invoice-number', 'invoice-open'); }
            });""";

    /*
     * The cells are Lit templates, not a server-side component each: a page of 100 rows would
     * otherwise hold some 500 components in the session. The values go to the browser as the rows'
     * properties (Lit escapes them).
     */
    /** Read or not: an envelope, open or closed, named for screen readers. */
    private static final String STATUS = "<vaadin-icon class=\"${item.readClass}\" role=\"img\" icon=\"${item.readIcon}\""
            + " aria-label=\"${item.readLabel}\" title=\"${item.readLabel}\" style=\"width: var(--lumo-icon-size-s);"
            + " height: var(--lumo-icon-size-s); fill: ${item.readColor}; color: ${item.readColor}\"></vaadin-icon>";
    /**
     * The invoice number as a link to the PDF (served by the REST API, which marks it read) in a new
     * tab; the click also tells the server here ({@link #OPEN_EVENT}), so the row shows it as opened at once.
     */
    private static final String NUMBER_IN_TAB = "<a class=\"invoice-number\" href=\"${item.pdf}\" target=\"_blank\""
            + " rel=\"noopener\" router-ignore data-invoice=\"${item.number}\" title=\"${item.openTitle}\""
            + " style=\"font-weight: ${item.weight}\">${item.number}</a>";
    /** As {@link #NUMBER_IN_TAB}, saving the PDF instead (embedded). */
    private static final String NUMBER_SAVED = "<a class=\"invoice-number\" href=\"${item.pdf}\" download=\"${item.pdfName}\""
            + " rel=\"noopener\" router-ignore data-invoice=\"${item.number}\" title=\"${item.openTitle}\""
            + " style=\"font-weight: ${item.weight}\">${item.number}</a>";
    /** The "Soort" / "Type" cell: a "Creditnota" / "Credit note" badge for a credit note, empty for an invoice. */
    private static final String TYPE = "<span class=\"${item.typeClass}\" style=\"${item.typeStyle}\">${item.typeText}</span>";
    private static final String BADGE_STYLE = "padding: 0 var(--lumo-space-xs); border-radius: var(--lumo-border-radius-s);"
            + " font-size: var(--lumo-font-size-s); font-weight: 600; color: var(--lumo-body-text-color);"
            + " background: var(--lumo-contrast-10pct); white-space: nowrap";
    /** The download icon of a row: the server starts the download ({@link #DOWNLOAD_EVENT}), as it does for the ticked rows. */
    private static final String DOWNLOAD = "<vaadin-button theme=\"tertiary-inline icon\" class=\"invoice-download\""
            + " data-invoice=\"${item.number}\" aria-label=\"${item.downloadLabel}\">"
            + "<vaadin-icon icon=\"vaadin:download\"></vaadin-icon>"
            + "<vaadin-tooltip slot=\"tooltip\" text=\"${item.downloadLabel}\"></vaadin-tooltip></vaadin-button>";

    private final String tenantSlug;
    private final Consumer<InvoiceSummary> onOpen;
    private final Map<Column<InvoiceSummary>, Sort> sorts = new HashMap<>();
    private List<InvoiceSummary> rows = List.of();
    private boolean resendingSortOrder;
    private final Consumer<InvoiceSummary> onDownload;
    // rows are identified by number, so a ticked row stays ticked when it is shown as read
    private final CallbackDataProvider<InvoiceSummary, Void> page = new CallbackDataProvider<>(
            query -> rows.stream().skip(query.getOffset()).limit(query.getLimit()), query -> rows.size(),
            InvoiceSummary::invoiceNumber);

    /**
     * @param onDownload asked for the ZIP of one invoice in all formats, by the download icon of its row
     * @param rowDownloadLabel what that icon is called (it names the formats)
     * @param downloadPdfs whether an invoice number saves its PDF (in a partner's iframe, whose
     *     partitioned session cookie a new tab would not have) instead of opening it in a new tab
     */
    InvoiceGrid(String tenantSlug, Locale locale, SortListener onSort, Consumer<InvoiceSummary> onOpen,
            Consumer<InvoiceSummary> onDownload, String rowDownloadLabel, boolean downloadPdfs) {
        super(InvoiceSummary.class, false);
        this.tenantSlug = tenantSlug;
        this.onOpen = onOpen;
        this.onDownload = onDownload;
        addClassName("invoice-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setMultiSort(false);
        setEmptyStateText(getTranslation("invoices.none"));
        setItems(page);
        setSelectionMode(SelectionMode.MULTI);
        // the data provider holds one page, so "all" is the rows on screen
        ((GridMultiSelectionModel<InvoiceSummary>) getSelectionModel())
                .setSelectAllCheckboxVisibility(GridMultiSelectionModel.SelectAllCheckboxVisibility.VISIBLE);

        // every column is as wide as its widest cell or header, so nothing is cut off in either
        // language; the description takes the rest and wraps
        sortable(addColumn(LitRenderer.<InvoiceSummary>of(STATUS)
                .withProperty("readClass", i -> i.read() ? "invoice-read" : "invoice-unread")
                .withProperty("readIcon", i -> i.read() ? "vaadin:envelope-open" : "vaadin:envelope")
                .withProperty("readLabel", i -> getTranslation(i.read() ? "invoices.read" : "invoices.unread"))
                .withProperty("readColor", i -> i.read() ? "var(--lumo-secondary-text-color)" : "var(--lumo-primary-color)"))
                .setKey("read").setHeader(getTranslation("invoices.column.status")).setTextAlign(ColumnTextAlign.CENTER),
                Sort.READ);
        sortable(addColumn(LitRenderer.<InvoiceSummary>of(downloadPdfs ? NUMBER_SAVED : NUMBER_IN_TAB)
                .withProperty("number", InvoiceSummary::invoiceNumber)
                .withProperty("pdf", i -> OpenInvoiceView.pdfUrl(tenantSlug, i.invoiceNumber()))
                .withProperty("pdfName", i -> i.invoiceNumber() + ".pdf")
                .withProperty("openTitle", i -> getTranslation("invoices.open", i.invoiceNumber()))
                .withProperty("weight", i -> i.read() ? "inherit" : "600"))
                .setKey("invoiceNumber").setHeader(getTranslation("invoices.column.number")), Sort.INVOICE_NUMBER);
        addColumn(LitRenderer.<InvoiceSummary>of(TYPE)
                .withProperty("typeClass", i -> creditNote(i) ? "credit-note-badge" : "")
                .withProperty("typeStyle", i -> creditNote(i) ? BADGE_STYLE : "")
                .withProperty("typeText", i -> creditNote(i) ? getTranslation("invoices.creditNote") : ""))
                .setKey("documentType").setHeader(getTranslation("invoices.column.type")).setAutoWidth(true).setFlexGrow(0);
        Column<InvoiceSummary> issued = sortable(addColumn(i -> InvoiceFormats.date(i.issueDate(), locale)).setKey("issueDate")
                .setHeader(getTranslation("invoices.column.issueDate")), Sort.ISSUE_DATE);
        sortable(addColumn(i -> InvoiceFormats.date(i.dueDate(), locale)).setKey("dueDate")
                .setHeader(getTranslation("invoices.column.dueDate")), Sort.DUE_DATE);
        // a category wraps as the description does, so long ones ("Algemene doorbelastingen") leave room
        // for the amount and the download icon on a laptop screen
        sortable(addColumn(LitRenderer.<InvoiceSummary>of("<span style=\"white-space: normal\">${item.category}</span>")
                .withProperty("category", InvoiceSummary::category)).setKey("category")
                .setHeader(getTranslation("invoices.column.category")), Sort.CATEGORY).setAutoWidth(false).setWidth("11em");
        addColumn(LitRenderer.<InvoiceSummary>of("<span style=\"white-space: normal\">${item.description}</span>")
                .withProperty("description", InvoiceSummary::description)).setKey("description")
                .setHeader(getTranslation("invoices.column.description")).setWidth("10em").setFlexGrow(1);
        sortable(addColumn(i -> InvoiceFormats.money(i.totalAmount(), i.currency(), locale)).setKey("totalAmount")
                .setHeader(getTranslation("invoices.column.amount")).setTextAlign(ColumnTextAlign.END), Sort.TOTAL_AMOUNT);
        // frozen to the end: when the columns are wider than the screen (long categories, a tenant's wider
        // font) the grid scrolls sideways, and the row's download icon stays in sight
        addColumn(LitRenderer.<InvoiceSummary>of(DOWNLOAD).withProperty("number", InvoiceSummary::invoiceNumber)
                .withProperty("downloadLabel", i -> rowDownloadLabel)).setKey("download").setWidth("3.5em").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.CENTER).setFrozenToEnd(true);
        ComponentTexts.grid(this);

        sort(GridSortOrder.desc(issued).build());
        addAttachListener(attach -> getElement().executeJs(WHEN_SORTERS_MADE).then(made -> resendSortOrder()));
        addAttachListener(attach -> getElement().executeJs(ROW_ACTIONS));
        getElement().addEventListener(DOWNLOAD_EVENT, event -> row(event.getEventData().path("event.detail").asString())
                .ifPresent(onDownload)).addEventData("event.detail");
        getElement().addEventListener(OPEN_EVENT, event -> row(event.getEventData().path("event.detail").asString())
                .ifPresent(onOpen)).addEventData("event.detail");
        addSortListener(event -> {
            if (resendingSortOrder) {
                return;
            }
            if (event.getSortOrder().isEmpty()) {
                onSort.sorted(Sort.ISSUE_DATE, false); // the third click on a header: back to the default order
                return;
            }
            GridSortOrder<InvoiceSummary> order = event.getSortOrder().get(0);
            onSort.sorted(sorts.get(order.getSorted()), order.getDirection() == SortDirection.ASCENDING);
        });
    }

    /** The row of this invoice number on the page, if any. */
    private Optional<InvoiceSummary> row(String invoiceNumber) {
        return rows.stream().filter(i -> i.invoiceNumber().equals(invoiceNumber)).findFirst();
    }

    /** Shows these rows, in the order the service returned them, none of them ticked. */
    void show(List<InvoiceSummary> invoices) {
        deselectAll();
        rows = List.copyOf(invoices);
        page.refreshAll();
        recalculateColumnWidths();
    }

    /**
     * On a page load Vaadin sends the sort arrow before the grid has made its sort buttons, so the
     * arrow of the default order would be missing. Vaadin sends an order only when it changes, hence
     * the detour through no order.
     */
    private void resendSortOrder() {
        List<GridSortOrder<InvoiceSummary>> order = List.copyOf(getSortOrder());
        resendingSortOrder = true;
        try {
            sort(List.of());
            sort(order);
        } finally {
            resendingSortOrder = false;
        }
    }

    /** The numbers of the ticked rows, in the order of the page. */
    List<String> selectedNumbers() {
        List<String> selected = getSelectedItems().stream().map(InvoiceSummary::invoiceNumber).toList();
        return rows.stream().map(InvoiceSummary::invoiceNumber).filter(selected::contains).toList();
    }

    /** Shows these invoices as opened, without asking the database again. */
    void markRead(Collection<String> invoiceNumbers) {
        rows = rows.stream().map(i -> invoiceNumbers.contains(i.invoiceNumber()) && !i.read() ? i.asRead() : i)
                .toList();
        page.refreshAll();
    }

    private Column<InvoiceSummary> sortable(Column<InvoiceSummary> column, Sort sort) {
        sorts.put(column, sort);
        return column.setSortable(true).setAutoWidth(true).setFlexGrow(0);
    }

    private static boolean creditNote(InvoiceSummary invoice) {
        return invoice.documentType() == DocumentType.CREDIT_NOTE;
    }
}
