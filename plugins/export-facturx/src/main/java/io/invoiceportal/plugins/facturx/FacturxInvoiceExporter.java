package io.invoiceportal.plugins.facturx;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.TenantView;
import io.invoiceportal.plugins.pdf.PdfInvoiceExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.xml.stream.XMLStreamException;
import org.pf4j.Extension;

/**
 * An invoice as Factur-X 1.07 / ZUGFeRD 2.x in the profile EN 16931: the branded PDF of the PDF
 * plugin (its layout, bundled in this jar), made PDF/A-3b, with the invoice as CII XML embedded as
 * {@code factur-x.xml}. Stateless: every call renders its own document.
 */
@Extension
public class FacturxInvoiceExporter implements InvoiceExporter {

    private final PdfInvoiceExporter layout = new PdfInvoiceExporter();

    @Override
    public String id() {
        return "facturx";
    }

    @Override
    public String displayName(Locale locale) {
        return texts(locale).getString("displayName");
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public List<String> missingData(TenantView tenant, CustomerView customer) {
        return MissingTerms.ofParties(tenant.seller(), customer.party());
    }

    @Override
    public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws ExportException, IOException {
        List<String> missing = MissingTerms.ofInvoice(invoice);
        if (!missing.isEmpty()) {
            String message = MessageFormat.format(texts(context.locale()).getString("incomplete"),
                    invoice.invoiceNumber(), String.join(", ", missing));
            throw new ExportException(message, missing);
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        layout.export(invoice, context, pdf);
        byte[] xml;
        try {
            xml = CiiInvoice.write(invoice);
        } catch (XMLStreamException e) {
            throw new ExportException("Invoice " + invoice.invoiceNumber() + " could not be written as CII XML", e);
        }
        // written to memory first: a failure half-way must not leave half a file in the caller's stream
        ByteArrayOutputStream facturx = new ByteArrayOutputStream(pdf.size() + xml.length + 16 * 1024);
        try {
            PdfA3.write(pdf.toByteArray(), xml, facturx);
        } catch (IOException | RuntimeException e) {
            // only memory is written here: an IOException is the conversion's, not the caller's stream's
            throw new ExportException("Invoice " + invoice.invoiceNumber() + " could not be made a Factur-X PDF", e);
        }
        facturx.writeTo(out);
    }

    private static ResourceBundle texts(Locale locale) {
        Locale language = "nl".equals(locale.getLanguage()) ? locale : Locale.ENGLISH;
        return ResourceBundle.getBundle("i18n.facturx", language, FacturxInvoiceExporter.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
