package io.invoiceportal.plugins.xrechnung;

import io.invoiceportal.plugin.api.CustomerView;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.InvoiceView;
import io.invoiceportal.plugin.api.TenantView;
import io.invoiceportal.plugins.ubl.UblExport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.pf4j.Extension;

/**
 * An invoice or credit note as XRechnung 3.0 in UBL 2.1 (see README.md), written by the UBL
 * plugin's code with the XRechnung customization id and rules.
 */
@Extension
public class XRechnungExporter implements InvoiceExporter {

    private static final XRechnungProfile XRECHNUNG = new XRechnungProfile();

    @Override
    public String id() {
        return "xrechnung";
    }

    @Override
    public String displayName(Locale locale) {
        Locale language = "nl".equals(locale.getLanguage()) ? locale : Locale.ENGLISH;
        return ResourceBundle.getBundle("i18n.xrechnung", language, XRechnungExporter.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString("displayName");
    }

    @Override
    public String mediaType() {
        return "application/xml";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public List<String> missingData(TenantView tenant, CustomerView customer) {
        return XRECHNUNG.missingFromParties(tenant.seller(), customer);
    }

    @Override
    public void export(InvoiceView invoice, ExportContext context, OutputStream out) throws ExportException, IOException {
        UblExport.write(invoice, XRECHNUNG, "XRechnung 3.0", out);
    }
}
