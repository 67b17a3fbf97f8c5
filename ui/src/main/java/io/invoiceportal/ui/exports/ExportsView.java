package io.invoiceportal.ui.exports;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.core.exportjob.ExportJobService;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.invoices.InvoicesView;
import io.invoiceportal.ui.layout.PortalPage;

/**
 * The customer's export jobs (the link of the export-ready e-mail): state, progress, expiry and the
 * download of each finished ZIP. Jobs are made on the invoice list.
 */
@Route("t/:tenant/exports")
@RouteAlias("t/:tenant/embed/exports")
@RouteAlias("exports")
public class ExportsView extends PortalPage {

    public ExportsView() {
        super("1200px");
    }

    @Override
    protected void render(Visit visit, BeforeEnterEvent event) {
        heading(getTranslation("exports.title"), visit);
        RouterLink back = visit.link(getTranslation("profile.toInvoices"), InvoicesView.class, "invoices");
        addContent(new ExportJobsPanel(visit.tenant(), visit.signedIn(), ExportJobService.RECENT, false), back);
    }
}
