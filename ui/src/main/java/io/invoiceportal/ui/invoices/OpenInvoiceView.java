package io.invoiceportal.ui.invoices;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.access.Visit;
import io.invoiceportal.ui.layout.Notice;
import io.invoiceportal.ui.layout.PortalPage;
import java.util.Optional;

/**
 * The target of the link in a new-invoice e-mail. After login (the guard asks for it and comes
 * back here) the browser is sent on to the PDF, which the REST API serves and marks read. A number
 * that is not the user's (another customer's, another tenant's, or none) gets a friendly message.
 * Embedded, it offers the PDF as a download instead: a new tab would not have the iframe's
 * (partitioned) session cookie.
 */
@Route("t/:tenant/invoices/:invoiceNumber")
@RouteAlias("t/:tenant/embed/invoices/:invoiceNumber")
@RouteAlias("invoices/:invoiceNumber")
public class OpenInvoiceView extends PortalPage {

    public OpenInvoiceView() {
        super(FORM_WIDTH);
    }

    /** The PDF of the signed-in user's invoice, served by {@code MyInvoicesResource} on the same origin. */
    static String pdfUrl(String tenantSlug, String invoiceNumber) {
        return "/api/v1/tenants/" + tenantSlug + "/me/invoices/" + invoiceNumber + "/pdf";
    }

    @Override
    protected void render(Visit visit, BeforeEnterEvent event) {
        String number = event.getRouteParameters().get("invoiceNumber").orElse("");
        Optional<Invoice> invoice = UiServices.current().invoices().find(visit.tenant(), visit.signedIn(), number);
        RouterLink toList = visit.link(getTranslation("invoices.toList"), InvoicesView.class, "invoices");
        toList.addClassName("to-invoices");
        if (invoice.isEmpty()) {
            heading(getTranslation("invoices.notFound.title"), visit);
            addContent(Notice.error(getTranslation("invoices.notFound.text", number)), toList);
            return;
        }
        String url = pdfUrl(visit.tenant().slug(), invoice.get().invoiceNumber());
        heading(getTranslation("invoices.opening.title", invoice.get().invoiceNumber()), visit);
        Anchor pdf = new Anchor(url, getTranslation("invoices.opening.link"));
        pdf.setRouterIgnore(true);
        pdf.addClassName("invoice-pdf");
        if (visit.embedded()) {
            // in a partner's iframe the PDF is saved from the frame, which holds the embedded session's cookie
            pdf.getElement().setAttribute("download", invoice.get().invoiceNumber() + ".pdf");
            addContent(pdf, toList);
            return;
        }
        addContent(new Paragraph(getTranslation("invoices.opening.text")), pdf, toList);
        // replace, not assign: the browser's Back button then skips this page instead of opening the PDF again
        event.getUI().getPage().executeJs("window.location.replace($0)", url);
    }
}
