package io.invoiceportal.core.export;

import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.audit.Actions;
import io.invoiceportal.core.audit.Origin;
import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.MessageKey;
import io.invoiceportal.core.common.NotFoundException;
import io.invoiceportal.core.invoice.CustomerInvoiceService;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.tenant.Tenant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What a signed-in customer opens or downloads, for the REST API and the screens alike: one method
 * per action. Each checks its request at once (an invoice that is not the user's, a format the
 * portal does not offer) and gives an {@link InvoiceFile}, which marks the invoices read only once
 * it has been written completely and records them in the customer's activity trail as opened
 * (shown in the browser) or downloaded, with the format, from the origin the caller gives
 * ({@link InvoiceFile#from}). This is the only place that marks invoices read.
 */
public class DownloadService {
    private static final String ZIP = "application/zip";
    /** The format of a bundle (every format the portal offers) in the activity trail. */
    public static final String BUNDLE = "bundle";

    private final CustomerInvoiceService invoices;
    private final ExportService exports;

    public DownloadService(CustomerInvoiceService invoices, ExportService exports) {
        this.invoices = invoices;
        this.exports = exports;
    }

    /**
     * The invoice's PDF to be shown in the browser (the invoice number in the list, the link in the
     * e-mail): the tenant's first format whose exporter makes a PDF.
     */
    public InvoiceFile open(Tenant tenant, SignedIn user, String invoiceNumber) {
        String format = exports.pdfFormat(tenant)
                .orElseThrow(() -> new NotFoundException("This portal offers no PDF format")).id();
        return single(tenant, user, invoiceNumber, format, true, Actions.INVOICE_OPENED);
    }

    /** The invoice in one format, to be saved: {@code {number}.{ext}}. */
    public InvoiceFile download(Tenant tenant, SignedIn user, String invoiceNumber, String format) {
        return single(tenant, user, invoiceNumber, format, false, Actions.INVOICE_DOWNLOADED);
    }

    /** The invoice in one format as the REST API serves it: a PDF is shown in the browser, other formats are saved. */
    public InvoiceFile get(Tenant tenant, SignedIn user, String invoiceNumber, String format) {
        boolean pdf = exports.format(tenant, format).filter(e -> ExportService.PDF.equals(e.mediaType())).isPresent();
        return single(tenant, user, invoiceNumber, format, pdf, pdf ? Actions.INVOICE_OPENED : Actions.INVOICE_DOWNLOADED);
    }

    /** The invoice in every format the portal offers, in the portal's order, in one ZIP. */
    public InvoiceFile bundle(Tenant tenant, SignedIn user, String invoiceNumber) {
        Invoice invoice = invoices.get(tenant, user, invoiceNumber);
        List<String> formats = exports.bundleFormats(tenant);
        if (formats.isEmpty()) {
            throw new NotFoundException("This portal offers no formats");
        }
        Locale reader = reader(user);
        return new InvoiceFile(exports.bundleName(tenant, reader, invoice.invoiceNumber()), ZIP, false,
                out -> exports.zip(tenant, List.of(invoice), formats, reader, out), marker(tenant, user, List.of(invoice), Actions.INVOICE_DOWNLOADED, BUNDLE));
    }

    /**
     * Several invoices in one format in one ZIP, one {@code {number}.{ext}} each. No invoices, too
     * many, a number that is not the user's or a format the portal does not offer is a
     * ValidationException naming the field.
     */
    public InvoiceFile export(Tenant tenant, SignedIn user, List<String> invoiceNumbers, String format) {
        Checks checks = new Checks();
        String id = checks.required("format", format, 40);
        if (id != null && exports.format(tenant, id).isEmpty()) {
            checks.add("format", MessageKey.FORMAT_NOT_OFFERED);
        }
        checks.throwIfAny();
        List<Invoice> selected = invoices.getAll(tenant, user, invoiceNumbers);
        Locale reader = reader(user);
        return new InvoiceFile(exports.archiveName(tenant, reader), ZIP, false,
                out -> exports.zip(tenant, selected, id, reader, out), marker(tenant, user, selected, Actions.INVOICE_DOWNLOADED, id));
    }

    private InvoiceFile single(Tenant tenant, SignedIn user, String invoiceNumber, String format, boolean inline,
            String action) {
        Invoice invoice = invoices.get(tenant, user, invoiceNumber);
        ExportService.Rendering rendering = exports.render(tenant, invoice, format, reader(user));
        return new InvoiceFile(rendering.fileName(), rendering.mediaType(), inline, rendering.writer()::writeTo,
                marker(tenant, user, List.of(invoice), action, format));
    }

    private Consumer<Origin> marker(Tenant tenant, SignedIn user, List<Invoice> written, String action, String format) {
        return origin -> invoices.markRead(tenant, user, written, action, format, origin);
    }

    private static Locale reader(SignedIn user) {
        return Locale.forLanguageTag(user.language());
    }
}
