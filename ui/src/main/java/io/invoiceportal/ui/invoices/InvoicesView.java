package io.invoiceportal.ui.invoices;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.exportjob.ExportJob;
import io.invoiceportal.core.exportjob.ExportJobRefused;
import io.invoiceportal.core.exportjob.ExportJobService;
import io.invoiceportal.core.exportjob.ExportRequest;
import io.invoiceportal.core.invoice.CustomerInvoiceService;
import io.invoiceportal.core.invoice.InvoicePage;
import io.invoiceportal.core.invoice.InvoiceQuery;
import io.invoiceportal.core.invoice.InvoiceQuery.Sort;
import io.invoiceportal.core.invoice.InvoiceSummary;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.exports.ExportJobsPanel;
import io.invoiceportal.ui.exports.ExportsView;
import io.invoiceportal.ui.layout.PortalPage;
import io.invoiceportal.ui.profile.ProfileView;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Facturenscherm, the page after login: the customer's invoices with filters above and paging
 * below. Every change (filters, header click, page, page size) asks the service for exactly one
 * page; clicking an invoice number opens its PDF and shows the row as read. Ticked rows download in
 * the format chosen under "Download opties"; the icon at the end of a row downloads that invoice
 * in every format the portal offers.
 */
@Route("t/:tenant/invoices")
@RouteAlias("t/:tenant/embed/invoices")
@RouteAlias("invoices")
public class InvoicesView extends PortalPage {

    private Tenant tenant;
    private SignedIn user;
    private InvoiceFilters filters;
    private InvoiceGrid grid;
    private Pager pager;
    private DownloadOptions options;
    private AllMatchingBanner allMatching;
    private ExportJobsPanel exportJobs;
    private int onPage;
    private long total;
    private boolean totalIsExact = true;
    private InvoiceFilters.Criteria criteria = InvoiceFilters.Criteria.ALL;
    private Sort sort = Sort.ISSUE_DATE;
    private boolean ascending;

    public InvoicesView() {
        super("1200px");
    }

    @Override
    protected void render(Visit visit, BeforeEnterEvent event) {
        tenant = visit.tenant();
        user = visit.signedIn();
        criteria = InvoiceFilters.Criteria.ALL;
        sort = Sort.ISSUE_DATE;
        ascending = false;
        heading(getTranslation("invoices.title"), visit);
        addContent(greeting(visit));
        filters = new InvoiceFilters(this::search);
        Downloads downloads = new Downloads(tenant, user);
        ExportService exports = UiServices.current().exports();
        grid = new InvoiceGrid(tenant.slug(), getLocale(), this::sort, this::opened,
                invoice -> options.start(downloads.bundle(invoice.invoiceNumber()), List.of(invoice.invoiceNumber())),
                bundleLabel(exports.formats(tenant)), visit.embedded());
        grid.getColumnByKey("download").setVisible(!exports.bundleFormats(tenant).isEmpty());
        options = new DownloadOptions(exports.formats(tenant), getLocale(), grid::selectedNumbers,
                downloads, grid::markRead);
        allMatching = new AllMatchingBanner();
        options.whenAllMatching(allMatching::allMatching, this::exportAll);
        grid.addSelectionListener(selected -> {
            options.selectionChanged();
            allMatching.update(selected.getAllSelectedItems().size(), onPage, total, totalIsExact);
        });
        pager = new Pager(this::load);
        exportJobs = new ExportJobsPanel(tenant, user, 3, true);
        RouterLink allExports = visit.link(getTranslation("exports.all"), ExportsView.class, "exports");
        exportJobs.add(allExports);
        addContent(filters, options, allMatching, grid, pager, exportJobs);
        load();
    }

    /**
     * "Download PDF, XML en CSV": the files of a row's ZIP by their extensions, in the portal's order;
     * a format whose extension an earlier one already has (UBL after XML) by its display name.
     */
    private String bundleLabel(List<InvoiceExporter> formats) {
        Set<String> extensions = new HashSet<>();
        List<String> names = formats.stream()
                .map(e -> extensions.add(e.fileExtension().toUpperCase(Locale.ROOT))
                        ? e.fileExtension().toUpperCase(Locale.ROOT) : e.displayName(getLocale()))
                .toList();
        String list = names.size() < 2 ? String.join("", names)
                : getTranslation("invoices.formatList", String.join(", ", names.subList(0, names.size() - 1)),
                        names.getLast());
        return getTranslation("invoices.rowDownload", list);
    }

    private Paragraph greeting(Visit visit) {
        RouterLink profile = visit.link(getTranslation("invoices.changePassword"), ProfileView.class, "profile");
        profile.addClassName("change-password");
        // a link inside running text is told apart by more than colour (WCAG 1.4.1, axe link-in-text-block)
        profile.getStyle().set("text-decoration", "underline");
        Paragraph who = new Paragraph(getTranslation("invoices.welcome", user.companyName()) + " "
                + getTranslation("invoices.signedInAs", user.login(), user.customerNumber()) + " ");
        who.add(profile);
        who.addClassName("signed-in-as");
        who.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("margin-top", "0");
        return who;
    }

    private void search(InvoiceFilters.Criteria newCriteria) {
        criteria = newCriteria;
        pager.reset();
        load();
    }

    private void sort(Sort newSort, boolean newAscending) {
        sort = newSort;
        ascending = newAscending;
        pager.reset();
        load();
    }

    /** Asks the service for the current page; a page past the end (the list shrank) becomes the last one. */
    private void load() {
        CustomerInvoiceService invoices = UiServices.current().invoices();
        try {
            InvoicePage result = invoices.list(tenant, user, query(pager.page()));
            if (result.items().isEmpty() && result.page() > 0 && result.total() > 0) {
                int lastPage = (int) ((result.total() - 1) / result.size());
                result = invoices.list(tenant, user, query(lastPage));
            }
            onPage = result.items().size();
            total = result.total();
            totalIsExact = result.totalIsExact();
            grid.show(result.items());
            pager.show(result);
        } catch (ValidationException e) {
            filters.show(e).forEach(error -> Notification.show(getTranslation(error.message(), error.args().toArray())));
        }
    }

    /**
     * "Select all invoices that match the filter", then download: an export job of the whole
     * filter in the chosen format; the panel below the list shows its progress while the user
     * keeps working.
     */
    private void exportAll(InvoiceExporter format) {
        ExportJobService jobs = UiServices.current().exportJobs();
        try {
            ExportJob job = jobs.create(tenant, user, new ExportRequest(List.of(format.id()), new ExportRequest.Filter(
                    criteria.read() == null ? null : criteria.read().toString(), criteria.number(),
                    criteria.from() == null ? null : criteria.from().toString(),
                    criteria.to() == null ? null : criteria.to().toString(), criteria.category()), null),
                    UiServices.current().sessions().origin());
            grid.deselectAll();
            Notification.show(getTranslation("exports.started", job.total()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ExportJobRefused e) {
            Notification.show(getTranslation("exports.tooMany"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (ValidationException e) {
            e.errors().forEach(error -> Notification.show(getTranslation(error.message(), error.args().toArray()),
                    8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
        exportJobs.refresh();
    }

    private InvoiceQuery query(int page) {
        return new InvoiceQuery(criteria.read(), criteria.number(), criteria.from(), criteria.to(), criteria.category(),
                sort, ascending, page, pager.size());
    }

    /**
     * The browser opens the PDF in a new tab from the REST API, whose {@code open} marks it read once
     * it is written; the row shows it as read at once.
     */
    private void opened(InvoiceSummary invoice) {
        grid.markRead(List.of(invoice.invoiceNumber()));
    }
}
